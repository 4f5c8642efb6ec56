extension TextTable {
    /// The columns a table keeps at a width, and how wide each is.
    struct Fitting: Equatable {
        /// Indices of the columns shown, in order.
        var kept: [Int]
        /// The width of each kept column.
        var widths: [Int]
        /// Indices of the columns left out.
        var leftOut: [Int]
    }

    /// The widest piece of `text` that a heading cannot break: a word, or the part of a word up to
    /// and including a hyphen.
    static func longestPiece(_ text: String) -> Int {
        var longest = 0, piece = ""
        func close() { longest = max(longest, TextWidth.of(piece).width); piece = "" }
        for ch in text {
            if ch == " " { close(); continue }
            piece.append(ch)
            if ch == "-" { close() }
        }
        close()
        return longest
    }

    /// Chooses the columns and widths for `width` (see ``render(indent:width:)``).
    /// - Parameters:
    ///   - cellWidths: the widest cell of each column (headings aside).
    ///   - natural: each column's width without a limit (cells and heading).
    func fitting(width: Int, indentWidth: Int, cellWidths: [Int], natural: [Int]) -> Fitting {
        let pieces = columns.map { Self.longestPiece($0.title) }
        var minimum: [Int] = [], soft: [Int] = []
        for (k, column) in columns.enumerated() {
            switch column.fit {
            case .keep:
                minimum.append(min(natural[k], max(cellWidths[k], pieces[k], 1)))
                soft.append(minimum[k])
            case .wrap(let m), .truncate(let m):
                minimum.append(min(natural[k], max(2, m)))
                soft.append(min(natural[k], max(minimum[k], cellWidths[k], pieces[k])))
            }
        }
        var kept = Array(columns.indices), leftOut: [Int] = []
        func budget() -> Int { width - indentWidth - 2 * max(0, kept.count - 1) }
        func total(_ w: [Int]) -> Int { kept.reduce(0) { $0 + w[$1] } }
        func plan(_ lower: [Int], _ upper: [Int]) -> Fitting {
            Fitting(kept: kept, widths: Self.waterFill(kept.map { lower[$0] }, kept.map { upper[$0] }, budget: budget()), leftOut: leftOut)
        }
        while true {
            if total(soft) <= budget() {
                // Headings wrap or not, whole: the cheapest unwrap first while it fits.
                var widths = kept.map { soft[$0] }, left = budget() - total(soft)
                for p in kept.indices.sorted(by: { (natural[kept[$0]] - soft[kept[$0]], $0) < (natural[kept[$1]] - soft[kept[$1]], $1) }) {
                    let cost = natural[kept[p]] - soft[kept[p]]
                    if cost <= left { widths[p] = natural[kept[p]]; left -= cost }
                }
                return Fitting(kept: kept, widths: widths, leftOut: leftOut)
            }
            if total(minimum) <= budget() {
                // Columns that wrap lose nothing: they widen first, shortened ones after.
                let wrapFirst = columns.indices.map { k -> Int in
                    if case .truncate = columns[k].fit { return minimum[k] }
                    return soft[k]
                }
                let first = plan(minimum, wrapFirst)
                var widened = minimum
                for (p, k) in kept.enumerated() { widened[k] = first.widths[p] }
                return plan(widened, soft)
            }
            let optional = kept.map { columns[$0].priority }.filter { $0 != Column.essential }
            guard let lowest = optional.min() else { break }
            leftOut += kept.filter { columns[$0].priority == lowest }
            kept.removeAll { columns[$0].priority == lowest }
        }
        // Past the minimums: wrapping columns narrow to 2, then numbers are cut, then columns go
        // from the right.
        let narrow = columns.indices.map { k in columns[k].fit == .keep ? minimum[k] : min(natural[k], 2) }
        if total(narrow) <= budget() { return plan(narrow, minimum) }
        let cut = natural.map { min($0, 2) }
        while kept.count > 1 && total(cut) > budget() { leftOut.append(kept.removeLast()) }
        return plan(cut, narrow)
    }

    /// Widths between `lower` and `upper` (lower ≤ upper) summing to at most `budget`: every
    /// column gets min(upper, max(lower, L)) for the largest level L that fits, and what is left
    /// goes one column at a time to those still below their upper bound, left first. Widest
    /// columns narrow first. When even `lower` exceeds the budget, `lower`.
    static func waterFill(_ lower: [Int], _ upper: [Int], budget: Int) -> [Int] {
        func widths(_ level: Int) -> [Int] { zip(lower, upper).map { min($1, max($0, level)) } }
        var lo = 0, hi = upper.max() ?? 0
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if widths(mid).reduce(0, +) <= budget { lo = mid } else { hi = mid - 1 }
        }
        var result = widths(lo), left = budget - result.reduce(0, +)
        for k in result.indices where left > 0 && result[k] < upper[k] {
            result[k] += 1
            left -= 1
        }
        return result
    }

    /// The table narrowed to `width` (see ``render(indent:width:)``).
    func fitted(width: Int, indent: String, cellWidths: [Int], natural: [Int]) -> String {
        let indentWidth = TextWidth.of(indent).width
        let plan = fitting(width: width, indentWidth: indentWidth, cellWidths: cellWidths, natural: natural)
        let kept = plan.kept, widths = plan.widths
        func pieces(_ text: String, _ p: Int) -> [String] {
            let k = kept[p]
            guard TextWidth.of(text).width > widths[p] else { return [text] }
            if case .wrap = columns[k].fit { return TextWrap.lines(text, width: widths[p]) }
            return [TextWrap.truncate(text, width: widths[p])]
        }
        // Headings wrap and sit on the rule; a row's cells start on its first line.
        let titles = kept.indices.map { p in TextWrap.lines(columns[kept[p]].title, width: widths[p]).map { pieces($0, p)[0] } }
        let height = titles.map(\.count).max() ?? 1
        let header = (0..<height).map { r in titles.map { r - (height - $0.count) >= 0 ? $0[r - (height - $0.count)] : "" } }
        var body: [[String]] = []
        body.reserveCapacity(rows.count)
        for row in rows {
            let cells = kept.map { $0 < row.count ? row[$0] : "" }
            let split = cells.indices.map { pieces(cells[$0], $0) }
            let lines = split.map(\.count).max() ?? 1
            if lines == 1 { body.append(split.map { $0[0] }); continue }
            for r in 0..<lines { body.append(split.map { r < $0.count ? $0[r] : "" }) }
        }
        var out = assemble(header: header, body: body, widths: widths, indent: indent, alignRight: kept.map { columns[$0].alignRight })
        if !plan.leftOut.isEmpty {
            let names = plan.leftOut.sorted().map { columns[$0].name ?? columns[$0].title }
            for line in TextWrap.lines("columns left out to fit \(width) columns: " + names.joined(separator: ", "), width: width - indentWidth) {
                out += indent + line + "\n"
            }
        }
        return out
    }
}

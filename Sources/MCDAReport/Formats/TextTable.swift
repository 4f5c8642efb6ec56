/// A plain-text table with aligned columns, for terminal output, fitted to a width when given one.
///
/// Example:
/// ```swift
/// var t = TextTable(columns: [.init("name", fit: .wrap(minimum: 8)), .init("weight", alignRight: true)])
/// t.add(["copper", "0.310"])
/// print(t.render())            // as wide as its cells
/// print(t.render(width: 80))   // at most 80 terminal columns, see render(indent:width:)
/// ```
public struct TextTable: Sendable {
    /// How a column may narrow when the table is wider than the width it is rendered to.
    public enum Fit: Sendable, Equatable {
        /// Cells keep their text (numbers); only the heading wraps, at spaces and after hyphens.
        case keep
        /// Cells and heading wrap at spaces (a longer word breaks), down to `minimum` columns
        /// before columns are left out.
        case wrap(minimum: Int)
        /// Cells are shortened with an ellipsis (…), down to `minimum` columns before columns are
        /// left out; the heading wraps.
        case truncate(minimum: Int)
    }

    /// A column heading, its alignment, how it narrows and how important it is.
    public struct Column: Sendable {
        /// A column that is never left out.
        public static let essential = Int.max

        public let title: String
        public let alignRight: Bool
        public let fit: Fit
        /// Columns of the lowest priority are left out together first, when narrowing the others
        /// to their minimums is not enough; ``essential`` ones never are.
        public let priority: Int
        /// The column's name in the note on left-out columns (the title when nil).
        public let name: String?

        public init(_ title: String, alignRight: Bool = false, fit: Fit = .keep, priority: Int = essential, name: String? = nil) {
            self.title = title
            self.alignRight = alignRight
            self.fit = fit
            self.priority = priority
            self.name = name
        }
    }

    public let columns: [Column]
    var rows: [[String]] = []

    public init(columns: [Column]) { self.columns = columns }

    /// Adds a row; missing cells are blank.
    public mutating func add(_ cells: [String]) { rows.append(cells) }

    /// The table, a header line, a rule and the rows, each line ending in a newline.
    ///
    /// A column is as wide as its widest cell, counted in terminal columns (`TextWidth`: CJK and
    /// emoji take two, combining marks none), cells are padded with spaces, columns are two spaces
    /// apart and trailing spaces are dropped. Lines whose cells are made of scalars that always
    /// stand alone as one-column characters (ASCII, Latin-1, Greek, punctuation, arrows,
    /// mathematical operators, box drawing and block elements) are assembled as bytes, so a
    /// million-row table takes well under a second; other lines go through `String`, with the
    /// same result.
    ///
    /// With a `width`, no line is wider than it (any width of at least the indent plus two):
    /// headings wrap first (at spaces and after hyphens; the cheapest to keep whole stay whole),
    /// then ``Fit/wrap(minimum:)`` and ``Fit/truncate(minimum:)`` columns narrow, the widest
    /// first, down to their minimums (truncated ones before wrapped ones: wrapping loses
    /// nothing); when that is not enough, the columns of the lowest
    /// ``Column/priority`` are left out together and a last line says which ("columns left out to
    /// fit 80 columns: …"); past every priority, those columns narrow to 2, then numbers are cut
    /// with an ellipsis, then columns go from the right. A table that fits is rendered as without
    /// a width.
    /// Complexity: O(total text size).
    public func render(indent: String = "  ", width: Int? = nil) -> String {
        var cellWidths = columns.map { _ in 0 }
        for row in rows {
            for (k, cell) in row.enumerated() where k < cellWidths.count { cellWidths[k] = max(cellWidths[k], TextWidth.of(cell).width) }
        }
        let natural = columns.indices.map { max(cellWidths[$0], TextWidth.of(columns[$0].title).width) }
        let indentWidth = TextWidth.of(indent).width
        guard let width, indentWidth + natural.reduce(0, +) + 2 * max(0, columns.count - 1) > width else {
            return assemble(header: [columns.map(\.title)], body: rows, widths: natural, indent: indent)
        }
        return fitted(width: width, indent: indent, cellWidths: cellWidths, natural: natural)
    }

    /// The lines of a table whose cells already fit their `widths`: the header lines (bottom-aligned
    /// headings), a rule, and the body lines.
    func assemble(header: [[String]], body: [[String]], widths: [Int], indent: String, alignRight: [Bool]? = nil) -> String {
        let right = alignRight ?? columns.map(\.alignRight)
        var out: [UInt8] = []
        func line(_ cells: [String]) {
            let measured = widths.indices.map { k in k < cells.count ? TextWidth.of(cells[k]) : TextWidth(width: 0, simple: true) }
            guard measured.allSatisfy(\.simple) else { out += characterLine(cells, widths: widths, right: right, indent: indent).utf8; return }
            let start = out.count
            out += indent.utf8
            for k in widths.indices {
                if k > 0 { out += [0x20, 0x20] }
                let cell = k < cells.count ? cells[k] : ""
                let pad = repeatElement(UInt8(0x20), count: max(0, widths[k] - measured[k].width))
                if right[k] { out += pad; out += cell.utf8 } else { out += cell.utf8; out += pad }
            }
            while out.count > start, out.last == 0x20 { out.removeLast() }
            out.append(0x0A)
        }
        for cells in header { line(cells) }
        out += indent.utf8
        out += widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ").utf8
        out.append(0x0A)
        for row in body { line(row) }
        return String(decoding: out, as: UTF8.self)
    }

    /// One line built from `String`s and display widths (for cells with combining marks, wide
    /// characters, emoji sequences and the like).
    private func characterLine(_ cells: [String], widths: [Int], right: [Bool], indent: String) -> String {
        var parts: [String] = []
        for k in widths.indices {
            let cell = k < cells.count ? cells[k] : ""
            let pad = String(repeating: " ", count: max(0, widths[k] - TextWidth.of(cell).width))
            parts.append(right[k] ? pad + cell : cell + pad)
        }
        var text = indent + parts.joined(separator: "  ")
        while text.last == " " { text.removeLast() }
        return text + "\n"
    }
}

/// Number formatting shared by the text renderers.
public enum NumberFormat {
    /// `x` with `digits` decimals (no locale, no exponent for ordinary magnitudes).
    public static func fixed(_ x: Double, _ digits: Int) -> String {
        guard x.isFinite else { return "–" }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let r = (abs(x) * scale).rounded() / scale
        guard r < 1e15 else { return "\(x)" }
        var whole = String(Int(r))
        var text = whole
        if digits > 0 {
            var frac = String(Int(((r - r.rounded(.down)) * scale).rounded()))
            if frac.count > digits { whole = String(Int(r) + 1); frac = "0" }
            text = whole + "." + String(repeating: "0", count: digits - frac.count) + frac
        }
        return (x < 0 && r != 0 ? "-" : "") + text
    }

    /// A percentage with one decimal: 0.7123 → "71.2%".
    public static func percent(_ x: Double) -> String { fixed(100 * x, 1) + "%" }

    /// A bar of `width` cells proportional to `x` in [0, 1].
    public static func bar(_ x: Double, width: Int = 20) -> String {
        guard x.isFinite else { return "" }
        let cells = max(0, min(width * 8, Int((x * Double(width * 8)).rounded())))
        let blocks = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
        return String(repeating: "█", count: cells / 8) + blocks[cells % 8]
    }
}

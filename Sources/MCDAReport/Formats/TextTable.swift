/// A plain-text table with aligned columns, for terminal output.
///
/// Example:
/// ```swift
/// var t = TextTable(columns: [.init("name"), .init("weight", alignRight: true)])
/// t.add(["copper", "0.310"])
/// print(t.render())
/// ```
public struct TextTable: Sendable {
    /// A column heading and its alignment.
    public struct Column: Sendable {
        public let title: String
        public let alignRight: Bool
        public init(_ title: String, alignRight: Bool = false) {
            self.title = title
            self.alignRight = alignRight
        }
    }

    public let columns: [Column]
    private var rows: [[String]] = []

    public init(columns: [Column]) { self.columns = columns }

    /// Adds a row; missing cells are blank.
    public mutating func add(_ cells: [String]) { rows.append(cells) }

    /// The table, a header line, a rule and the rows, each line ending in a newline.
    ///
    /// A column is as wide as its widest cell, counted in terminal columns (``TextWidth``: CJK and
    /// emoji take two, combining marks none), cells are padded with spaces, columns are two spaces
    /// apart and trailing spaces are dropped. Lines whose cells are made of scalars that always
    /// stand alone as one-column characters (ASCII, Latin-1, Greek, punctuation, arrows,
    /// mathematical operators, box drawing and block elements) are assembled as bytes, so a
    /// million-row table takes well under a second; other lines go through `String`, with the
    /// same result.
    /// Complexity: O(total text size).
    public func render(indent: String = "  ") -> String {
        let titles = columns.map(\.title)
        var widths = titles.map { TextWidth.of($0).width }
        for row in rows {
            for (k, cell) in row.enumerated() where k < widths.count { widths[k] = max(widths[k], TextWidth.of(cell).width) }
        }
        var out: [UInt8] = []
        func line(_ cells: [String]) {
            let measured = columns.indices.map { k in k < cells.count ? TextWidth.of(cells[k]) : TextWidth(width: 0, simple: true) }
            guard measured.allSatisfy(\.simple) else { out += characterLine(cells, widths: widths, indent: indent).utf8; return }
            let start = out.count
            out += indent.utf8
            for (k, column) in columns.enumerated() {
                if k > 0 { out += [0x20, 0x20] }
                let cell = k < cells.count ? cells[k] : ""
                let pad = repeatElement(UInt8(0x20), count: widths[k] - measured[k].width)
                if column.alignRight { out += pad; out += cell.utf8 } else { out += cell.utf8; out += pad }
            }
            while out.count > start, out.last == 0x20 { out.removeLast() }
            out.append(0x0A)
        }
        line(titles)
        out += indent.utf8
        out += widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ").utf8
        out.append(0x0A)
        for row in rows { line(row) }
        return String(decoding: out, as: UTF8.self)
    }

    /// One line built from `String`s and display widths (for cells with combining marks, wide
    /// characters, emoji sequences and the like).
    private func characterLine(_ cells: [String], widths: [Int], indent: String) -> String {
        var parts: [String] = []
        for (k, column) in columns.enumerated() {
            let cell = k < cells.count ? cells[k] : ""
            let pad = String(repeating: " ", count: widths[k] - TextWidth.of(cell).width)
            parts.append(column.alignRight ? pad + cell : cell + pad)
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

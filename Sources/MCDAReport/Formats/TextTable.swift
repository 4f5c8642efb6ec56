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
    public func render(indent: String = "  ") -> String {
        var widths = columns.map { $0.title.count }
        for row in rows { for (k, cell) in row.enumerated() where k < widths.count { widths[k] = max(widths[k], cell.count) } }
        func line(_ cells: [String]) -> String {
            var parts: [String] = []
            for (k, column) in columns.enumerated() {
                let cell = k < cells.count ? cells[k] : ""
                let pad = String(repeating: " ", count: widths[k] - cell.count)
                parts.append(column.alignRight ? pad + cell : cell + pad)
            }
            var text = indent + parts.joined(separator: "  ")
            while text.last == " " { text.removeLast() }
            return text + "\n"
        }
        var out = line(columns.map(\.title))
        out += indent + widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ") + "\n"
        for row in rows { out += line(row) }
        return out
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
        let cells = max(0, min(width * 8, Int((x * Double(width * 8)).rounded())))
        let blocks = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
        return String(repeating: "█", count: cells / 8) + blocks[cells % 8]
    }
}

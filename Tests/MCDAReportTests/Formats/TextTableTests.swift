import Testing
import _TestSupport
@testable import MCDAReport

@Suite struct TextTableTests {
    /// The plain `String` rendering (widths in Characters), as the reference for the byte path.
    static func reference(_ columns: [TextTable.Column], _ rows: [[String]], indent: String = "  ") -> String {
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

    @Test func example() {
        var t = TextTable(columns: [.init("name"), .init("weight", alignRight: true)])
        t.add(["copper", "0.310"])
        #expect(t.render() == "  name    weight\n  ──────  ──────\n  copper   0.310\n")
    }

    /// Seeded tables of ASCII, bars, Greek, accents composed and decomposed, emoji sequences, CR LF,
    /// prepended marks and trailing spaces: the same text as the reference.
    @Test func sameTextAsCountingCharacters() {
        var rng = TestRNG(seed: 12)
        let pieces = ["a", "Z9", " ", "█", "▏", "─", "φ", "−", "é", "e\u{301}", "👍🏽", "🇫🇷", "\r\n", "\r", "\u{600}", "\u{200D}", "ß", "…", "\t", "한"]
        for _ in 0..<300 {
            let columns = (0..<Int.random(in: 1...4, using: &rng)).map { k in
                TextTable.Column(["rank", "name", "φ+", ""][k], alignRight: Bool.random(using: &rng))
            }
            var table = TextTable(columns: columns)
            var rows: [[String]] = []
            for _ in 0..<Int.random(in: 0...6, using: &rng) {
                let row = (0..<Int.random(in: 0...columns.count, using: &rng)).map { _ in
                    (0..<Int.random(in: 0...4, using: &rng)).map { _ in pieces[Int.random(in: 0..<pieces.count, using: &rng)] }.joined()
                }
                rows.append(row)
                table.add(row)
            }
            #expect(table.render() == Self.reference(columns, rows))
        }
    }

    @Test func widthsCountCharacters() {
        #expect(TextWidth.of("A12").width == 3 && TextWidth.of("A12").simple)
        #expect(TextWidth.of("██▍").width == 3 && TextWidth.of("██▍").simple)
        #expect(TextWidth.of("e\u{301}").width == 1 && !TextWidth.of("e\u{301}").simple)
        #expect(TextWidth.of("a\r\nb").width == 3 && !TextWidth.of("a\r\nb").simple)
        #expect(TextWidth.of("").width == 0)
    }
}

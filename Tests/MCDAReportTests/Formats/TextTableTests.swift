import Testing
import _TestSupport
@testable import MCDAReport

@Suite struct TextTableTests {
    /// The plain `String` rendering (widths summed character by character), as the reference for
    /// the byte path.
    static func reference(_ columns: [TextTable.Column], _ rows: [[String]], indent: String = "  ") -> String {
        func width(_ text: String) -> Int { text.reduce(0) { $0 + TextWidth.columns($1) } }
        var widths = columns.map { width($0.title) }
        for row in rows { for (k, cell) in row.enumerated() where k < widths.count { widths[k] = max(widths[k], width(cell)) } }
        func line(_ cells: [String]) -> String {
            var parts: [String] = []
            for (k, column) in columns.enumerated() {
                let cell = k < cells.count ? cells[k] : ""
                let pad = String(repeating: " ", count: widths[k] - width(cell))
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
    /// prepended marks, Hangul, CJK, Persian and trailing spaces: the same text as the reference.
    @Test func sameTextAsSummingCharacterWidths() {
        var rng = TestRNG(seed: 12)
        let pieces = ["a", "Z9", " ", "█", "▏", "─", "φ", "−", "é", "e\u{301}", "👍🏽", "🇫🇷", "\r\n", "\r", "\u{600}", "\u{200D}", "ß", "…", "\t", "한", "東", "ر", "\u{64E}"]
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

    /// A CJK name takes two columns a character, and the columns stay aligned (ASCII lines take
    /// the byte path, the CJK line the `String` path).
    @Test func alignsWideCharacters() {
        var t = TextTable(columns: [.init("name"), .init("weight", alignRight: true)])
        t.add(["東京", "0.5"])
        t.add(["Oslo", "0.25"])
        #expect(t.render() == "  name  weight\n  ────  ──────\n  東京     0.5\n  Oslo    0.25\n")
    }

    /// Every line of a table with wide, combining, right-to-left and emoji names has the same
    /// display width when the last column is right-aligned.
    @Test func everyLineHasTheSameDisplayWidth() {
        var t = TextTable(columns: [.init("rank", alignRight: true), .init("name"), .init("score", alignRight: true)])
        let names = ["東京", "Zürich", "e\u{301}cole", "رفسنجان", "رَفسنجان", "👍🏽 team", "🇫🇷 Paris", "ｆｕｌｌ", "서울"]
        for (k, name) in names.enumerated() { t.add(["\(k + 1)", name, NumberFormat.fixed(1 / Double(k + 1), 3)]) }
        let lines = t.render().split(separator: "\n").map(String.init)
        #expect(lines.count == names.count + 2)
        #expect(Set(lines.map { TextWidth.of($0).width }) == [2 + 4 + 2 + 8 + 2 + 5])
    }
}

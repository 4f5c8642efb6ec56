import Testing
import _TestSupport
@testable import MCDAReport

@Suite struct TextTableFittingTests {
    static func widest(_ text: String) -> Int { text.split(separator: "\n").map { TextWidth.of(String($0)).width }.max() ?? 0 }

    /// The ranking of the Rafsanjan report, as `mcda analyze` builds it.
    static func ranking() -> TextTable {
        var t = TextTable(columns: [.init("rank", alignRight: true), .init("alternative", fit: .wrap(minimum: 14)),
                                    .init("country", fit: .wrap(minimum: 10), priority: 3), .init("topsis score", alignRight: true),
                                    .init("wsm", alignRight: true, priority: 2), .init("vikor", alignRight: true, priority: 2),
                                    .init("first", alignRight: true), .init("mean rank", alignRight: true, priority: 1),
                                    .init("verdict", fit: .wrap(minimum: 13))])
        t.add(["1", "Siirt", "Turkey", "0.5557", "1", "1", "86.1%", "1.3", "robust winner"])
        t.add(["2", "Gaziantep", "Turkey", "0.5059", "4", "9", "0.4%", "2.9", "compromise option"])
        t.add(["7", "Argamasilla de Alba", "Spain", "0.3604", "13", "13", "0.0%", "7.9", ""])
        t.add(["14", "Bobo-Dioulasso", "Burkina Faso", "0.2256", "14", "14", "0.0%", "14.0", ""])
        return t
    }

    /// A table that fits is the same with or without a width.
    @Test func aTableThatFitsIsUnchanged() {
        let t = Self.ranking()
        let natural = t.render()
        #expect(Self.widest(natural) == 2 + 4 + 19 + 12 + 12 + 3 + 5 + 5 + 9 + 17 + 2 * 8)
        #expect(t.render(width: 120) == natural)
        #expect(t.render(width: Self.widest(natural)) == natural)
    }

    /// Headings wrap before any cell does: right-aligned headings sit on the rule.
    @Test func headingsWrapFirst() {
        let text = Self.ranking().render(width: 93)
        #expect(Self.widest(text) <= 93)
        #expect(text.hasPrefix("                                           topsis                     mean\n"
                               + "  rank  alternative          country        score  wsm  vikor  first  rank  verdict\n"
                               + "  ────  ───────────────────  ────────────  ──────  ───  ─────  ─────  ────  ─────────────────\n"
                               + "     1  Siirt                Turkey        0.5557    1      1  86.1%   1.3  robust winner\n"))
        #expect(!text.contains("left out"))
        // One column less and the widest cells wrap: the verdict and the longest name.
        let narrower = Self.ranking().render(width: 86)
        #expect(narrower.contains("compromise\n") && narrower.contains("Argamasilla de   Spain") && !narrower.contains("left out"))
    }

    /// Narrower: the lowest priority goes first, then the next, together, with a note; names wrap.
    @Test func leavesOutTheLeastImportantColumnsWithANote() {
        let text = Self.ranking().render(width: 66)
        #expect(Self.widest(text) <= 66)
        #expect(text.hasSuffix("\n  columns left out to fit 66 columns: wsm, vikor, mean rank\n"))
        #expect(text.contains("  Argamasilla de  Spain") && text.contains("\n        Alba\n"), "\(text)")
        let narrower = Self.ranking().render(width: 50)
        #expect(Self.widest(narrower) <= 50)
        #expect(narrower.hasSuffix("\n  columns left out to fit 50 columns: country,\n  wsm, vikor, mean rank\n"))
        #expect(narrower.contains("  robust\n") && narrower.contains("     7  Argamasilla    0.3604   0.0%\n        de Alba\n"))
    }

    /// Wrapped cells take more lines, top-aligned; the columns stay aligned.
    @Test func wrapsCellsByWords() {
        var t = TextTable(columns: [.init("criterion", fit: .wrap(minimum: 12)), .init("weight", alignRight: true)])
        t.add(["Economy (GDP per capita, PPP, country level)", "0.090"])
        t.add(["Copper", "0.283"])
        #expect(t.render(width: 30) == """
              criterion             weight
              ────────────────────  ──────
              Economy (GDP per       0.090
              capita, PPP, country
              level)
              Copper                 0.283

            """)
    }

    /// Truncated cells end in an ellipsis and keep one line.
    @Test func truncatesWithAnEllipsis() {
        var t = TextTable(columns: [.init("unit", fit: .truncate(minimum: 10)), .init("weight", alignRight: true)])
        t.add(["current international $ per person", "0.090"])
        t.add(["flag", "0.090"])
        #expect(t.render(width: 24) == "  unit            weight\n  ──────────────  ──────\n  current inter…   0.090\n  flag             0.090\n")
    }

    /// Wrapping loses nothing, shortening does: wrapping columns get the room first.
    @Test func wrappingColumnsWidenBeforeShortenedOnes() {
        var t = TextTable(columns: [.init("name", fit: .wrap(minimum: 8)), .init("unit", fit: .truncate(minimum: 6)),
                                    .init("weight", alignRight: true)])
        t.add(["Economy (GDP per capita)", "current international dollars", "0.09"])
        #expect(t.render(width: 40) == "  name                    unit    weight\n  ──────────────────────  ──────  ──────\n"
                + "  Economy (GDP per        curre…    0.09\n  capita)\n")
        // With room to spare, the shortened column widens after the wrapping one is whole.
        #expect(t.render(width: 50).contains("  Economy (GDP per capita)  current inter…    0.09\n"))
    }

    /// CJK and Persian names are measured by display width: a CJK name of 6 characters takes 12
    /// columns and wraps as such, a Persian name with vowel marks takes its letters' columns only.
    @Test func wideAndPersianNames() {
        var t = TextTable(columns: [.init("name", fit: .wrap(minimum: 6)), .init("score", alignRight: true)])
        t.add(["東京都 大阪府 京都府", "0.5"])
        t.add(["رَفسَنجان کرمان", "0.25"])
        t.add(["Zürich", "0.125"])
        for width in 20...40 {
            let text = t.render(width: width)
            #expect(Self.widest(text) <= width, "\(width)")
            // Every line with a score ends in the same column.
            let scored = text.split(separator: "\n").filter { $0.hasSuffix("5") }.map { TextWidth.of(String($0)).width }
            #expect(Set(scored).count == 1, "\(width)")
        }
        #expect(t.render(width: 24).contains("  東京都 大阪府      0.5\n  京都府\n"))
        #expect(t.render(width: 24).contains("  رَفسَنجان کرمان     0.25\n"))
        #expect(t.render(width: 20).contains("  東京都         0.5\n  大阪府\n  京都府\n"))
    }

    /// Past every minimum and priority, columns narrow further and, at last, go from the right:
    /// no line is ever wider than the width.
    @Test func neverWiderThanTheWidth() {
        var rng = TestRNG(seed: 80)
        let words = ["Siirt", "Argamasilla", "de", "Alba", "0.5557", "86.1%", "東京", "رفسنجان", "promethee-ii", "/tmp/a/very/long/path", "Bobo-Dioulasso"]
        let fits: [TextTable.Fit] = [.keep, .wrap(minimum: 12), .truncate(minimum: 8)]
        for _ in 0..<300 {
            let count = Int.random(in: 1...9, using: &rng)
            let columns = (0..<count).map { k in
                TextTable.Column(words[Int.random(in: 0..<words.count, using: &rng)], alignRight: Bool.random(using: &rng),
                                 fit: fits[Int.random(in: 0..<fits.count, using: &rng)],
                                 priority: Bool.random(using: &rng) ? Int.random(in: 1...3, using: &rng) : TextTable.Column.essential)
            }
            var t = TextTable(columns: columns)
            for _ in 0..<Int.random(in: 0...5, using: &rng) {
                t.add((0..<count).map { _ in (0..<Int.random(in: 0...4, using: &rng)).map { _ in words[Int.random(in: 0..<words.count, using: &rng)] }.joined(separator: " ") })
            }
            let width = Int.random(in: 20...100, using: &rng)
            let text = t.render(width: width)
            #expect(Self.widest(text) <= width, "\(width): \(text)")
        }
    }

    @Test func waterFillNarrowsTheWidestFirst() {
        #expect(TextTable.waterFill([5, 5, 5], [20, 10, 6], budget: 24) == [9, 9, 6])
        #expect(TextTable.waterFill([5, 5, 5], [20, 10, 6], budget: 36) == [20, 10, 6])
        #expect(TextTable.waterFill([5, 5, 5], [20, 10, 6], budget: 10) == [5, 5, 5])
    }

    @Test func longestPieceOfAHeading() {
        #expect(TextTable.longestPiece("5–95% under doubt") == 5)
        #expect(TextTable.longestPiece("promethee-ii") == 10)
        #expect(TextTable.longestPiece("") == 0)
    }
}

import Testing
@testable import MCDAReport

@Suite struct ReportDocumentTests {
    static func document() -> ReportDocument {
        var d = ReportDocument()
        d.heading("東京 and Rafsanjan (رفسنجان): a title", level: 1)
        d.heading("Recommendation")
        d.paragraph("Robust winner: Siirt (first in 86.1% of scenarios), with a few more words to wrap the line.", emphasis: .good)
        d.paragraph("No robust winner; robust top-3 picks: Calama and Siirt.", emphasis: .caution)
        d.list(["東京都 大阪府 京都府 名古屋市 札幌市 福岡市 神戸市 横浜市 川崎市 広島市"])
        d.table([.init("name", fit: .wrap(minimum: 10)), .init("weight", alignRight: true)], [["Economy (GDP per capita, PPP, country level)", "0.090"]])
        return d
    }

    /// Paragraphs, list items, the title and tables fit the width by display width; the title's
    /// rule is as wide as the title.
    @Test func fitsTheWidth() {
        for width in [40, 60, 80] {
            let text = Self.document().text(TextLayout(width: width))
            let lines = text.split(separator: "\n").map { TextWidth.of(String($0)).width }
            #expect(lines.allSatisfy { $0 <= width }, "\(width)")
        }
        let text = Self.document().text(TextLayout(width: 80))
        #expect(text.hasPrefix("東京 and Rafsanjan (رفسنجان): a title\n" + String(repeating: "═", count: 37) + "\n"))
        #expect(text.contains("  • 東京都 大阪府 京都府 名古屋市 札幌市 福岡市 神戸市 横浜市 川崎市 広島市\n"))
        let narrow = Self.document().text(TextLayout(width: 60))
        #expect(narrow.contains("  • 東京都 大阪府 京都府 名古屋市 札幌市 福岡市 神戸市\n    横浜市 川崎市 広島市\n"))
    }

    /// With colour: headings bold, the good verdict green and the cautious one yellow, each line
    /// on its own; without the codes, the same text as without colour. No colour, no codes.
    @Test func colour() {
        let plain = Self.document().text(TextLayout(width: 60))
        let colored = Self.document().text(TextLayout(width: 60, color: true))
        #expect(!plain.contains("\u{1B}"))
        #expect(colored.contains("\u{1B}[1mRECOMMENDATION\u{1B}[0m\n"))
        #expect(colored.contains("  \u{1B}[1;32mRobust winner: Siirt (first in 86.1% of scenarios), with a\u{1B}[0m\n"))
        #expect(colored.contains("  \u{1B}[1;33mNo robust winner; robust top-3 picks: Calama and Siirt.\u{1B}[0m\n"))
        let stripped = ["\u{1B}[1m", "\u{1B}[1;32m", "\u{1B}[1;33m", "\u{1B}[0m"].reduce(colored) {
            $0.split(separator: $1, omittingEmptySubsequences: false).joined()
        }
        #expect(stripped == plain)
    }

    /// The terminal's emphasis leaves Markdown and HTML as they were.
    @Test func markdownAndHTMLIgnoreTheTerminal() {
        let markdown = Self.document().markdown()
        #expect(markdown.contains("\nRobust winner: Siirt (first in 86.1% of scenarios), with a few more words to wrap the line.\n\n"))
        #expect(markdown.contains("| name | weight |\n|---|---:|\n| Economy (GDP per capita, PPP, country level) | 0.090 |\n"))
        #expect(Self.document().html(title: "t").contains("<td class=\"n\">0.090</td>"))
    }
}

import Testing
@testable import MCDAReport

@Suite struct TextLayoutTests {
    static func layout(terminal: Bool, columns: Int? = nil, _ environment: [String: String] = [:], file: Bool = false) -> TextLayout {
        TextLayout.resolve(standardOutputIsTerminal: terminal, terminalColumns: columns, environment: environment, writesFile: file)
    }

    /// The documented example.
    @Test func example() {
        let layout = Self.layout(terminal: false, ["COLUMNS": "80"])
        #expect(layout == TextLayout(width: 80, color: false))
    }

    /// The terminal's width first, then COLUMNS, then 100; never below 40.
    @Test func width() {
        #expect(Self.layout(terminal: true, columns: 132, ["COLUMNS": "80"]).width == 132)
        #expect(Self.layout(terminal: true, columns: nil, ["COLUMNS": "80"]).width == 80)
        #expect(Self.layout(terminal: true, columns: 0, ["COLUMNS": "90"]).width == 90)
        #expect(Self.layout(terminal: false, columns: 132, ["COLUMNS": " 72 "]).width == 72)
        #expect(Self.layout(terminal: false).width == 100)
        #expect(Self.layout(terminal: false, ["COLUMNS": "wide"]).width == 100)
        #expect(Self.layout(terminal: false, ["COLUMNS": "-5"]).width == 100)
        #expect(Self.layout(terminal: false, ["COLUMNS": "12"]).width == TextLayout.minimumWidth)
        // A file written with -o does not take the terminal's width.
        #expect(Self.layout(terminal: true, columns: 132, file: true).width == 100)
        #expect(TextLayout.standard == TextLayout(width: 100, color: false))
    }

    /// https://no-color.org: colour only on a terminal, with NO_COLOR unset or empty; never for a
    /// file or a pipe, nor on a dumb terminal.
    @Test func colorFollowsNoColor() {
        #expect(Self.layout(terminal: true).color)
        #expect(Self.layout(terminal: true, ["NO_COLOR": ""]).color)
        #expect(!Self.layout(terminal: true, ["NO_COLOR": "1"]).color)
        #expect(!Self.layout(terminal: true, ["NO_COLOR": "0"]).color)  // any non-empty value
        #expect(!Self.layout(terminal: false).color)
        #expect(!Self.layout(terminal: true, file: true).color)
        #expect(!Self.layout(terminal: true, ["TERM": "dumb"]).color)
    }

    @Test func stylesOnlyWithColor() {
        let on = TextLayout(width: 80, color: true), off = TextLayout(width: 80)
        #expect(on.styled("RANKING", .strong) == "\u{1B}[1mRANKING\u{1B}[0m")
        #expect(on.styled("Robust winner: Siirt.", .good) == "\u{1B}[1;32mRobust winner: Siirt.\u{1B}[0m")
        #expect(on.styled("No robust winner.", .caution) == "\u{1B}[1;33mNo robust winner.\u{1B}[0m")
        #expect(on.styled("", .strong) == "" && on.styled("plain", nil) == "plain")
        #expect(off.styled("RANKING", .strong) == "RANKING")
    }

    /// Lines are wrapped before they are styled: each line carries its own codes, and without the
    /// codes the text is the same as without colour.
    @Test func codesTakeNoColumns() {
        let text = "Robust winner: Siirt (first in 86.1% of scenarios), and a long tail of words to wrap."
        let plain = TextLayout(width: 40).lines(text, indent: "  ", emphasis: .good)
        let colored = TextLayout(width: 40, color: true).lines(text, indent: "  ", emphasis: .good)
        #expect(colored != plain)
        #expect(Self.removing(["\u{1B}[1;32m", "\u{1B}[0m"], from: colored) == plain)
        for line in colored.split(separator: "\n") { #expect(line.hasPrefix("  \u{1B}[1;32m") && line.hasSuffix("\u{1B}[0m")) }
        #expect(plain.split(separator: "\n").allSatisfy { TextWidth.of(String($0)).width <= 40 })
    }

    static func removing(_ codes: [String], from text: String) -> String {
        codes.reduce(text) { $0.split(separator: $1, omittingEmptySubsequences: false).joined() }
    }

    @Test func hangingIndent() {
        let text = TextLayout(width: 40).lines("Adobe (earthen architecture) heritage [0.16]: Siirt 0.00–0.26, Calama 0.26–0.37",
                                               indent: "    ", first: "  • ")
        #expect(text == "  • Adobe (earthen architecture)\n    heritage [0.16]: Siirt 0.00–0.26,\n    Calama 0.26–0.37\n")
    }
}

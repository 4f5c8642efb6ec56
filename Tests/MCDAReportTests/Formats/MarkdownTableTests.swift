import Testing
@testable import MCDAReport

/// Markdown output shows user data (names, units, notes) as typed: CommonMark's markup characters
/// are escaped, pipes do not split a table cell, and source links keep addresses with parentheses.
@Suite struct MarkdownTableTests {
    @Test func markupInNamesIsEscaped() {
        #expect("Southby, <b>Old</b> Town".markdownEscaped() == #"Southby, \<b\>Old\</b\> Town"#)
        #expect(#"a*b_c`d[e]f&g~h#i\j"#.markdownEscaped() == ##"a\*b\_c\`d\[e\]f\&g\~h\#i\\j"##)
        #expect("Rafsanjan 0.283 (copper)".markdownEscaped() == "Rafsanjan 0.283 (copper)")
    }

    @Test func aPipeStaysInsideItsCell() {
        var t = MarkdownTable(headers: ["name", "w"], alignRight: [false, true])
        t.add(["A | B", "0.5"])
        #expect(t.render() == "| name | w |\n|---|---:|\n| A \\| B | 0.5 |\n")
    }

    @Test func aSourceLinkKeepsItsAddress() {
        var d = RichDocument()
        d.blocks.append(.table(headers: ["city", "gdp"], rows: [[.init("<Calama>"), .init("29935", link: "http://x.org/GDP_(PPP)")]], alignRight: [false, true]))
        #expect(d.markdown().contains("| \\<Calama\\> | [29935](<http://x.org/GDP_(PPP)>) |"))
    }
}

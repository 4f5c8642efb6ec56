import Testing
@testable import MCDAReport

@Suite struct TextWrapTests {
    /// The documented examples.
    @Test func example() {
        #expect(TextWrap.lines("Argamasilla de Alba", width: 14) == ["Argamasilla de", "Alba"])
        #expect(TextWrap.truncate("current international $", width: 10) == "current i…")
    }

    @Test func wordsJoinWithOneSpaceAndNoLineIsWider() {
        let text = "Rank 14 candidate cities  as sister cities for\nRafsanjan (Kerman province, Iran) by similarity in size"
        for width in 10...40 {  // from the longest word on
            let lines = TextWrap.lines(text, width: width)
            #expect(lines.allSatisfy { TextWidth.of($0).width <= width }, "\(width)")
            #expect(lines.joined(separator: " ") == text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " "))
        }
    }

    /// A path longer than the line breaks between characters; a hyphenated word after a hyphen.
    @Test func longWordsBreak() {
        #expect(TextWrap.lines("/tmp/datasets/rafsanjan", width: 10) == ["/tmp/datas", "ets/rafsan", "jan"])
        #expect(TextWrap.lines("promethee-ii", width: 10) == ["promethee-", "ii"])
        #expect(TextWrap.lines("argamasilla-de-alba", width: 16) == ["argamasilla-de-", "alba"])
        #expect(TextWrap.lines("", width: 5) == [""])
    }

    /// CJK takes two columns a character, Persian vowel marks none: lines are filled by display
    /// width, not by characters.
    @Test func countsDisplayWidth() {
        let cjk = TextWrap.lines("東京都 大阪府 京都府", width: 14)
        #expect(cjk == ["東京都 大阪府", "京都府"])
        #expect(TextWrap.lines("東京都大阪府", width: 5) == ["東京", "都大", "阪府"])
        // رَفسَنجان: 7 letters and 2 fathas, 7 columns.
        let persian = "رَفسَنجان"
        #expect(TextWidth.of(persian).width == 7)
        #expect(TextWrap.lines("\(persian) \(persian)", width: 15) == ["\(persian) \(persian)"])
        #expect(TextWrap.lines("\(persian) \(persian)", width: 14) == [persian, persian])
    }

    @Test func truncatesByDisplayWidth() {
        #expect(TextWrap.truncate("short", width: 5) == "short")
        #expect(TextWrap.truncate("Burkina Faso", width: 9) == "Burkina…")  // the space before … is dropped
        #expect(TextWrap.truncate("東京都庁舎", width: 6) == "東京…")
        #expect(TextWidth.of(TextWrap.truncate("東京都庁舎", width: 4)).width <= 4)
    }
}

import Testing
@testable import MCDAReport

@Suite struct TextWidthTests {
    func width(_ text: String) -> Int { TextWidth.of(text).width }

    /// The doc comment's example, and the fast path for one-column scalars.
    @Test func example() {
        #expect(TextWidth.of("A12").width == 3 && TextWidth.of("A12").simple)
        #expect(TextWidth.of("██▍").width == 3 && TextWidth.of("██▍").simple)
        #expect(TextWidth.of("e\u{301}").width == 1 && !TextWidth.of("e\u{301}").simple)
        #expect(TextWidth.of("東京").width == 4 && !TextWidth.of("東京").simple)
        #expect(TextWidth.of("a\r\nb").width == 3 && !TextWidth.of("a\r\nb").simple)
        #expect(width("") == 0)
    }

    @Test func asciiCountsBytes() {
        #expect(width("copper") == 6)
        #expect(width("TOPSIS (vector) 0.310") == 21)
    }

    /// East Asian Wide and Fullwidth characters take two columns.
    @Test func wideCharactersTakeTwoColumns() {
        #expect(width("東京") == 4)
        #expect(width("東京 Tower") == 10)
        #expect(width("서울") == 4)            // Hangul syllables
        #expect(width("\u{1100}\u{1161}") == 2)  // the same syllable from conjoining jamo
        #expect(width("カタカナ") == 8)
        #expect(width("ＡＢ") == 4)            // fullwidth Latin
        #expect(width("ｶﾀ") == 2)              // halfwidth katakana stay narrow
        #expect(width("𠀀") == 2)              // CJK Extension B
    }

    /// Combining marks, joiners and other format characters take no column of their own.
    @Test func combiningAndFormatCharactersTakeNone() {
        #expect(width("e\u{301}") == 1)
        #expect(width("e\u{301}cole") == 5)
        #expect(width("a\u{200B}b") == 2)   // zero-width space
        #expect(width("\u{200D}") == 0)     // a lone zero-width joiner
        #expect(width("a\u{20DD}") == 1)    // enclosing circle
        #expect(width("Zu\u{308}rich") == 6)
    }

    /// Persian letters take one column, their harakat none.
    @Test func persianLettersTakeOneColumn() {
        #expect(width("رفسنجان") == 7)
        #expect(width("رَفسَنجان") == 7)  // with fatḥas (U+064E)
    }

    /// An emoji, with or without modifiers, joiners and flags, takes two columns.
    @Test func emojiTakeTwoColumns() {
        #expect(width("👍") == 2)
        #expect(width("👍🏽") == 2)
        #expect(width("👨‍👩‍👧") == 2)   // a ZWJ family
        #expect(width("🇫🇷") == 2)
        #expect(width("❤️") == 2)        // U+2764 U+FE0F
        #expect(width("❤") == 1)         // the text symbol
        #expect(width("👍🏽 ok") == 5)
    }

    /// The fast path's scalars all take one column.
    @Test func scalarsThatStandAloneTakeOneColumn() {
        for range in [0x20...0x7E, 0xA0...0x17F, 0x391...0x3C9, 0x2010...0x2027, 0x2030...0x205E, 0x2190...0x22FF, 0x2500...0x259F] {
            for v in range {
                let scalar = Unicode.Scalar(UInt32(v))!
                #expect(TextWidth.standsAlone(scalar.value))
                #expect(TextWidth.columns(scalar) == 1, "U+\(String(v, radix: 16, uppercase: true))")
            }
        }
    }
}

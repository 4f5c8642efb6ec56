/// The width of a table cell in terminal columns, as `wcwidth` counts them, found without
/// grapheme segmentation when that is safe.
///
/// A scalar takes 0 columns when it is a nonspacing or enclosing mark (Mn, Me: combining accents,
/// Arabic harakat, variation selectors), a format character (Cf: zero-width space and joiner,
/// bidirectional marks; but the soft hyphen U+00AD takes 1, as in `wcwidth`) or a Hangul medial
/// vowel or final consonant jamo; 2 when it has emoji presentation or is East Asian Wide or
/// Fullwidth (``isWide(_:)``); 1 otherwise, control characters included. A character (extended
/// grapheme cluster, UAX #29) is as wide as its base, its first scalar that takes columns: "e" +
/// U+0301 is 1, an emoji with a skin tone, a flag or a ZWJ family is 2. A text symbol made emoji
/// by U+FE0F ("❤️") is 2.
///
/// A scalar whose grapheme-break property is Other or Control (not CR), that is not a combining
/// mark, joiner, prepended mark, regional indicator or Hangul jamo, and that is one column wide
/// always forms a character by itself, whatever its neighbours. When every scalar of a text is
/// such a scalar (``standsAlone(_:)``), the width is the scalar count — the byte count for ASCII —
/// and the text is ``simple``. Any other text is measured character by character.
///
/// Complexity: O(length).
///
/// Example: `TextWidth.of("██▍").width` is 3 (simple); `TextWidth.of("e\u{301}").width` is 1 and
/// `TextWidth.of("東京").width` is 4 (not simple).
struct TextWidth {
    /// The number of terminal columns.
    let width: Int
    /// The width was found by counting scalars (every scalar is a one-column character by itself).
    let simple: Bool

    static func of(_ text: String) -> TextWidth {
        var ascii = true, bytes = 0
        for b in text.utf8 {
            bytes += 1
            if b >= 0x80 || b == 0x0D { ascii = false; break }
        }
        if ascii { return TextWidth(width: bytes, simple: true) }
        var scalars = 0
        for scalar in text.unicodeScalars {
            guard standsAlone(scalar.value) else {
                return TextWidth(width: text.reduce(0) { $0 + columns($1) }, simple: false)
            }
            scalars += 1
        }
        return TextWidth(width: scalars, simple: true)
    }

    /// Scalars that are a one-column character by themselves in any context: ASCII but CR;
    /// Latin-1 and Latin Extended-A (U+00A0–U+017F); basic Greek letters (U+0391–U+03C9); general
    /// punctuation without its format characters (U+2010–U+2027, U+2030–U+205E); arrows and
    /// mathematical operators (U+2190–U+22FF); box drawing and block elements (U+2500–U+259F).
    static func standsAlone(_ v: UInt32) -> Bool {
        switch v {
        case 0x00...0x0C, 0x0E...0x7F: return true
        case 0xA0...0x17F, 0x391...0x3C9: return true
        case 0x2010...0x2027, 0x2030...0x205E: return true
        case 0x2190...0x22FF, 0x2500...0x259F: return true
        default: return false
        }
    }

    /// The columns of one character: those of its base (its first scalar that takes columns), 2
    /// for a text symbol followed by the emoji variation selector U+FE0F, 0 when no scalar takes
    /// columns (a lone combining mark or joiner).
    static func columns(_ character: Character) -> Int {
        if character.isASCII { return 1 }
        var base: Unicode.Scalar?, width = 0, emojiSelector = false
        for scalar in character.unicodeScalars {
            if base == nil {
                width = columns(scalar)
                if width > 0 { base = scalar }
            }
            if scalar.value == 0xFE0F { emojiSelector = true }
        }
        if width == 1, emojiSelector, let base, base.properties.isEmoji { return 2 }
        return width
    }

    /// The columns of one scalar on its own: 0, 1 or 2 (see ``TextWidth``).
    static func columns(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x300 { return 1 }  // ASCII, Latin-1 (with the soft hyphen), Latin Extended-A/B, IPA
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if (0x1160...0x11FF).contains(v) || (0xD7B0...0xD7FF).contains(v) { return 0 }  // Hangul V and T jamo
        if isWide(v) || scalar.properties.isEmojiPresentation { return 2 }
        return 1
    }

    /// East Asian Wide (W) and Fullwidth (F) scalars other than emoji (Unicode's
    /// EastAsianWidth.txt, with unassigned code points of these blocks counted as wide, as that
    /// file does): Hangul leading jamo, CJK radicals, symbols and punctuation, kana, Bopomofo,
    /// Hangul compatibility jamo, enclosed CJK, CJK ideographs and their extensions, Yi, Hangul
    /// syllables, CJK compatibility ideographs and forms, vertical forms, small form variants,
    /// fullwidth forms, Tangut, Khitan, kana supplements, Nüshu and enclosed ideographs.
    static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F: return true  // Hangul Jamo, leading consonants
        case 0x2329...0x232A: return true  // angle brackets
        case 0x2E80...0x303E: return true  // CJK radicals, Kangxi, description characters, CJK symbols
        case 0x3041...0x3247: return true  // kana, Bopomofo, compatibility jamo, Kanbun, enclosed CJK
        case 0x3250...0x33FF: return true  // enclosed CJK (after 8 ambiguous-width circled numbers), CJK compatibility
        case 0x3400...0x4DBF: return true  // CJK Extension A
        case 0x4E00...0x9FFF: return true  // CJK Unified Ideographs
        case 0xA000...0xA4CF: return true  // Yi
        case 0xA960...0xA97F: return true  // Hangul Jamo Extended-A
        case 0xAC00...0xD7A3: return true  // Hangul syllables
        case 0xF900...0xFAFF: return true  // CJK compatibility ideographs
        case 0xFE10...0xFE19: return true  // vertical forms
        case 0xFE30...0xFE6F: return true  // CJK compatibility forms, small form variants
        case 0xFF00...0xFF60: return true  // fullwidth forms
        case 0xFFE0...0xFFE6: return true  // fullwidth signs
        case 0x16FE0...0x16FFF: return true  // ideographic symbols and punctuation
        case 0x17000...0x18CFF: return true  // Tangut, Tangut components, Khitan small script
        case 0x18D00...0x18D8F: return true  // Tangut supplement
        case 0x1AFF0...0x1B2FF: return true  // kana extensions and supplement, Nüshu
        case 0x1F200...0x1F2FF: return true  // enclosed ideographic supplement
        case 0x20000...0x2FFFD: return true  // CJK Extensions B–F, compatibility supplement
        case 0x30000...0x3FFFD: return true  // CJK Extensions G, H
        default: return false
        }
    }
}

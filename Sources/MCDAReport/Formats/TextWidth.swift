/// The width of a table cell in `Character`s (extended grapheme clusters, Unicode UAX #29), found
/// without grapheme segmentation when that is safe.
///
/// A scalar whose grapheme-break property is Other or Control (not CR) and that is not a
/// combining mark, joiner, prepended mark, regional indicator or Hangul jamo always forms a
/// character by itself, whatever its neighbours. When every scalar of a text is such a scalar
/// (``standsAlone(_:)``), the character count is the scalar count — the byte count for ASCII —
/// and the text is ``simple``. Any other text is measured with `String.count`.
///
/// Complexity: O(length).
///
/// Example: `TextWidth.of("██▍").width` is 3 (simple); `TextWidth.of("e\u{301}").width` is 1 (not simple).
struct TextWidth {
    /// The number of characters.
    let width: Int
    /// The width was found by counting scalars (every scalar is a character by itself).
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
            guard standsAlone(scalar.value) else { return TextWidth(width: text.count, simple: false) }
            scalars += 1
        }
        return TextWidth(width: scalars, simple: true)
    }

    /// Scalars that are a character by themselves in any context: ASCII but CR; Latin-1 and
    /// Latin Extended-A (U+00A0–U+017F); basic Greek letters (U+0391–U+03C9); general punctuation
    /// without its format characters (U+2010–U+2027, U+2030–U+205E); arrows and mathematical
    /// operators (U+2190–U+22FF); box drawing and block elements (U+2500–U+259F).
    static func standsAlone(_ v: UInt32) -> Bool {
        switch v {
        case 0x00...0x0C, 0x0E...0x7F: return true
        case 0xA0...0x17F, 0x391...0x3C9: return true
        case 0x2010...0x2027, 0x2030...0x205E: return true
        case 0x2190...0x22FF, 0x2500...0x259F: return true
        default: return false
        }
    }
}

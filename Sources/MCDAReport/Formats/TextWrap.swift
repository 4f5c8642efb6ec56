/// Word wrapping and shortening by display width (``TextWidth``: terminal columns, so a CJK
/// character counts two and a Persian vowel mark none), for paragraphs, list items and table cells.
///
/// Example: `TextWrap.lines("Argamasilla de Alba", width: 14)` is `["Argamasilla de", "Alba"]`;
/// `TextWrap.truncate("current international $", width: 10)` is `"current i…"`.
enum TextWrap {
    /// `text` in lines of at most `width` columns (at least 1): words are split at spaces and line
    /// breaks and joined by one space; a word wider than a line is broken after a hyphen where one
    /// fits, else between characters (a two-column character never lands on a one-column line
    /// with others). Empty text gives one empty line.
    /// Complexity: O(length).
    static func lines(_ text: String, width: Int) -> [String] {
        let width = max(1, width)
        var lines: [String] = [], line = "", used = 0
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            var rest = String(word), w = TextWidth.of(rest).width
            if used > 0 && used + 1 + w <= width {
                line += " " + rest
                used += 1 + w
                continue
            }
            if used > 0 { lines.append(line); line = ""; used = 0 }
            while w > width {
                let (head, tail) = split(rest, width: width)
                lines.append(head)
                rest = tail
                w = TextWidth.of(rest).width
            }
            line = rest
            used = w
        }
        lines.append(line)
        return lines
    }

    /// `text` shortened to at most `width` columns (at least 1), ending in "…" when cut; spaces
    /// before the ellipsis are dropped.
    static func truncate(_ text: String, width: Int) -> String {
        guard TextWidth.of(text).width > width else { return text }
        var out = "", used = 0
        for ch in text {
            let w = TextWidth.columns(ch)
            if used + w > max(0, width - 1) { break }
            out.append(ch)
            used += w
        }
        while out.last == " " { out.removeLast() }
        return out + "…"
    }

    /// The first line of a word wider than `width`, and the rest: up to the last hyphen that
    /// leaves a head within `width`, else as many characters as fit (at least one).
    static func split(_ word: String, width: Int) -> (String, String) {
        var used = 0, end = word.startIndex, hyphen: String.Index?
        for index in word.indices {
            let w = TextWidth.columns(word[index])
            if used + w > width && end > word.startIndex { break }
            used += w
            end = word.index(after: index)
            if word[index] == "-" && end < word.endIndex { hyphen = end }
        }
        let cut = hyphen ?? end
        return (String(word[..<cut]), String(word[cut...]))
    }
}

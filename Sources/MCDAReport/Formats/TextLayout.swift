/// How a text report is laid out for where it goes: how wide a line may be, in terminal columns
/// (`TextWidth`), and whether it may carry ANSI colour. JSON, CSV, Markdown and HTML ignore it.
///
/// Example:
/// ```swift
/// let layout = TextLayout.resolve(standardOutputIsTerminal: false, terminalColumns: nil,
///                                 environment: ["COLUMNS": "80"], writesFile: false)
/// // layout.width == 80, layout.color == false
/// layout.lines("A long paragraph …", indent: "  ")  // wrapped to 80 columns
/// ```
public struct TextLayout: Sendable, Equatable {
    /// The widest line, in terminal columns.
    public var width: Int
    /// Whether headings and the verdict are set in ANSI bold and colour.
    public var color: Bool

    /// The width when neither a terminal nor `COLUMNS` gives one.
    public static let defaultWidth = 100
    /// The narrowest width honoured; a smaller terminal or `COLUMNS` gets this.
    public static let minimumWidth = 40
    /// 100 columns, no colour: a pipe or a file without `COLUMNS`.
    public static let standard = TextLayout()

    public init(width: Int = TextLayout.defaultWidth, color: Bool = false) {
        self.width = max(Self.minimumWidth, width)
        self.color = color
    }

    /// The layout for a command's output.
    ///
    /// Width: the terminal's (`terminalColumns`, from `ioctl(TIOCGWINSZ)`) when standard output is
    /// a terminal and the result goes there; else `COLUMNS` when it is a positive whole number;
    /// else ``defaultWidth``; at least ``minimumWidth``.
    /// Colour: only when the result goes to standard output, standard output is a terminal,
    /// `NO_COLOR` is unset or empty (https://no-color.org) and `TERM` is not `dumb`.
    /// - Parameters:
    ///   - standardOutputIsTerminal: `isatty(1)`.
    ///   - terminalColumns: the terminal's columns, nil (or 0) when unknown.
    ///   - environment: the process environment (`COLUMNS`, `NO_COLOR`, `TERM`).
    ///   - writesFile: the result is written to a file (`-o`), not to standard output.
    public static func resolve(standardOutputIsTerminal: Bool, terminalColumns: Int?, environment: [String: String],
                               writesFile: Bool) -> TextLayout {
        let toTerminal = standardOutputIsTerminal && !writesFile
        var width = defaultWidth
        if toTerminal, let columns = terminalColumns, columns > 0 {
            width = columns
        } else if let text = environment["COLUMNS"], let columns = Int(text.trimmingSpaces), columns > 0 {
            width = columns
        }
        let color = toTerminal && (environment["NO_COLOR"] ?? "").isEmpty && environment["TERM"] != "dumb"
        return TextLayout(width: width, color: color)
    }

    /// What stands out in a report.
    public enum Emphasis: Sendable, Equatable {
        /// Bold: headings.
        case strong
        /// Bold green: a robust verdict.
        case good
        /// Bold yellow: a verdict to read with care.
        case caution

        var code: String {
            switch self {
            case .strong: return "\u{1B}[1m"
            case .good: return "\u{1B}[1;32m"
            case .caution: return "\u{1B}[1;33m"
            }
        }
    }

    /// `text` in the emphasis's ANSI codes when colour is on (nothing for empty text). The codes
    /// take no columns: apply this to text already laid out.
    public func styled(_ text: String, _ emphasis: Emphasis?) -> String {
        guard color, let emphasis, !text.isEmpty else { return text }
        return emphasis.code + text + "\u{1B}[0m"
    }

    /// `text` word-wrapped to the width (display width), the first line after `first` (default
    /// `indent`) and the others after `indent`, each line styled on its own and ending in a newline.
    public func lines(_ text: String, indent: String = "", first: String? = nil, emphasis: Emphasis? = nil) -> String {
        let lead = first ?? indent
        let room = width - max(TextWidth.of(lead).width, TextWidth.of(indent).width)
        return TextWrap.lines(text, width: room).enumerated().map { k, line in
            (k == 0 ? lead : indent) + styled(line, emphasis) + "\n"
        }.joined()
    }
}

extension String {
    /// The text without leading and trailing spaces and tabs.
    var trimmingSpaces: Substring {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let start = firstIndex(where: { !isSpace($0) }), let end = lastIndex(where: { !isSpace($0) }) else { return "" }
        return self[start...end]
    }
}

/// A GitHub-flavoured Markdown table, for reports meant to be pasted into documents.
///
/// Example:
/// ```swift
/// var t = MarkdownTable(headers: ["city", "weight"], alignRight: [false, true])
/// t.add(["Calama", "0.31"])
/// t.render()  // "| city | weight |\n|---|---:|\n| Calama | 0.31 |\n"
/// ```
///
/// Cells given to ``add(_:)`` are plain text: Markdown's special characters in them (a name such as
/// `<b>Old</b> Town` or `A*B`) are escaped so that they show as typed and never become markup.
public struct MarkdownTable: Sendable {
    public let headers: [String]
    public let alignRight: [Bool]
    private var rows: [[String]] = []

    public init(headers: [String], alignRight: [Bool]? = nil) {
        self.headers = headers
        self.alignRight = alignRight ?? headers.map { _ in false }
    }

    /// Adds a row of plain-text cells (escaped when rendered).
    public mutating func add(_ cells: [String]) { rows.append(cells.map { $0.markdownEscaped() }) }

    /// Adds a row of cells already written in Markdown (a link whose text is escaped with
    /// ``Swift/String/markdownEscaped()``); only what would break the table is escaped.
    mutating func add(markdown cells: [String]) { rows.append(cells) }

    /// Escapes the characters that would break a cell.
    static func cell(_ text: String) -> String {
        text.replacingPipes()
    }

    public func render() -> String {
        var out = "| " + headers.map { Self.cell($0.markdownEscaped()) }.joined(separator: " | ") + " |\n"
        out += "|" + alignRight.map { $0 ? "---:|" : "---|" }.joined() + "\n"
        for row in rows {
            let cells = headers.indices.map { $0 < row.count ? Self.cell(row[$0]) : "" }
            out += "| " + cells.joined(separator: " | ") + " |\n"
        }
        return out
    }
}

extension String {
    /// The text with CommonMark's ASCII punctuation that can start markup backslash-escaped
    /// (CommonMark 0.31, §2.4 "Backslash escapes"), so that user data such as names renders as typed.
    ///
    /// Example: `"Southby, <b>Old</b> Town".markdownEscaped()` is `Southby, \<b\>Old\</b\> Town`.
    public func markdownEscaped() -> String {
        var out = ""
        for ch in self {
            switch ch {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "&", "~", "#": out += "\\"; out.append(ch)
            default: out.append(ch)
            }
        }
        return out
    }

    func replacingPipes() -> String {
        var out = ""
        for ch in self {
            switch ch {
            case "|": out += "\\|"
            case "\n": out += " "
            default: out.append(ch)
            }
        }
        return out
    }
}

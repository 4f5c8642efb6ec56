/// A GitHub-flavoured Markdown table, for reports meant to be pasted into documents.
///
/// Example:
/// ```swift
/// var t = MarkdownTable(headers: ["city", "weight"], alignRight: [false, true])
/// t.add(["Calama", "0.31"])
/// t.render()  // "| city | weight |\n|---|---:|\n| Calama | 0.31 |\n"
/// ```
public struct MarkdownTable: Sendable {
    public let headers: [String]
    public let alignRight: [Bool]
    private var rows: [[String]] = []

    public init(headers: [String], alignRight: [Bool]? = nil) {
        self.headers = headers
        self.alignRight = alignRight ?? headers.map { _ in false }
    }

    public mutating func add(_ cells: [String]) { rows.append(cells) }

    /// Escapes the characters that would break a cell.
    static func cell(_ text: String) -> String {
        text.replacingPipes()
    }

    public func render() -> String {
        var out = "| " + headers.map(Self.cell).joined(separator: " | ") + " |\n"
        out += "|" + alignRight.map { $0 ? "---:|" : "---|" }.joined() + "\n"
        for row in rows {
            let cells = headers.indices.map { $0 < row.count ? Self.cell(row[$0]) : "" }
            out += "| " + cells.joined(separator: " | ") + " |\n"
        }
        return out
    }
}

extension String {
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

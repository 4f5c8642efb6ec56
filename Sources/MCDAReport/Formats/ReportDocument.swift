/// A report as a sequence of blocks, rendered the same way to text (terminal), Markdown and HTML,
/// so that the three formats never drift apart.
public struct ReportDocument: Sendable {
    /// One block of a report.
    public enum Block: Sendable {
        /// A heading; level 1 is the title.
        case heading(String, level: Int)
        /// A paragraph of plain text.
        case paragraph(String)
        /// A bulleted list.
        case list([String])
        /// A table: headers, rows, and which columns are right-aligned (numbers).
        case table(headers: [String], rows: [[String]], alignRight: [Bool])
    }

    public var blocks: [Block] = []

    public init() {}

    public mutating func heading(_ text: String, level: Int = 2) { blocks.append(.heading(text, level: level)) }
    public mutating func paragraph(_ text: String) { blocks.append(.paragraph(text)) }
    public mutating func list(_ items: [String]) { if !items.isEmpty { blocks.append(.list(items)) } }
    public mutating func table(_ headers: [String], _ rows: [[String]], alignRight: [Bool]) {
        blocks.append(.table(headers: headers, rows: rows, alignRight: alignRight))
    }

    /// Plain text for a terminal: headings underlined or in capitals, tables aligned.
    public func text() -> String {
        var out = ""
        for block in blocks {
            switch block {
            case .heading(let t, let level):
                if !out.isEmpty { out += "\n" }
                out += level == 1 ? t + "\n" + String(repeating: "═", count: t.count) + "\n" : t.uppercased() + "\n"
            case .paragraph(let t):
                out += wrap(t, width: 100, indent: "  ") + "\n"
            case .list(let items):
                for item in items { out += wrap(item, width: 100, indent: "    ", first: "  • ") + "\n" }
            case .table(let headers, let rows, let right):
                var t = TextTable(columns: headers.enumerated().map { .init($1, alignRight: right[$0]) })
                for row in rows { t.add(row) }
                out += t.render()
            }
        }
        return out
    }

    /// GitHub-flavoured Markdown.
    public func markdown() -> String {
        var out = ""
        for block in blocks {
            switch block {
            case .heading(let t, let level): out += String(repeating: "#", count: level) + " " + t + "\n\n"
            case .paragraph(let t): out += t + "\n\n"
            case .list(let items): out += items.map { "- " + $0 }.joined(separator: "\n") + "\n\n"
            case .table(let headers, let rows, let right):
                var t = MarkdownTable(headers: headers, alignRight: right)
                for row in rows { t.add(row) }
                out += t.render() + "\n"
            }
        }
        return out
    }

    /// A standalone HTML page with a small embedded style sheet (no scripts, no external files).
    public func html(title: String) -> String {
        var out = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>\(Self.escape(title))</title>
            <style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.45}
            table{border-collapse:collapse;margin:.5rem 0 1rem}th,td{padding:.2rem .6rem;border-bottom:1px solid #ddd}
            th{text-align:left;background:#f4f4f4}td.n{text-align:right;font-variant-numeric:tabular-nums}</style>
            </head><body>

            """
        for block in blocks {
            switch block {
            case .heading(let t, let level): out += "<h\(level)>\(Self.escape(t))</h\(level)>\n"
            case .paragraph(let t): out += "<p>\(Self.escape(t))</p>\n"
            case .list(let items): out += "<ul>" + items.map { "<li>\(Self.escape($0))</li>" }.joined() + "</ul>\n"
            case .table(let headers, let rows, let right):
                out += "<table><thead><tr>" + headers.map { "<th>\(Self.escape($0))</th>" }.joined() + "</tr></thead><tbody>\n"
                for row in rows {
                    out += "<tr>" + row.enumerated().map { k, cell in
                        (k < right.count && right[k] ? "<td class=\"n\">" : "<td>") + Self.escape(cell) + "</td>"
                    }.joined() + "</tr>\n"
                }
                out += "</tbody></table>\n"
            }
        }
        return out + "</body></html>\n"
    }

    static func escape(_ s: String) -> String {
        var out = ""
        for ch in s {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(ch)
            }
        }
        return out
    }

    /// Word-wraps `text` to `width` columns.
    func wrap(_ text: String, width: Int, indent: String, first: String? = nil) -> String {
        var lines: [String] = []
        var line = first ?? indent
        var empty = true
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            if !empty && line.count + 1 + word.count > width {
                lines.append(line)
                line = indent
                empty = true
            }
            line += (empty ? "" : " ") + word
            empty = false
        }
        lines.append(line)
        return lines.joined(separator: "\n")
    }
}

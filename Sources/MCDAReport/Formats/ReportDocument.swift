/// A report as a sequence of blocks, rendered the same way to text (terminal), Markdown and HTML,
/// so that the three formats never drift apart.
public struct ReportDocument: Sendable {
    /// One block of a report.
    public enum Block: Sendable {
        /// A heading; level 1 is the title.
        case heading(String, level: Int)
        /// A paragraph of plain text; an emphasised one stands out on a colour terminal (the verdict).
        case paragraph(String, emphasis: TextLayout.Emphasis?)
        /// A bulleted list.
        case list([String])
        /// A table: its columns (heading, alignment, and how the terminal narrows them) and rows.
        case table(columns: [TextTable.Column], rows: [[String]])
    }

    public var blocks: [Block] = []

    public init() {}

    public mutating func heading(_ text: String, level: Int = 2) { blocks.append(.heading(text, level: level)) }
    public mutating func paragraph(_ text: String, emphasis: TextLayout.Emphasis? = nil) { blocks.append(.paragraph(text, emphasis: emphasis)) }
    public mutating func list(_ items: [String]) { if !items.isEmpty { blocks.append(.list(items)) } }
    public mutating func table(_ headers: [String], _ rows: [[String]], alignRight: [Bool]) {
        table(headers.indices.map { TextTable.Column(headers[$0], alignRight: $0 < alignRight.count && alignRight[$0]) }, rows)
    }
    /// A table whose columns say how the terminal may narrow them (``TextTable/Column``).
    public mutating func table(_ columns: [TextTable.Column], _ rows: [[String]]) {
        blocks.append(.table(columns: columns, rows: rows))
    }

    /// Plain text for a terminal, no line wider than `layout.width` (display width): the title
    /// underlined, other headings in capitals, paragraphs and list items word-wrapped, tables
    /// fitted (``TextTable/render(indent:width:)``); with colour, headings bold and emphasised
    /// paragraphs in their colour.
    public func text(_ layout: TextLayout = .standard) -> String {
        var out = ""
        for block in blocks {
            switch block {
            case .heading(let t, let level):
                if !out.isEmpty { out += "\n" }
                if level == 1 {
                    let lines = TextWrap.lines(t, width: layout.width)
                    out += lines.map { layout.styled($0, .strong) + "\n" }.joined()
                    out += String(repeating: "═", count: lines.map { TextWidth.of($0).width }.max() ?? 0) + "\n"
                } else {
                    out += layout.lines(t.uppercased(), emphasis: .strong)
                }
            case .paragraph(let t, let emphasis):
                out += layout.lines(t, indent: "  ", emphasis: emphasis)
            case .list(let items):
                for item in items { out += layout.lines(item, indent: "    ", first: "  • ") }
            case .table(let columns, let rows):
                var t = TextTable(columns: columns)
                for row in rows { t.add(row) }
                out += t.render(width: layout.width)
            }
        }
        return out
    }

    /// GitHub-flavoured Markdown.
    public func markdown() -> String {
        var out = ""
        for block in blocks {
            switch block {
            case .heading(let t, let level): out += String(repeating: "#", count: level) + " " + t.markdownEscaped() + "\n\n"
            case .paragraph(let t, _): out += t.markdownEscaped() + "\n\n"
            case .list(let items): out += items.map { "- " + $0.markdownEscaped() }.joined(separator: "\n") + "\n\n"
            case .table(let columns, let rows):
                var t = MarkdownTable(headers: columns.map(\.title), alignRight: columns.map(\.alignRight))
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
            case .paragraph(let t, _): out += "<p>\(Self.escape(t))</p>\n"
            case .list(let items): out += "<ul>" + items.map { "<li>\(Self.escape($0))</li>" }.joined() + "</ul>\n"
            case .table(let columns, let rows):
                let right = columns.map(\.alignRight)
                out += "<table><thead><tr>" + columns.map(\.title).map { "<th>\(Self.escape($0))</th>" }.joined() + "</tr></thead><tbody>\n"
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
}

/// A report with charts, rendered to a self-contained HTML page (inline CSS and SVG, no script, no
/// font or image from the network, printable on A4) or to Markdown (each chart as its data table).
/// Every text is escaped; only `http(s)` links of table cells become anchors.
public struct RichDocument: Sendable {
    /// A table cell: its text and, optionally, the address it links to.
    public struct Cell: Sendable {
        public var text: String
        public var link: String?

        public init(_ text: String, link: String? = nil) {
            self.text = text
            self.link = link
        }
    }

    /// One block of the report.
    public enum Block: Sendable {
        case heading(String, level: Int)
        /// A paragraph; `lead` ones stand out (the verdict).
        case paragraph(String, lead: Bool)
        case list([String])
        case table(headers: [String], rows: [[Cell]], alignRight: [Bool])
        /// A chart with its data table (folded away on screen, read by screen readers).
        case figure(ChartFigure)
    }

    public var blocks: [Block] = []

    public init() {}

    public mutating func heading(_ text: String, level: Int = 2) { blocks.append(.heading(text, level: level)) }
    public mutating func paragraph(_ text: String, lead: Bool = false) { blocks.append(.paragraph(text, lead: lead)) }
    public mutating func list(_ items: [String]) { if !items.isEmpty { blocks.append(.list(items)) } }
    public mutating func table(_ headers: [String], _ rows: [[Cell]], alignRight: [Bool]) {
        blocks.append(.table(headers: headers, rows: rows, alignRight: alignRight))
    }
    public mutating func figure(_ figure: ChartFigure) { blocks.append(.figure(figure)) }

    /// Whether `link` may become an anchor: an absolute http(s) address without spaces or quotes.
    static func isWebAddress(_ link: String) -> Bool {
        (link.hasPrefix("https://") || link.hasPrefix("http://")) && !link.contains(where: { $0 == " " || $0 == "\"" || $0 == "<" || $0 == ">" })
    }

    /// The page. `language` is a BCP 47 code; `rightToLeft` mirrors the layout; `fonts` is the CSS
    /// font stack; `dataLabel` names the folded data tables.
    public func html(title: String, language: String, rightToLeft: Bool, fonts: String, dataLabel: String) -> String {
        let dir = rightToLeft ? "rtl" : "ltr", start = rightToLeft ? "right" : "left"
        var out = """
            <!DOCTYPE html>
            <html lang="\(XML.escape(language))" dir="\(dir)"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(XML.escape(title))</title>
            <style>
            :root{color-scheme:light}
            body{font-family:\(fonts);max-width:58rem;margin:2rem auto;padding:0 1rem;line-height:1.55;color:#1a1a1a}
            h1{font-size:1.7rem;margin-bottom:.3rem}h2{font-size:1.25rem;margin-top:2.2rem;border-bottom:2px solid #0072B2;padding-bottom:.2rem}
            p.lead{font-size:1.2rem;font-weight:600;background:#e8f3fb;border-\(start):6px solid #0072B2;padding:.7rem 1rem;margin:1rem 0}
            table{border-collapse:collapse;margin:.5rem 0 1rem;font-size:.92rem}th,td{padding:.25rem .55rem;border-bottom:1px solid #ddd;vertical-align:top}
            th{text-align:\(start);background:#f2f2f2}td.n{text-align:right;font-variant-numeric:tabular-nums;direction:ltr}
            figure{margin:1rem 0 1.5rem;break-inside:avoid}figcaption{font-weight:600;margin-bottom:.3rem}
            details{margin:.3rem 0}summary{cursor:pointer;color:#0072B2}
            a{color:#0060a0}svg text{font-family:\(fonts)}
            @page{size:A4;margin:14mm}
            @media print{body{max-width:none;margin:0;font-size:10.5pt}h2{break-after:avoid}details{display:none}a{color:inherit}}
            </style>
            </head><body>

            """
        for block in blocks {
            switch block {
            case .heading(let t, let level): out += "<h\(level)>\(XML.escape(t))</h\(level)>\n"
            case .paragraph(let t, let lead): out += (lead ? "<p class=\"lead\">" : "<p>") + XML.escape(t) + "</p>\n"
            case .list(let items): out += "<ul>" + items.map { "<li>\(XML.escape($0))</li>" }.joined() + "</ul>\n"
            case .table(let headers, let rows, let right): out += Self.htmlTable(headers, rows.map { $0 }, right)
            case .figure(let f):
                out += "<figure><figcaption>\(XML.escape(f.title))</figcaption>\n\(f.svg)\n"
                out += "<details><summary>\(XML.escape(dataLabel))</summary>\n"
                out += Self.htmlTable(f.headers, f.rows.map { $0.map { Cell($0) } }, f.headers.indices.map { $0 > 0 })
                out += "</details></figure>\n"
            }
        }
        return out + "</body></html>\n"
    }

    static func htmlTable(_ headers: [String], _ rows: [[Cell]], _ right: [Bool]) -> String {
        var out = "<table><thead><tr>" + headers.map { "<th>\(XML.escape($0))</th>" }.joined() + "</tr></thead><tbody>\n"
        for row in rows {
            out += "<tr>" + row.enumerated().map { k, cell in
                let text = XML.escape(cell.text)
                let content = cell.link.flatMap { isWebAddress($0) ? "<a href=\"\(XML.escape($0))\">\(text)</a>" : nil } ?? text
                return (k < right.count && right[k] ? "<td class=\"n\">" : "<td>") + content + "</td>"
            }.joined() + "</tr>\n"
        }
        return out + "</tbody></table>\n"
    }

    /// A link destination as CommonMark reads it: as is, or between `<` and `>` when the address
    /// holds a parenthesis or a space (`GDP_(PPP)`), with `<`, `>` percent-encoded.
    static func markdownDestination(_ address: String) -> String {
        guard address.contains(where: { "() <>".contains($0) }) else { return address }
        return "<" + address.map { $0 == "<" ? "%3C" : $0 == ">" ? "%3E" : String($0) }.joined() + ">"
    }

    /// GitHub-flavoured Markdown: charts become their data tables under their titles; links stay links.
    public func markdown() -> String {
        var out = ""
        for block in blocks {
            switch block {
            case .heading(let t, let level): out += String(repeating: "#", count: level) + " " + t.markdownEscaped() + "\n\n"
            case .paragraph(let t, let lead): out += (lead ? "**\(t.markdownEscaped())**" : t.markdownEscaped()) + "\n\n"
            case .list(let items): out += items.map { "- " + $0.markdownEscaped() }.joined(separator: "\n") + "\n\n"
            case .table(let headers, let rows, let right):
                var t = MarkdownTable(headers: headers, alignRight: right)
                for row in rows {
                    t.add(markdown: row.map { c in
                        guard let link = c.link, Self.isWebAddress(link) else { return c.text.markdownEscaped() }
                        return "[\(c.text.markdownEscaped())](\(Self.markdownDestination(link)))"
                    })
                }
                out += t.render() + "\n"
            case .figure(let f):
                out += "**\(f.title.markdownEscaped())**\n\n"
                var t = MarkdownTable(headers: f.headers, alignRight: f.headers.indices.map { $0 > 0 })
                for row in f.rows { t.add(row) }
                out += t.render() + "\n"
            }
        }
        return out
    }
}

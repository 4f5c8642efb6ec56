import ArgumentParser
import MCDAReport

/// How a command writes its result.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, markdown, html, csv
}

/// Options shared by every command that prints a result.
struct OutputOptions: ParsableArguments {
    @Option(help: "Output format: table (for people; as wide as the terminal, else COLUMNS, else 100 columns), json (for programs), csv (for spreadsheets: analyze, rank, compare), markdown (analyze, compare) or html (analyze, compare, smaa) for reports.")
    var format: OutputFormat = .table

    @Option(name: .shortAndLong, help: "Write the result to this file instead of standard output (written whole, or not at all).")
    var output: String?

    /// The width and colour of the table format: the terminal's width and colour when the result
    /// goes to a terminal, else `COLUMNS` or 100 columns and no colour (``TextLayout/resolve``).
    var layout: TextLayout { Terminal.layout(writesFile: output != nil) }

    /// Prints or writes `text`.
    func emit(_ text: String) throws {
        try Output.write(text, to: output)
    }

    /// The formats to suggest instead of one the command cannot write: "table, json or markdown".
    static func available(_ formats: [OutputFormat]) -> String {
        let names = formats.map(\.rawValue)
        return names.dropLast().joined(separator: ", ") + " or " + names.last!
    }

    /// Chooses the rendering for the selected format; a format without a renderer is a usage error
    /// naming those the command has.
    func emit(table: () -> String, json: () -> JSONValue,
              markdown: (() -> String)? = nil, html: (() -> String)? = nil, csv: (() -> String)? = nil) throws {
        let offered: [OutputFormat] = [.table, .json] + (markdown == nil ? [] : [.markdown]) + (html == nil ? [] : [.html]) + (csv == nil ? [] : [.csv])
        guard offered.contains(format) else {
            throw ValidationError("--format \(format.rawValue) is not available for this command; use \(Self.available(offered))")
        }
        switch format {
        case .table: try emit(table())
        case .json:
            let document = json()
            try Output.write(streaming: { deliver in
                document.stream(deliver)
                deliver([[0x0A]])
            }, to: output)
        case .markdown: try emit(markdown!())
        case .html: try emit(html!())
        case .csv: try emit(csv!())
        }
    }
}

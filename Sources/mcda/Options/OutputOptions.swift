import ArgumentParser
import MCDAReport

/// How a command writes its result.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, markdown, html
}

/// Options shared by every command that prints a result.
struct OutputOptions: ParsableArguments {
    @Option(help: "Output format: table (for people), json (for programs), markdown or html (for reports; analyze and compare).")
    var format: OutputFormat = .table

    @Option(name: .shortAndLong, help: "Write the result to this file instead of standard output (written whole, or not at all).")
    var output: String?

    /// Prints or writes `text`.
    func emit(_ text: String) throws {
        try Output.write(text, to: output)
    }

    /// The formats to suggest instead of one the command cannot write: "table, json or markdown".
    static func available(html: Bool, markdown: Bool) -> String {
        let formats = ["table", "json"] + (markdown ? ["markdown"] : []) + (html ? ["html"] : [])
        return formats.dropLast().joined(separator: ", ") + " or " + formats.last!
    }

    /// Chooses the rendering for the selected format; a format without a renderer is a usage error.
    func emit(table: () -> String, json: () -> JSONValue,
              markdown: (() -> String)? = nil, html: (() -> String)? = nil) throws {
        switch format {
        case .table: try emit(table())
        case .json:
            var bytes = json().bytes()
            bytes.append(0x0A)
            try Output.write(bytes, to: output)
        case .markdown:
            guard let markdown else { throw ValidationError("--format markdown is not available for this command; use \(Self.available(html: html != nil, markdown: false))") }
            try emit(markdown())
        case .html:
            guard let html else { throw ValidationError("--format html is not available for this command; use \(Self.available(html: false, markdown: markdown != nil))") }
            try emit(html())
        }
    }
}

import ArgumentParser
import MCDAReport

/// How a command writes its result.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json
}

/// Options shared by every command that prints a result.
struct OutputOptions: ParsableArguments {
    @Option(help: "Output format: table (for people) or json (for programs).")
    var format: OutputFormat = .table

    @Option(name: .shortAndLong, help: "Write the result to this file instead of standard output (written whole, or not at all).")
    var output: String?

    /// Prints or writes `text`.
    func emit(_ text: String) throws {
        try Output.write(text, to: output)
    }

    /// Chooses the rendering for the selected format.
    func emit(table: () -> String, json: () -> JSONValue) throws {
        switch format {
        case .table: try emit(table())
        case .json: try Output.write(json().bytes() + [0x0A], to: output)
        }
    }
}

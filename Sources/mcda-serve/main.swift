import ArgumentParser
import MCDAServer

/// `mcda-serve DIR [--host 127.0.0.1] [--port 8080]`: the decision workbench of a dataset folder
/// (what `mcda serve` runs).
@main
struct ServeMain: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mcda-serve",
        abstract: "The decision workbench: a local web page to ask \"what if?\" of a dataset folder.")

    @Argument(help: "The dataset folder.")
    var folder: String

    @Option(help: "Address to listen on (default 127.0.0.1; anything else is reachable by others, and the page has no login).")
    var host = "127.0.0.1"

    @Option(help: "Port (0 picks a free one).")
    var port = 8080

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be from 0 to 65535") }
    }

    func run() async throws {
        try await WorkbenchServer.run(try Workbench(folder: folder), host: host, port: port)
    }
}

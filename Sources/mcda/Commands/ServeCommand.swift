import ArgumentParser
import Foundation

/// `mcda serve DIR`: the decision workbench, a local web page to ask "what if?" of a dataset.
///
/// The server is its own executable, `mcda-serve` (it needs Hummingbird, which `mcda` does not,
/// so `make analyze` stays quick); this command replaces itself with the `mcda-serve` found next
/// to the `mcda` binary, with the same arguments, so its "Listening on" line and Ctrl-C behave as
/// if `mcda` served the page itself.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the decision workbench of a dataset folder: a local web page to move weights and judgments and watch the ranking.",
        discussion: """
            Runs mcda-serve (built with `make serve`, or `swift build -c release --product mcda-serve`). \\
            It listens on 127.0.0.1 unless --host says otherwise (the page has no login), prints \\
            `Listening on http://HOST:PORT` when ready, and stops on Ctrl-C. The API is in docs/openapi.yaml.

            Example:
              mcda serve Datasets/rafsanjan-sister-cities --port 8080
            """)

    @Argument(help: "The dataset folder.")
    var folder: String

    @Option(help: "Address to listen on (default 127.0.0.1).")
    var host = "127.0.0.1"

    @Option(help: "Port (0 picks a free one).")
    var port = 8080

    /// `mcda-serve` beside the running `mcda` (symbolic links resolved).
    static var serverPath: String {
        let me = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        let beside = me.deletingLastPathComponent().appendingPathComponent("mcda-serve").path
        if FileManager.default.isExecutableFile(atPath: beside) { return beside }
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        return executable.deletingLastPathComponent().appendingPathComponent("mcda-serve").path
    }

    func run() throws {
        let server = Self.serverPath
        guard FileManager.default.isExecutableFile(atPath: server) else {
            FileHandle.standardError.write(Data("""
                Error: the workbench server is not built (\(server) is missing). Build it with
                  make serve
                or
                  swift build -c release --product mcda-serve

                """.utf8))
            throw ExitStatus.unavailable
        }
        let arguments = [server, folder, "--host", host, "--port", String(port)]
        var argv = arguments.map { strdup($0) } + [nil]
        execv(server, &argv)
        FileHandle.standardError.write(Data("Error: cannot run \(server): \(String(cString: strerror(errno)))\n".utf8))
        throw ExitStatus.unavailable
    }
}

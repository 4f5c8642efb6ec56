import Foundation
import Hummingbird
import Logging

/// Runs the workbench on `host:port` until interrupted (SIGINT or SIGTERM stop it cleanly).
public enum WorkbenchServer {
    /// Serves `workbench`; `port` 0 picks a free port. When the port accepts connections, prints
    /// `Listening on http://HOST:PORT` and flushes it (also into a pipe or a file); a host other
    /// than loopback gets a warning that the page has no login.
    public static func run(_ workbench: Workbench, host: String, port: Int) async throws {
        if !["127.0.0.1", "localhost", "::1"].contains(host) {
            FileHandle.standardError.write(Data("warning: listening on \(host): the workbench has no login; anyone who can reach this address can use it\n".utf8))
        }
        var logger = Logger(label: "mcda-serve")
        logger.logLevel = .warning
        let app = Application(
            router: WorkbenchRoutes.router(workbench),
            configuration: .init(address: .hostname(host, port: port), serverName: "mcda-serve"),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? port
                let shown = host.contains(":") ? "[\(host)]" : host
                FileHandle.standardOutput.write(Data("Listening on http://\(shown):\(port)\n".utf8))
            },
            logger: logger
        )
        try await app.runService()
    }
}

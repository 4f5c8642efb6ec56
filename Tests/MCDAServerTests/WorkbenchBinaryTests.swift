import Foundation
import Hummingbird
import HummingbirdTesting
import MCDAServer
import Testing

/// `GET /api/analysis` against the built `mcda analyze DIR --format json`, byte for byte, and a
/// what-if against the same options on the command line.
@Suite struct WorkbenchBinaryTests {
    /// Runs the `mcda` built beside this test bundle.
    func mcda(_ arguments: [String]) throws -> Data {
        var dir = Bundle.main.bundleURL
        var url: URL?
        for _ in 0..<4 where url == nil {
            let candidate = dir.appendingPathComponent("mcda")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { url = candidate }
            dir = dir.deletingLastPathComponent()
        }
        for b in Bundle.allBundles where url == nil {
            let candidate = b.bundleURL.deletingLastPathComponent().appendingPathComponent("mcda")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { url = candidate }
        }
        let process = Process()
        process.executableURL = try #require(url, "the mcda executable beside the test bundle")
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return data
    }

    @Test func getAnalysisEqualsTheBinary() async throws {
        let expected = try mcda(["analyze", Rafsanjan.folder, "--format", "json"])
        let app = Application(router: WorkbenchRoutes.router(Rafsanjan.workbench))
        try await app.test(.router) { client in
            let got = try await client.execute(uri: "/api/analysis", method: .get) { Data(buffer: $0.body) }
            #expect(got == expected)
        }
    }

    @Test func aWhatIfEqualsTheSameOptionsOnTheCommandLine() async throws {
        let expected = try mcda(["analyze", Rafsanjan.folder, "--format", "json", "--weights=0.2,0,0.1,0.1,0.5,0.1",
                                 "--methods", "topsis,wsm,vikor", "--primary", "wsm", "--samples", "3000", "--seed", "11"])
        let app = Application(router: WorkbenchRoutes.router(Rafsanjan.workbench))
        try await app.test(.router) { client in
            let body = #"{"weights": {"adobe": 0.2, "copper": 0, "culture": 0.1, "economy": 0.1, "pistachio": 0.5, "population": 0.1}, "methods": ["topsis", "wsm", "vikor"], "primary": "wsm", "samples": 3000, "seed": 11}"#
            let got = try await client.post("/api/analysis", body).text
            #expect(Data(got.utf8) == expected)
        }
    }
}

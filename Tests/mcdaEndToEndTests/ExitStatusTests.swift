import Foundation
import Testing

/// The exit statuses `mcda help` and the README list are the ones the binary returns: each listed
/// status has commands that end with it, and no command ends with one that is not listed.
@Suite struct ExitStatusTests {
    static let matrix = "Datasets/examples/fighter-aircraft.csv"

    /// The statuses of the "Exit status:" block of `mcda help` (lines `  N   meaning`).
    static func listedInHelp() throws -> [Int32] {
        let help = try Binary.run(["help"])
        #expect(help.status == 0)
        let block = try #require(help.stdout.components(separatedBy: "Exit status:\n").dropFirst().first)
        return block.split(separator: "\n").prefix { $0.hasPrefix("  ") }.compactMap { line in
            line.split(separator: " ").first.flatMap { Int32($0) }
        }
    }

    /// The statuses of the README's exit-status table (rows `| N | meaning |` after "## Exit codes").
    static func listedInReadme() throws -> [Int32] {
        let readme = try String(contentsOf: Binary.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let section = try #require(readme.components(separatedBy: "\n## Exit codes\n").dropFirst().first)
        let body = section.components(separatedBy: "\n## ").first ?? section
        return body.split(separator: "\n").compactMap { line in
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            return line.hasPrefix("|") ? cells.first.flatMap { Int32($0) } : nil
        }
    }

    /// Commands and the status each must end with.
    static func cases(_ dir: URL) throws -> [(arguments: [String], status: Int32)] {
        let zero = dir.appendingPathComponent("zero.csv"), ragged = dir.appendingPathComponent("ragged.csv")
        try "alternative,c1,c2\na,1,0\nb,2,3\n".write(to: zero, atomically: true, encoding: .utf8)
        try "alternative,c1,c2\na,1\n".write(to: ragged, atomically: true, encoding: .utf8)
        return [
            (["rank", matrix, "--method", "topsis"], 0),
            (["help"], 0),
            (["--version"], 0),
            (["rank", dir.appendingPathComponent("missing.csv").path, "--method", "topsis"], 1),
            (["rank", ragged.path, "--method", "topsis"], 1),
            (["rank", zero.path, "--method", "wpm"], 1),
            (["ahp", zero.path], 1),
            (["rank", matrix, "--method", "topsis", "-o", dir.appendingPathComponent("no/such/folder/out.txt").path], 1),
            (["rank", matrix], 64),
            (["rank", matrix, "--method", "topsis", "--bogus"], 64),
            (["frobnicate"], 64),
            (["smaa", matrix, "--samples", "0"], 64),
            (["rank", matrix, "--method", "topsis", "--directions=+,x,+,+,+,+"], 64),
            (["rank", matrix, "--method", "topsis", "--weights=1,2"], 64),
            (["rank", "Datasets/rafsanjan-sister-cities", "--method", "topsis", "--directions=+"], 64),
            (["smaa", matrix, "--thinning", "5", "--samples", "100"], 64),
            (["smaa", matrix, "--format", "csv"], 64),
            (["correlate", "--reference=1,2,x", "--ranking=1,2,3"], 64),
        ]
    }

    @Test func everyListedStatusIsReturnedAndNoOther() throws {
        let listed = try Self.listedInHelp()
        #expect(listed == [0, 1, 64, 69])
        #expect(try Self.listedInReadme() == listed)
        let dir = try Binary.temporaryDirectory()
        var seen = Set<Int32>()
        for (arguments, status) in try Self.cases(dir) {
            let r = try Binary.run(arguments)
            #expect(r.status == status, "\(arguments): \(r.stderr)")
            if status != 0 { #expect(r.stderr.hasPrefix("Error: "), "\(arguments): \(r.stderr)") }
            if status == 64 && arguments.count > 1 { #expect(r.stderr.contains("Usage: mcda"), "\(arguments): \(r.stderr)") }
            seen.insert(r.status)
        }
        seen.insert(try Self.serveWithoutServer().status)
        #expect(seen == Set(listed))
    }

    /// `mcda serve` from a folder without `mcda-serve`: 69, saying how to build it.
    static func serveWithoutServer() throws -> Binary.Result {
        let dir = try Binary.temporaryDirectory()
        let copy = dir.appendingPathComponent("mcda")
        try FileManager.default.copyItem(at: Binary.url, to: copy)
        return try Binary.run(["serve", Binary.packageRoot.appendingPathComponent("Datasets/rafsanjan-sister-cities").path], executable: copy)
    }

    @Test func serveWithoutTheServerIsUnavailable() throws {
        let r = try Self.serveWithoutServer()
        #expect(r.status == 69)
        #expect(r.stderr.contains("mcda-serve is missing") && r.stderr.contains("make serve") && !r.stderr.contains("Usage:"), "\(r.stderr)")
    }
}

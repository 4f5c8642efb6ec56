import Foundation
import Testing
import _TestSupport

/// `--format csv` reads back (RFC 4180) to the JSON's numbers; a command without it says which
/// formats it has; Markdown tables stay paste-able.
@Suite struct OutputOptionsTests {
    static let rafsanjan = "Datasets/rafsanjan-sister-cities"
    static let matrix = "Datasets/examples/fighter-aircraft.csv"

    static func csv(_ arguments: [String]) throws -> [[String]] {
        let r = try Binary.run(arguments + ["--format", "csv"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasSuffix("\r\n"))
        return try RFC4180.records(r.stdout)
    }

    /// The JSON output, its numbers read exactly.
    static func json(_ arguments: [String]) throws -> ExactJSON {
        let r = try Binary.run(arguments + ["--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        return try ExactJSON.parse(r.stdout)
    }

    static func column(_ records: [[String]], _ name: String) throws -> [String] {
        let k = try #require(records[0].firstIndex(of: name), "\(name) in \(records[0])")
        return records.dropFirst().map { $0[k] }
    }

    @Test func analyzeCSVHasTheJSONsNumbers() throws {
        let arguments = ["analyze", Self.rafsanjan, "--samples", "1000"]
        let records = try Self.csv(arguments), json = try Self.json(arguments)
        let methods = ["topsis", "wsm", "vikor", "promethee-ii"]
        #expect(records[0] == ["id", "name", "country"] + methods.flatMap { ["\($0).score", "\($0).rank"] }
                + ["firstShare", "topKShare", "expectedRank", "verdict"])
        let alternatives = try #require(json["alternatives"]?.array)
        #expect(records.count == 1 + alternatives.count && alternatives.count == 14)
        #expect(try Self.column(records, "id") == alternatives.compactMap { $0["id"]?.string })
        #expect(try Self.column(records, "name") == alternatives.compactMap { $0["name"]?.string })
        for method in methods {
            #expect(try Self.column(records, "\(method).score").map { Double($0) } == json["rankings"]?[method]?["scores"]?.numbers)
            #expect(try Self.column(records, "\(method).rank").map { Double($0) } == json["rankings"]?[method]?["ranks"]?.numbers)
        }
        let verdicts = try #require(json["verdicts"]?.array)
        for key in ["firstShare", "topKShare", "expectedRank"] {
            #expect(try Self.column(records, key).map { Double($0) } == verdicts.map { $0[key]?.double })
        }
        #expect(try Self.column(records, "verdict") == verdicts.compactMap { $0["verdict"]?.string })
    }

    @Test(arguments: ["topsis", "vikor", "promethee-ii", "waspas", "cocoso"])
    func rankCSVHasTheJSONsNumbers(_ method: String) throws {
        let arguments = ["rank", Self.matrix, "--method", method, "--weights=0.2,0.1,0.1,0.1,0.2,0.3", "--directions=+,+,+,-,+,+"]
        let records = try Self.csv(arguments), json = try Self.json(arguments)
        #expect(Array(records[0].prefix(3)) == ["id", "score", "rank"])
        #expect(try Self.column(records, "id") == json["alternatives"]?.strings)
        for (name, key) in [("score", "scores"), ("rank", "ranks")] + records[0].dropFirst(3).map({ ($0, $0) }) {
            #expect(try Self.column(records, name).map { Double($0) } == json[key]?.numbers, "\(method) \(name)")
        }
    }

    @Test func compareCSVHasTheJSONsRanks() throws {
        let arguments = ["compare", Self.rafsanjan]
        let records = try Self.csv(arguments), json = try Self.json(arguments)
        let methods = try #require(json["methods"]?.strings)
        #expect(records[0] == ["id"] + methods.map { "\($0).rank" } + ["borda.rank", "copeland.rank"])
        #expect(try Self.column(records, "id") == json["alternatives"]?.strings)
        for method in methods { #expect(try Self.column(records, "\(method).rank").map { Double($0) } == json["ranks"]?[method]?.numbers) }
        #expect(try Self.column(records, "borda.rank").map { Double($0) } == json["borda"]?["ranks"]?.numbers)
        #expect(try Self.column(records, "copeland.rank").map { Double($0) } == json["copeland"]?["ranks"]?.numbers)
    }

    /// A name with a comma, quotes and a pipe survives CSV and keeps Markdown tables whole.
    @Test func awkwardNames() throws {
        let dir = try Binary.temporaryDirectory()
        let file = dir.appendingPathComponent("awkward.csv")
        try "alternative,a,b\n\"Bronte, \"\"Sicily\"\"\",1,2\nA|B,2,1\nplain,3,3\n".write(to: file, atomically: true, encoding: .utf8)
        let records = try Self.csv(["compare", file.path])
        #expect(try Self.column(records, "id") == ["Bronte, \"Sicily\"", "A|B", "plain"])
        let markdown = try Binary.run(["compare", file.path, "--format", "markdown"])
        #expect(markdown.status == 0, "\(markdown.stderr)")
        #expect(markdown.stdout.contains("| A\\|B |"))
        try Self.expectPasteable(markdown.stdout)
    }

    /// GitHub tables: every row of a table has as many cells as its header (pipes in cells
    /// escaped) and starts and ends with a pipe (no line break inside a cell).
    static func expectPasteable(_ markdown: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        var cells: Int?
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("|") else { cells = nil; continue }
            #expect(line.hasSuffix("|") && !line.hasSuffix("\\|"), "\(line)", sourceLocation: sourceLocation)
            let count = line.replacing("\\|", with: "").filter { $0 == "|" }.count - 1
            if let cells { #expect(count == cells, "\(line)", sourceLocation: sourceLocation) } else { cells = count }
        }
    }

    @Test func markdownReportsArePasteable() throws {
        for arguments in [["analyze", Self.rafsanjan, "--samples", "1000"], ["compare", Self.rafsanjan], ["compare", Self.matrix]] {
            let r = try Binary.run(arguments + ["--format", "markdown"])
            #expect(r.status == 0, "\(r.stderr)")
            #expect(r.stdout.contains("|---"))
            try Self.expectPasteable(r.stdout)
        }
    }

    /// A command without a CSV renderer names the formats it has.
    @Test func csvWhereThereIsNone() throws {
        let smaa = try Binary.run(["smaa", Self.matrix, "--format", "csv"])
        #expect(smaa.status == 64)
        #expect(smaa.stderr.contains("--format csv is not available for this command; use table, json"))
        #expect(!smaa.stderr.contains("or csv"))
        let weights = try Binary.run(["weights", Self.matrix, "--method", "entropy", "--format", "csv"])
        #expect(weights.status == 64 && weights.stderr.contains("use table or json"))
        let html = try Binary.run(["rank", Self.matrix, "--method", "topsis", "--format", "html"])
        #expect(html.status == 64 && html.stderr.contains("--format html is not available for this command; use table, json or csv"))
    }
}

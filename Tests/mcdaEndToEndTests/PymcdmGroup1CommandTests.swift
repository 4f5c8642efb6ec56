import Foundation
import Testing
import _TestSupport

/// `mcda rank` on one pymcdm 1.4.0 reference case per method of group 1 (aras, cocoso, codas,
/// copras, edas, mabac, mairca, marcos, moora, ocra), through the command-line contract: scores as
/// pymcdm returns them (1e-9 relative), ranks exactly.
@Suite struct PymcdmGroup1CommandTests {
    /// The method and the reference case (index into its fixture file) run end to end: a case with
    /// options where the method has any.
    static let cases: [(method: String, index: Int)] = [
        ("aras", 16), ("cocoso", 20), ("codas", 20), ("copras", 0), ("edas", 1),
        ("mabac", 10), ("mairca", 13), ("marcos", 2), ("moora", 3), ("ocra", 4),
    ]

    /// The reference case as a CSV file (`alternative,C1,…`, rows `A1,…`).
    static func csv(_ c: RankingFixtureCase) throws -> String {
        let n = c.matrix[0].count
        var text = "alternative," + (1...n).map { "C\($0)" }.joined(separator: ",") + "\n"
        for (i, row) in c.matrix.enumerated() { text += "A\(i + 1)," + row.map { "\($0)" }.joined(separator: ",") + "\n" }
        let file = try Binary.temporaryDirectory().appendingPathComponent("case.csv")
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file.path
    }

    /// The command-line options of a case's method options.
    static func options(_ c: RankingFixtureCase) -> [String] {
        c.options.sorted { $0.key < $1.key }.flatMap { key, value -> [String] in
            switch key {
            case "normalization", "lambda": return ["--\(key)", value]
            case "esp": return ["--esp=\(value)"]
            default: return ["--param", "\(key)=\(value)"]
            }
        }
    }

    @Test(arguments: cases)
    func rankMatchesPymcdm(method: String, index: Int) throws {
        let c = try rankingFixtures(method)[index]
        let arguments = ["rank", try Self.csv(c), "--method", method,
                         "--weights=" + c.weights.map { "\($0)" }.joined(separator: ","),
                         "--directions=" + c.types.map { $0 > 0 ? "+" : "-" }.joined(separator: ",")]
            + Self.options(c) + ["--format", "json"]
        let r = try Binary.run(arguments)
        #expect(r.status == 0, "\(method): \(r.stderr)")
        let scores = try #require(r.json["scores"] as? [Double], "\(method): \(r.stdout)")
        #expect(scores.count == c.scores.count)
        for (got, want) in zip(scores, c.scores) {
            #expect(abs(got - want) <= 1e-9 * max(1, abs(want)), "\(method), \(c.provenance): \(got) vs \(want)")
        }
        #expect(r.json["ranks"] as? [Double] == c.ranks, "\(method), \(c.provenance)")
        #expect(r.json["alternatives"] as? [String] == (1...c.matrix.count).map { "A\($0)" })
    }

    @Test func theCasesUseOptions() throws {
        let options = try Self.cases.map { try rankingFixtures($0.method)[$0.index].options }
        #expect(options.filter { !$0.isEmpty }.count == 5, "\(options)")
    }

    @Test func compareRunsGroupOneMethodsBesideTOPSIS() throws {
        let c = try rankingFixtures("edas")[0]
        let r = try Binary.run(["compare", try Self.csv(c), "--methods=edas,mairca,topsis",
                                "--weights=" + c.weights.map { "\($0)" }.joined(separator: ","),
                                "--directions=" + c.types.map { $0 > 0 ? "+" : "-" }.joined(separator: ","), "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.json["methods"] as? [String] == ["edas", "mairca", "topsis"])
        let ranks = try #require(r.json["ranks"] as? [String: [Double]])
        #expect(ranks["edas"] == c.ranks)
        #expect(ranks["mairca"]?.count == c.matrix.count)
    }

    @Test func aMethodThatCannotTakeTheDataNamesTheCell() throws {
        let file = try Binary.temporaryDirectory().appendingPathComponent("zero.csv")
        try "alternative,a,b\nA1,1,2\nA2,0,3\nA3,2,1\n".write(to: file, atomically: true, encoding: .utf8)
        let r = try Binary.run(["rank", file.path, "--method", "ocra", "--directions=+,-", "--format", "json"])
        #expect(r.status != 0)
        #expect(r.stderr.contains("OCRA") && r.stderr.contains("A2") && r.stderr.contains("'a'"), "\(r.stderr)")
    }
}

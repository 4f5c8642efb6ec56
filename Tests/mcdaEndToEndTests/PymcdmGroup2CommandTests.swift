import Foundation
import Testing
import _TestSupport

/// `mcda rank` on one pymcdm 1.4.0 reference case per method of group 2 (spotis, rim, ram,
/// probid, sprobid, ervd, rafsi, aroman, lmaw), through the command-line contract with the
/// methods' own options (--bounds, --esp, --reference-ideal, --reference, --ideal, --anti-ideal,
/// --lambda, --beta, --normalization, --param): scores as pymcdm returns them (1e-9 relative),
/// ranks exactly.
@Suite struct PymcdmGroup2CommandTests {
    /// The method and the reference case (index into its fixture file): a case with options where
    /// the method has any.
    static let cases: [(method: String, index: Int)] = [
        ("spotis", 1), ("rim", 1), ("ram", 4), ("probid", 0), ("sprobid", 0),
        ("ervd", 1), ("rafsi", 1), ("aroman", 0), ("lmaw", 0),
    ]

    /// The options of a case as command-line arguments: each parameter's own option where it has
    /// one, `--param NAME=VALUE` otherwise.
    static func arguments(_ c: RankingFixtureCase) -> [String] {
        let own: Set = ["bounds", "esp", "reference", "reference-ideal", "ideal", "anti-ideal", "lambda", "beta", "normalization"]
        let options = c.options.sorted { $0.key < $1.key }.map { own.contains($0.key) ? "--\($0.key)=\($0.value)" : "--param=\($0.key)=\($0.value)" }
        return ["--weights=" + c.weights.map { "\($0)" }.joined(separator: ","),
                "--directions=" + c.types.map { $0 > 0 ? "+" : "-" }.joined(separator: ",")] + options
    }

    @Test(arguments: cases)
    func rankMatchesPymcdm(method: String, index: Int) throws {
        let c = try rankingFixtures(method)[index]
        let r = try Binary.run(["rank", try PymcdmGroup1CommandTests.csv(c), "--method", method] + Self.arguments(c) + ["--format", "json"])
        #expect(r.status == 0, "\(method): \(r.stderr)")
        let scores = try #require(r.json["scores"] as? [Double], "\(method): \(r.stdout)")
        #expect(scores.count == c.scores.count && zip(scores, c.scores).allSatisfy { abs($0 - $1) <= 1e-9 * max(1, abs($1)) },
                "\(method), \(c.provenance): \(scores) vs \(c.scores)")
        #expect(r.json["ranks"] as? [Double] == c.ranks, "\(method), \(c.provenance)")
        #expect(r.json["scoreOrder"] as? String == (method == "spotis" ? "ascending" : "descending"))
    }

    @Test func theCasesUseEveryOption() throws {
        let keys = try Self.cases.flatMap { try rankingFixtures($0.method)[$0.index].options.keys }
        #expect(Set(keys) == ["bounds", "esp", "reference-ideal", "normalization", "reference", "loss-aversion", "alpha",
                              "ideal", "anti-ideal", "n1", "n2k", "lambda", "beta"])
    }

    @Test func compareRunsSPOTISBesideTOPSIS() throws {
        let c = try rankingFixtures("spotis")[2]  // default bounds
        let r = try Binary.run(["compare", try PymcdmGroup1CommandTests.csv(c), "--methods=spotis,topsis"] + Self.arguments(c) + ["--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.json["methods"] as? [String] == ["spotis", "topsis"])
        let ranks = try #require(r.json["ranks"] as? [String: [Double]])
        #expect(ranks["spotis"] == c.ranks && ranks["topsis"]?.count == c.matrix.count)
    }

    @Test func boundsThatLeaveOutAValueNameTheCriterion() throws {
        let file = try Binary.temporaryDirectory().appendingPathComponent("bounds.csv")
        try "alternative,price,quality\nA1,10,3\nA2,25,4\nA3,15,5\n".write(to: file, atomically: true, encoding: .utf8)
        let r = try Binary.run(["rank", file.path, "--method", "spotis", "--directions=-,+", "--bounds=0:20,0:5", "--format", "json"])
        #expect(r.status != 0)
        #expect(r.stderr.contains("spotis") && r.stderr.contains("'price'") && r.stderr.contains("'A2'"), "\(r.stderr)")
        let short = try Binary.run(["rank", file.path, "--method", "rim", "--directions=-,+", "--bounds=0:30"])
        #expect(short.status != 0 && short.stderr.contains("one per criterion (2)"), "\(short.stderr)")
        let text = try Binary.run(["rank", file.path, "--method", "spotis", "--directions=-,+", "--bounds=0:a,0:5"])
        #expect(text.status != 0 && text.stderr.contains("--bounds"), "\(text.stderr)")
    }
}

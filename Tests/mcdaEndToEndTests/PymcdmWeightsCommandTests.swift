import Foundation
import Testing
import _TestSupport

/// `mcda weights --method M` for pymcdm 1.4.0's seven objective weighting methods, through the
/// command-line contract (`{"criteria": […], "weights": […]}`), and the same methods as a
/// manifest's `{method: objective, name: M}` and as `--weights M` of `mcda analyze`.
@Suite struct PymcdmWeightsCommandTests {
    static let methods = ["merec", "gini", "variance", "cilos", "idocriw", "angle", "lopcow"]

    static func csv(_ c: WeightingFixtureCase) throws -> String {
        let file = try Binary.temporaryDirectory().appendingPathComponent("matrix.csv")
        var text = "alternative," + c.types.indices.map { "C\($0 + 1)" }.joined(separator: ",") + "\n"
        for (i, row) in c.matrix.enumerated() { text += "A\(i + 1)," + row.map { "\($0)" }.joined(separator: ",") + "\n" }
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file.path
    }

    static func directions(_ c: WeightingFixtureCase) -> String {
        "--directions=" + c.types.map { $0 > 0 ? "+" : "-" }.joined(separator: ",")
    }

    static func close(_ got: Any?, _ want: [Double]) -> Bool {
        guard let got = got as? [Double], got.count == want.count else { return false }
        return zip(got, want).allSatisfy { abs($0 - $1) <= 1e-9 * abs($1) }
    }

    @Test(arguments: methods)
    func weightsMatchPymcdm(method: String) throws {
        let c = try weightingFixtures(method)[1]
        let r = try Binary.run(["weights", try Self.csv(c), "--method", method, Self.directions(c), "--format", "json"])
        #expect(r.status == 0, "\(method): \(r.stderr)")
        #expect(r.json["criteria"] as? [String] == c.types.indices.map { "C\($0 + 1)" })
        #expect(Self.close(r.json["weights"], c.weights), "\(c.provenance): \(r.stdout)")
        #expect(r.json["method"] as? String == method)
        let table = try Binary.run(["weights", try Self.csv(c), "--method", method, Self.directions(c)])
        #expect(table.status == 0 && table.stdout.contains("C1") && table.stdout.contains(method))
    }

    /// A dataset folder holding a fixture case, weighted by `{method: objective, name: M}`.
    static func dataset(_ c: WeightingFixtureCase, weights: String) throws -> URL {
        let dir = try Binary.temporaryDirectory()
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("criteria"), withIntermediateDirectories: true)
        let ids = c.matrix.indices.map { "a\($0 + 1)" }
        try ("id,name\n" + ids.map { "\($0),\($0.uppercased())\n" }.joined()).write(to: dir.appendingPathComponent("alternatives.csv"), atomically: true, encoding: .utf8)
        for j in c.types.indices {
            var text = "id: c\(j + 1)\nname: C\(j + 1)\ndirection: \(c.types[j] > 0 ? "benefit" : "cost")\nvalues:\n"
            for (i, id) in ids.enumerated() { text += "  \(id): \(c.matrix[i][j])\n" }
            try text.write(to: dir.appendingPathComponent("criteria/c\(j + 1).yaml"), atomically: true, encoding: .utf8)
        }
        let manifest = """
            format: mcda-dataset/1
            title: A pymcdm weighting case
            goal: Check the objective weights of a manifest.
            alternatives: alternatives.csv
            weights:
            \(weights)
              assumption: Weights from the data alone.
            analysis:
              methods: [topsis, wsm]
              smaa: { samples: 200, seed: 1 }

            """
        try manifest.write(to: dir.appendingPathComponent("manifest.yaml"), atomically: true, encoding: .utf8)
        return dir
    }

    static func analyzedWeights(_ r: Binary.Result) -> [Double]? {
        (r.json["criteria"] as? [[String: Any]])?.compactMap { $0["weight"] as? Double }
    }

    @Test func aManifestNamesAnObjectiveMethod() throws {
        let c = try weightingFixtures("merec")[2]
        let dir = try Self.dataset(c, weights: "  method: objective\n  name: merec")
        let r = try Binary.run(["analyze", dir.path, "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(Self.close(Self.analyzedWeights(r), c.weights), "\(c.provenance): \(r.stdout.prefix(600))")
        #expect((r.json["weights"] as? [String: Any])?["method"] as? String == "merec")

        let bad = try Self.dataset(c, weights: "  method: objective\n  name: merek")
        let e = try Binary.run(["analyze", bad.path])
        #expect(e.status != 0 && e.stderr.contains("manifest.yaml") && e.stderr.contains("merek") && e.stderr.contains("lopcow"), "\(e.stderr)")
    }

    @Test func analyzeTakesEveryNewMethodAsWeights() throws {
        for method in Self.methods {
            let c = try weightingFixtures(method)[3]
            let dir = try Self.dataset(c, weights: "  method: equal")
            let r = try Binary.run(["analyze", dir.path, "--weights", method, "--format", "json"])
            #expect(r.status == 0, "\(method): \(r.stderr)")
            #expect(Self.close(Self.analyzedWeights(r), c.weights), "\(method), \(c.provenance)")
        }
    }

    /// Data a method cannot take is an error naming the method, the criterion and the alternative.
    @Test func unusableDataNamesTheCell() throws {
        let file = try Binary.temporaryDirectory().appendingPathComponent("zero.csv")
        try "alternative,price,quality\nA1,10,3\nA2,0,4\nA3,15,-5\n".write(to: file, atomically: true, encoding: .utf8)
        for (method, criterion, alternative) in [("merec", "price", "A2"), ("cilos", "price", "A2"), ("idocriw", "price", "A2"),
                                                 ("gini", "quality", "A3"), ("angle", "quality", "A3")] {
            let r = try Binary.run(["weights", file.path, "--method", method, "--directions=-,+"])
            #expect(r.status != 0 && !r.stdout.contains("nan"), "\(method)")
            #expect(r.stderr.lowercased().contains(method) && r.stderr.contains("'\(criterion)'") && r.stderr.contains("'\(alternative)'"),
                    "\(method): \(r.stderr)")
        }
    }
}

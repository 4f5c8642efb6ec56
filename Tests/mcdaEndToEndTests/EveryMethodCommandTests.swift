import Foundation
import MCDACore
import Testing
import _TestSupport

/// Every ranking method of the catalogue, with its defaults, through the commands that re-score a
/// problem many times: `sensitivity` (weight sweeps and critical weights), `smaa`, `compare` and
/// `analyze` (a dataset folder with every method in `--methods`).
/// Each run must succeed, name the method and give one rank per alternative.
@Suite struct EveryMethodCommandTests {
    /// Five alternatives, positive values spanning two orders of magnitude, a cost criterion.
    static func matrix() throws -> String {
        let text = """
            alternative,price,range,comfort
            A1,250,16,7
            A2,200,12,5
            A3,300,18,9
            A4,275,14,6.5
            A5,180,9,4
            """
        let file = try Binary.temporaryDirectory().appendingPathComponent("cars.csv")
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file.path
    }

    static let methods = MethodCatalogue.standard.names

    static func json(_ arguments: [String]) throws -> [String: Any] {
        let r = try Binary.run(arguments)
        #expect(r.status == 0, "\(arguments.joined(separator: " ")): \(r.stderr)")
        return try #require(JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
    }

    @Test(arguments: methods)
    func sensitivityAndSMAARunEveryMethod(method: String) throws {
        let file = try Self.matrix()
        let common = ["--method", method, "--directions=-,+,+", "--weights=0.4,0.35,0.25", "--format", "json"]
        let sensitivity = try Self.json(["sensitivity", file] + common + ["--steps", "20"])
        #expect(sensitivity["method"] as? String == method)
        let smaa = try Self.json(["smaa", file, "--method", method, "--directions=-,+,+", "--samples", "200", "--seed", "3", "--format", "json"])
        #expect(smaa["method"] as? String == method)
        #expect((smaa["alternatives"] as? [String])?.count == 5)
    }

    @Test func analyzeRunsEveryMethodOnADataset() throws {
        let folder = Binary.packageRoot.appendingPathComponent("Datasets/literature/fighter-aircraft").path
        let json = try Self.json(["analyze", folder, "--methods=\(Self.methods.joined(separator: ","))", "--samples", "200", "--format", "json"])
        let rankings = try #require(json["rankings"] as? [String: Any])
        #expect(Set(rankings.keys) == Set(Self.methods))
    }

    @Test func compareRunsEveryMethodAtOnce() throws {
        let r = try Binary.run(["compare", try Self.matrix(), "--methods=\(Self.methods.joined(separator: ","))",
                                "--directions=-,+,+", "--weights=0.4,0.35,0.25", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let json = try #require(JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let ranks = try #require(json["ranks"] as? [String: [Double]])
        #expect(Set(ranks.keys) == Set(Self.methods))
        for (method, r) in ranks { #expect(r.count == 5, "\(method)") }
    }
}

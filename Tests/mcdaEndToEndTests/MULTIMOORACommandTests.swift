import Foundation
import Testing

/// `multimoora` through the built binary: `rank` (the case of MULTIMOORATests.systemsThatDisagree,
/// checked there against NumPy), `compare`, `smaa` and `analyze`.
@Suite struct MULTIMOORACommandTests {
    static func csv() throws -> String {
        let file = try Binary.temporaryDirectory().appendingPathComponent("mm.csv")
        try "alternative,a,b,c\nA1,3,20,7\nA2,5,35,4\nA3,4,10,9\nA4,6,40,8\nA5,2,15,3\n".write(to: file, atomically: true, encoding: .utf8)
        return file.path
    }

    @Test func rankCompareSMAA() throws {
        let file = try Self.csv()
        let options = ["--weights=0.5,0.2,0.3", "--directions=+,-,+"]
        let r = try Binary.run(["rank", file, "--method", "multimoora"] + options + ["--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.json["scores"] as? [Double] == [2, 1, 4, 3, 0] && r.json["ranks"] as? [Double] == [3, 4, 1, 2, 5])
        let c = try Binary.run(["compare", file, "--methods=multimoora,moora"] + options + ["--format", "json"])
        #expect(c.status == 0 && (c.json["ranks"] as? [String: [Double]])?["multimoora"] == [3, 4, 1, 2, 5], "\(c.stderr)")
        let s = try Binary.run(["smaa", file, "--method", "multimoora", "--directions=+,-,+", "--samples", "500", "--seed", "3", "--format", "json"])
        #expect(s.status == 0 && (s.json["rankAcceptability"] as? [[Double]])?.count == 5, "\(s.stderr)")
        let zero = try Binary.temporaryDirectory().appendingPathComponent("zero.csv")
        try "alternative,a,b\nA1,3,20\nA2,0,35\n".write(to: zero, atomically: true, encoding: .utf8)
        let e = try Binary.run(["rank", zero.path, "--method", "multimoora", "--directions=+,-"])
        #expect(e.status != 0 && e.stderr.contains("MULTIMOORA") && e.stderr.contains("'a'") && e.stderr.contains("'A2'"), "\(e.stderr)")
    }

    @Test func analyzeRunsIt() throws {
        let r = try Binary.run(["analyze", "Tests/Fixtures/small-dataset", "--methods=multimoora,topsis", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("multimoora"))
    }
}

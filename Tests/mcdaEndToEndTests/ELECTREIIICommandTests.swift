import Foundation
import Testing

/// `electre-iii` through the built binary: the threshold options, the JSON contract (scores are
/// levels of the final pre-order, ascending; ranks average ties), compare, smaa and analyze.
@Suite struct ELECTREIIICommandTests {
    /// The case of ELECTREIIITests.distillationsThatDisagree, worked out by hand there.
    static func csv() throws -> String {
        let file = try Binary.temporaryDirectory().appendingPathComponent("e3.csv")
        try "alternative,a,b,c,d\nA1,4,4,1,1\nA2,3,3,3,3\nA3,1,1,2,2\n".write(to: file, atomically: true, encoding: .utf8)
        return file.path
    }

    @Test func rankWithAndWithoutThresholds() throws {
        let file = try Self.csv()
        let r = try Binary.run(["rank", file, "--method", "electre-iii", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.json["scores"] as? [Double] == [2, 1, 3] && r.json["ranks"] as? [Double] == [2, 1, 3])
        #expect(r.json["scoreOrder"] as? String == "ascending")
        // Thresholds reach the method and are reported in its settings.
        let t = try Binary.run(["rank", file, "--method", "electre-iii", "--indifference=0,0,0,0", "--preference-threshold=2,2,2,2",
                                "--veto=5,5,5,5", "--format", "json"])
        #expect(t.status == 0, "\(t.stderr)")
        let settings = try #require(t.json["settings"] as? [String: String])
        #expect(settings["veto"] == "5.0,5.0,5.0,5.0" && settings["preference-threshold"] == "2.0,2.0,2.0,2.0")
        let bad = try Binary.run(["rank", file, "--method", "electre-iii", "--indifference=3,0,0,0", "--preference-threshold=1,1,1,1"])
        #expect(bad.status != 0 && bad.stderr.contains("'a'") && bad.stderr.contains("indifference ≤ preference ≤ veto"), "\(bad.stderr)")
        let wrong = try Binary.run(["rank", file, "--method", "topsis", "--veto=1,1,1,1"])
        #expect(wrong.status != 0 && wrong.stderr.contains("electre-iii"))
    }

    @Test func compareSMAAAnalyze() throws {
        let file = try Self.csv()
        let c = try Binary.run(["compare", file, "--methods=electre-iii,multimoora,topsis", "--format", "json"])
        #expect(c.status == 0 && (c.json["ranks"] as? [String: [Double]])?["electre-iii"] == [2, 1, 3], "\(c.stderr)")
        let s = try Binary.run(["smaa", file, "--method", "electre-iii", "--veto=3,3,3,3", "--samples", "300", "--seed", "5", "--format", "json"])
        #expect(s.status == 0 && (s.json["rankAcceptability"] as? [[Double]])?.count == 3, "\(s.stderr)")
        let a = try Binary.run(["analyze", "Tests/Fixtures/small-dataset", "--methods=electre-iii,topsis", "--format", "json"])
        #expect(a.status == 0 && a.stdout.contains("electre-iii"), "\(a.stderr)")
    }
}

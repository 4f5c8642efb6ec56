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

    /// Wang & Triantaphyllou (2008), the case of ELECTREIIITests.wangTriantaphyllou2008, through
    /// the binary with thresholds of 10 % and 20 % of the value as slopes (`--param`): A7 and A9
    /// alone on top of the final pre-order (level 1), A6 last in both distillations.
    @Test func thresholdsThatGrowWithTheValue() throws {
        let file = try Binary.temporaryDirectory().appendingPathComponent("wang-triantaphyllou.csv")
        try """
            alternative,C1,C2,C3,C4,C5,C6,C7,C8,C9,C10,C11
            A1,125,866,9.81,218,1.41,542,483,23,1.5,1,1
            A2,11980,900,11.45,189,1.45,452,303,12,1.5,6,6
            A3,31054,883,9.86,172,1.82,341,311,0,0,3,3
            A4,28219,840,10.38,171,1.95,339,318,0,0,3,3
            A5,31579,903,10.74,165,1.7,312,281,0,0,5,5
            A6,39364,922,13.87,167,1.65,287,269,0,0,8,7
            A7,125,769,9.33,182,1.64,458,180,0,1.5,1,1
            A8,8075,896,9.82,172,1.7,408,121,0,1.5,6,6
            A9,3089,770,9.39,177,1.9,430,228,0,1,2,2
            A10,6449,766,7.22,172,1.65,401,157,0,1,4,4
            A11,12074,897,10.61,169,1.65,378,162,0,1,7,6

            """.write(to: file, atomically: true, encoding: .utf8)
        let r = try Binary.run(["rank", file.path, "--method", "electre-iii", "--directions=-,+,-,-,-,+,+,-,-,-,-",
                                "--weights=0.16,0.033,0.033,0.097,0.097,0.16,0.097,0.16,0.033,0.033,0.097",
                                "--indifference=1000,0,0,5,0,0,0,2,0.2,0,0", "--preference-threshold=2000,0,0,10,0,0,0,4,0.4,1,1",
                                "--param", "indifference-slope=0,0.1,0.1,0,0.1,0.1,0.1,0,0,0,0",
                                "--param", "preference-slope=0,0.2,0.2,0,0.2,0.2,0.2,0,0,0,0", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let scores = try #require(r.json["scores"] as? [Double])
        #expect(scores.indices.filter { scores[$0] == 1 } == [6, 8] && scores[5] == scores.max(), "\(r.stdout)")
        #expect((r.json["settings"] as? [String: String])?["indifference-slope"] == "0.0,0.1,0.1,0.0,0.1,0.1,0.1,0.0,0.0,0.0,0.0")
        let wrong = try Binary.run(["rank", file.path, "--method", "topsis", "--param", "veto-slope=0,0,0,0,0,0,0,0,0,0,0"])
        #expect(wrong.status != 0 && wrong.stderr.contains("electre-iii"), "\(wrong.stderr)")
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

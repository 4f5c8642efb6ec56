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

    /// `--multiplicative values` reaches the method and is reported; on the Kracka et al. (2010)
    /// problem (MULTIMOORATests.kracka2010) both weightings give the paper's ranking, and the
    /// choice is refused by a method that does not take it or with an unknown value.
    @Test func multiplicativeChoice() throws {
        let file = try Binary.temporaryDirectory().appendingPathComponent("kracka.csv")
        try """
            alternative,x1,x2,x3,x4,x5,x6,x7
            A1,33.95,23.78,11.45,39.97,29.44,167.10,3.852
            A2,38.9,4.17,6.32,0.01,4.29,132.52,25.184
            A3,37.59,9.36,8.23,4.35,10.22,136.71,10.845
            A4,30.44,37.59,13.91,74.08,45.10,198.34,2.186
            A5,36.21,14.79,9.17,17.77,17.06,148.3,6.610
            A6,37.8,8.55,7.97,2.35,9.25,134.83,11.935

            """.write(to: file, atomically: true, encoding: .utf8)
        let options = ["--weights=1,1,1,1,1,1,1", "--directions=-,-,-,-,+,-,+", "--format", "json"]
        for choice in ["values", "exponents"] {
            let r = try Binary.run(["rank", file.path, "--method", "multimoora", "--multiplicative", choice] + options)
            #expect(r.status == 0, "\(r.stderr)")
            #expect(r.json["scores"] as? [Double] == [1, 5, 3, 0, 2, 4] && r.json["ranks"] as? [Double] == [5, 1, 3, 6, 4, 2])
            #expect((r.json["settings"] as? [String: String])?["multiplicative"] == choice, "\(r.stdout)")
        }
        let d = try Binary.run(["rank", file.path, "--method", "multimoora"] + options)
        #expect((d.json["settings"] as? [String: String])?["multiplicative"] == "exponents", "\(d.stdout)")
        let bad = try Binary.run(["rank", file.path, "--method", "multimoora", "--multiplicative", "factors"] + options)
        #expect(bad.status != 0 && bad.stderr.contains("exponents or values"), "\(bad.stderr)")
        let wrong = try Binary.run(["rank", file.path, "--method", "topsis", "--multiplicative", "values"] + options)
        #expect(wrong.status != 0 && wrong.stderr.contains("multimoora"), "\(wrong.stderr)")
    }

    @Test func analyzeRunsIt() throws {
        let r = try Binary.run(["analyze", "Tests/Fixtures/small-dataset", "--methods=multimoora,topsis", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("multimoora"))
    }
}

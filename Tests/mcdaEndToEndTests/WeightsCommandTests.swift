import Foundation
import Testing

@Suite struct WeightsCommandTests {
    /// Writes rows as a decision-matrix CSV with criteria C1…Cn and alternatives A1…Am.
    static func write(_ rows: [[Double]]) throws -> URL {
        let file = try Binary.temporaryDirectory().appendingPathComponent("matrix.csv")
        var text = "alternative," + (1...rows[0].count).map { "C\($0)" }.joined(separator: ",") + "\n"
        for (i, row) in rows.enumerated() { text += "A\(i + 1)," + row.map { "\($0)" }.joined(separator: ",") + "\n" }
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    static func close(_ got: Any?, _ want: [Double], _ tolerance: Double) -> Bool {
        guard let got = got as? [Double], got.count == want.count else { return false }
        return zip(got, want).allSatisfy { abs($0 - $1) <= tolerance }
    }

    /// Tuş & Adalı (2019), OPSEARCH 56(2):528–538; reference case critic_weights__tus_adali2019
    /// (pymcdm 1.4.0, types ignored; printed .157 .249 .168 .121 .154 .151).
    @Test func criticReproducesTusAdali2019() throws {
        let file = try Self.write([[5000, 3, 3, 4, 3, 2], [680, 5, 3, 2, 2, 1], [2000, 3, 2, 3, 4, 3],
                                  [600, 4, 3, 1, 2, 2], [800, 2, 4, 3, 3, 4]])
        let r = try Binary.run(["weights", file.path, "--method", "critic", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let json = r.json
        #expect(json["criteria"] as? [String] == ["C1", "C2", "C3", "C4", "C5", "C6"])
        #expect(Self.close(json["weights"], [0.157003432041533, 0.24948924316364143, 0.1676752491926968,
                                             0.1211002224302237, 0.1540992915859476, 0.1506325615859576], 1e-10))
        #expect(json["method"] as? String == "critic")
        #expect(json["convention"] as? String == "ignore-types")
        #expect((json["correlations"] as? [[Double]])?.count == 6)

        let oriented = try Binary.run(["weights", file.path, "--method", "critic", "--critic-orientation", "orient-by-types",
                                       "--directions=-,+,+,+,+,+", "--format", "json"])
        // scikit-criteria 0.10 / pyDecision 5.1.8 (expected_alternative_conventions.orient_by_types).
        #expect(Self.close(oriented.json["weights"], [0.18406640733144122, 0.21302897851094377, 0.1422141623205031,
                                                      0.15830064122283902, 0.1683822212826746, 0.13400758933159843], 1e-10))
        #expect(oriented.json["convention"] as? String == "orient-by-types")
    }

    /// Reference case entropy_weights__zero_entry_disagreement (0 · ln 0 = 0).
    @Test func entropyWithAZeroEntry() throws {
        let file = try Self.write([[0, 2, 3], [1, 5, 3], [4, 1, 3.5], [2, 2, 9]])
        let r = try Binary.run(["weights", file.path, "--method", "entropy", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(Self.close(r.json["weights"], [0.5922559745559186, 0.22789232023086028, 0.17985170521322116], 1e-10))
        #expect(r.json["convention"] as? String == "ignore-types")
        #expect((r.json["entropies"] as? [Double])?.count == 3)
    }

    @Test func tableOutputAndOtherMethods() throws {
        let file = try Self.write([[1, 10, 5], [2, 10, 3], [3, 40, 4]])
        let sd = try Binary.run(["weights", file.path, "--method", "standard-deviation"])
        #expect(sd.status == 0)
        #expect(sd.stdout.contains("C1") && sd.stdout.contains("standard-deviation"))
        let equal = try Binary.run(["weights", file.path, "--method", "equal", "--format", "json"])
        #expect(Self.close(equal.json["weights"], [1.0 / 3, 1.0 / 3, 1.0 / 3], 1e-15))
        let roc = try Binary.run(["weights", file.path, "--method", "rank-order", "--importance=1,2,2", "--format", "json"])
        // Barron & Barrett (1996) ROC for n = 3: 11/18, 5/18, 2/18; the tied pair shares 7/36 each.
        #expect(Self.close(roc.json["weights"], [11.0 / 18, 7.0 / 36, 7.0 / 36], 1e-15))
    }

    @Test func badInputFailsClearly() throws {
        let file = try Self.write([[1, -2], [2, 3]])
        let negative = try Binary.run(["weights", file.path, "--method", "entropy"])
        #expect(negative.status != 0 && negative.stdout.isEmpty)
        #expect(negative.stderr.contains("'A1'") && negative.stderr.contains("'C2'"))

        let text = try Binary.temporaryDirectory().appendingPathComponent("bad.csv")
        try "alternative,a,b\nx,1,oops\ny,2,3\n".write(to: text, atomically: true, encoding: .utf8)
        let nonNumeric = try Binary.run(["weights", text.path, "--method", "critic"])
        #expect(nonNumeric.status != 0)
        #expect(nonNumeric.stderr.contains("bad.csv:2") && nonNumeric.stderr.contains("oops"))

        let missing = try Binary.run(["weights", file.path, "--method", "rank-sum"])
        #expect(missing.status != 0 && missing.stderr.contains("--importance"))
        let directions = try Binary.run(["weights", file.path, "--method", "critic", "--directions=+"])
        #expect(directions.status != 0 && directions.stderr.contains("1 directions were given for 2 criteria"))
        let method = try Binary.run(["weights", file.path, "--method", "magic"])
        #expect(method.status != 0)
    }
}

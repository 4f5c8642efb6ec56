import Foundation
import Testing

@Suite struct CorrelateCommandTests {
    /// Sałabun & Urbaniak (2020), doi:10.1007/978-3-030-50417-5_47; reference case
    /// rank_correlation__salabun_urbaniak2020 (pymcdm 1.4.0): r_s 0.9, r_w 0.8833, WS 0.8542, tau-a 0.8.
    @Test func salabunUrbaniakExample() throws {
        let r = try Binary.run(["correlate", "--reference=1,2,3,4,5", "--ranking=1,3,2,4,5", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let json = r.json
        #expect(abs((json["spearman"] as? Double ?? 0) - 0.8999999999999998) < 1e-12)
        #expect(abs((json["weightedSpearman"] as? Double ?? 0) - 0.8833333333333333) < 1e-12)
        #expect(abs((json["ws"] as? Double ?? 0) - 0.8541666666666667) < 1e-12)
        #expect(abs((json["kendallTau"] as? Double ?? 0) - 0.8) < 1e-12)
        #expect(json["kendallVariant"] as? String == "tau-a")
    }

    /// Reference case rank_correlation__ties: tau-a 0.7333…, tau-b (scipy 1.17.1) 0.7857….
    @Test func kendallVariantWithTies() throws {
        let args = ["correlate", "--reference=1,2.5,2.5,4,5,6", "--ranking=1.5,1.5,3,4,6,5", "--format", "json"]
        let a = try Binary.run(args)
        #expect(abs((a.json["kendallTau"] as? Double ?? 0) - 0.7333333333333333) < 1e-12)
        #expect(abs((a.json["spearman"] as? Double ?? 0) - 0.8970588235294116) < 1e-12)
        #expect((a.json["notes"] as? [String])?.count == 1)
        let b = try Binary.run(args + ["--kendall", "tau-b"])
        #expect(abs((b.json["kendallTau"] as? Double ?? 0) - 0.7857142857142858) < 1e-12)
        #expect(b.json["kendallVariant"] as? String == "tau-b")
    }

    @Test func tableOutput() throws {
        let r = try Binary.run(["correlate", "--reference=1,2,3", "--ranking=3,2,1"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("Spearman") && r.stdout.contains("-1.0000"))
    }

    @Test func badInputFailsClearly() throws {
        let lengths = try Binary.run(["correlate", "--reference=1,2,3", "--ranking=1,2"])
        #expect(lengths.status != 0 && lengths.stdout.isEmpty)
        #expect(lengths.stderr.contains("2 ranks, but 3 were expected"))
        let text = try Binary.run(["correlate", "--reference=1,2,x", "--ranking=1,2,3"])
        #expect(text.status != 0 && text.stderr.contains("--reference") && text.stderr.contains("'x'"))
        let range = try Binary.run(["correlate", "--reference=1,2,3", "--ranking=1,2,9"])
        #expect(range.status != 0 && range.stderr.contains("between 1 and 3"))
        let missing = try Binary.run(["correlate", "--reference=1,2,3"])
        #expect(missing.status != 0)
    }
}

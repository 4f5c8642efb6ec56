import Foundation
import Testing

@Suite struct AHPCommandTests {
    @Test func drinksDatasetGivesPublishedPrioritiesAsJSON() throws {
        let r = try Binary.run(["ahp", "Datasets/examples/saaty2008-drinks.csv", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let json = r.json
        #expect(json["elements"] as? [String] == ["coffee", "wine", "tea", "beer", "soda", "milk", "water"])
        let p = try #require(json["priorities"] as? [Double])
        // Saaty (2008), doi:10.1504/IJSSCI.2008.017590, printed to 3 decimals.
        for (got, want) in zip(p, [0.177, 0.019, 0.042, 0.116, 0.190, 0.129, 0.327]) { #expect(abs(got - want) < 5e-4) }
        #expect(abs((json["consistencyRatio"] as? Double ?? 1) - 0.022) < 5e-4)
        #expect(json["randomIndexTable"] as? String == "saaty1980")
        #expect(json["priorityMethod"] as? String == "eigenvector")
    }

    @Test func tableOutputHasAVerdict() throws {
        let r = try Binary.run(["ahp", "Datasets/examples/saaty2008-drinks.csv"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("acceptably consistent"))
        #expect(r.stdout.contains("water"))
    }

    @Test func badMatrixFailsWithTheFileLineAndPair() throws {
        let dir = try Binary.temporaryDirectory()
        let file = dir.appendingPathComponent("bad.csv")
        try ",a,b\na,1,3\nb,3,1\n".write(to: file, atomically: true, encoding: .utf8)
        let r = try Binary.run(["ahp", file.path])
        #expect(r.status != 0)
        #expect(r.stderr.contains("bad.csv"))
        #expect(r.stderr.contains("(a, b)"))
        #expect(r.stdout.isEmpty)

        try ",a,b\na,1,x\nb,,1\n".write(to: file, atomically: true, encoding: .utf8)
        let r2 = try Binary.run(["ahp", file.path])
        #expect(r2.status != 0)
        #expect(r2.stderr.contains("bad.csv:2"))
    }

    @Test func missingFileIsAClearError() throws {
        let r = try Binary.run(["ahp", "/nonexistent/x.csv"])
        #expect(r.status != 0)
        #expect(r.stderr.contains("/nonexistent/x.csv"))
    }
}

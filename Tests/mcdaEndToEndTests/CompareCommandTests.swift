import Foundation
import Testing

@Suite struct CompareCommandTests {
    static let fighter = ["compare", "Datasets/examples/fighter-aircraft.csv", "--weights=0.2,0.1,0.1,0.1,0.2,0.3", "--directions=+,+,+,-,+,+"]

    @Test func everyMethodSideBySideWithCorrelationsAndCompromise() throws {
        let r = try Binary.run(Self.fighter + ["--methods=topsis,wsm,wpm,waspas,vikor,promethee-ii", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let json = r.json
        #expect(json["methods"] as? [String] == ["topsis", "wsm", "wpm", "waspas", "vikor", "promethee-ii"])
        let ranks = try #require(json["ranks"] as? [String: [Double]])
        // Hwang & Yoon (1981): TOPSIS ranks the four aircraft A1, A3, A4, A2.
        #expect(ranks["topsis"] == [1, 4, 2, 3])
        let rho = try #require(json["spearman"] as? [[Double]])
        for a in rho.indices {
            #expect(rho[a][a] == 1)
            for b in rho.indices { #expect(rho[a][b] == rho[b][a] && abs(rho[a][b]) <= 1) }
        }
        let borda = try #require((json["borda"] as? [String: Any])?["ranks"] as? [Double])
        #expect(Set(borda) == [1, 2, 3, 4])
    }

    @Test func markdownIsATableToPaste() throws {
        let r = try Binary.run(Self.fighter + ["--format", "markdown"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("| alternative | topsis | wsm | vikor | promethee-ii | Borda | Copeland | range |"))
    }

    @Test func aMethodThatCannotRunIsReportedNotFatal() throws {
        let dir = try Binary.temporaryDirectory()
        let file = dir.appendingPathComponent("zero.csv")
        try "alternative,a,b\nA1,0,2\nA2,1,3\nA3,2,1\n".write(to: file, atomically: true, encoding: .utf8)
        let r = try Binary.run(["compare", file.path, "--methods=topsis,wpm", "--directions=-,+", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let skipped = try #require(r.json["skipped"] as? [[String: Any]])
        #expect(skipped.first?["method"] as? String == "wpm")
        #expect((skipped.first?["reason"] as? String ?? "").contains("A1"))

        let bad = try Binary.run(["compare", file.path, "--methods=topsis,magic"])
        #expect(bad.status != 0 && bad.stderr.contains("magic"))
    }

    /// A format the command cannot write names the ones it can (html was refused with "use table
    /// or json", although markdown works).
    /// A format a command cannot write is a usage error naming those it can (sensitivity has no
    /// HTML; compare has every format).
    @Test func unsupportedFormatNamesTheSupportedOnes() throws {
        let r = try Binary.run(["sensitivity", Binary.packageRoot.appendingPathComponent("Datasets/examples/fighter-aircraft.csv").path, "--format", "html"])
        #expect(r.status != 0 && r.status < 128)
        #expect(r.stderr.contains("use table") && r.stderr.contains("json"), "\(r.stderr)")
        let html = try Binary.run(["compare", Binary.packageRoot.appendingPathComponent("Datasets/examples/fighter-aircraft.csv").path, "--format", "html"])
        #expect(html.status == 0 && html.stdout.hasPrefix("<!DOCTYPE html>"), "\(html.stderr)")
    }
}

import Foundation
import Testing

/// `mcda analyze` on the shipped datasets, run as a user runs it.
@Suite struct AnalyzeCommandTests {
    static let rafsanjan = "Datasets/rafsanjan-sister-cities"

    func copyDataset(_ path: String) throws -> URL {
        let target = try Binary.temporaryDirectory().appendingPathComponent("dataset")
        try FileManager.default.copyItem(at: Binary.packageRoot.appendingPathComponent(path), to: target)
        return target
    }

    @Test func rafsanjanJSONKeepsItsContract() throws {
        let r = try Binary.run(["analyze", Self.rafsanjan, "--format", "json", "--samples", "2000"])
        #expect(r.status == 0, "\(r.stderr)")
        let json = r.json
        let criteria = try #require(json["criteria"] as? [[String: Any]])
        #expect(Set(criteria.compactMap { $0["id"] as? String }) == ["population", "economy", "culture", "copper", "pistachio", "adobe"])
        let weights = criteria.compactMap { $0["weight"] as? Double }
        #expect(abs(weights.reduce(0, +) - 1) < 1e-12)
        let population = try #require(criteria.first { $0["id"] as? String == "population" })
        #expect(population["direction"] as? String == "target" && population["scale"] as? String == "log")
        let alternatives = try #require(json["alternatives"] as? [[String: Any]])
        let ids = alternatives.compactMap { $0["id"] as? String }
        #expect(ids.count == 14)
        let rankings = try #require(json["rankings"] as? [String: Any])
        let topsis = try #require(rankings["topsis"] as? [String: Any])
        let scores = try #require(topsis["scores"] as? [Double])
        // Cross-check with an independent numpy TOPSIS of the same data (vector normalisation, targets
        // as the cost |ln x − ln t|, the manifest's AHP weights), computed when the dataset was built.
        let numpy: [String: Double] = ["siirt": 0.555713, "gaziantep": 0.505885, "calama": 0.472639, "bronte": 0.462071,
                                       "rancagua": 0.459620, "cananea": 0.435803, "argamasilla-de-alba": 0.360440,
                                       "minas-de-riotinto": 0.342716, "almalyk": 0.336003, "timbuktu": 0.294033,
                                       "djenne": 0.288331, "bukhara": 0.287852, "khiva": 0.287198, "bobo-dioulasso": 0.225574]
        for (i, id) in ids.enumerated() { #expect(abs(scores[i] - (numpy[id] ?? -1)) < 1e-6, "\(id)") }
        let picks = try #require(json["robustPicks"] as? [String])
        #expect(Set(picks).isSubset(of: Set(ids)))
        let consistency = try #require(json["consistency"] as? [String: Any])
        #expect((consistency["consistencyRatio"] as? Double ?? 1) < 0.1)
        let sensitivity = try #require(json["sensitivity"] as? [String: Any])
        // population.yaml declares ±15 % value uncertainty: the scenarios sample it with the judgments.
        #expect((sensitivity["doubt"] as? String ?? "").contains("Population ±15%"))
        let acceptability = try #require(sensitivity["rankAcceptability"] as? [[Double]])
        for row in acceptability { #expect(abs(row.reduce(0, +) - 1) < 1e-9) }
    }

    @Test func sameSeedSameReportWhateverTheThreads() throws {
        let a = try Binary.run(["analyze", Self.rafsanjan, "--format", "json", "--samples", "3000", "--seed", "9", "--threads", "1"])
        let b = try Binary.run(["analyze", Self.rafsanjan, "--format", "json", "--samples", "3000", "--seed", "9", "--threads", "2"])
        let c = try Binary.run(["analyze", Self.rafsanjan, "--format", "json", "--samples", "3000", "--seed", "10", "--threads", "2"])
        #expect(a.status == 0 && a.stdout == b.stdout)
        #expect(a.stdout != c.stdout)
    }

    @Test func tableReportLeadsWithTheRecommendation() throws {
        let r = try Binary.run(["analyze", Self.rafsanjan, "--samples", "2000"])
        #expect(r.status == 0, "\(r.stderr)")
        let recommendation = try #require(r.stdout.range(of: "RECOMMENDATION"))
        let ranking = try #require(r.stdout.range(of: "RANKING"))
        #expect(recommendation.lowerBound < ranking.lowerBound)
        #expect(r.stdout.contains("acceptably consistent"))
        #expect(r.stdout.contains("Assumption: These judgments are the ANALYST'S"))
    }

    @Test func markdownAndHTMLGoToFiles() throws {
        let dir = try Binary.temporaryDirectory()
        for (format, marker) in [("markdown", "## Recommendation"), ("html", "<h2>Recommendation</h2>")] {
            let file = dir.appendingPathComponent("report.\(format)")
            let r = try Binary.run(["analyze", Self.rafsanjan, "--samples", "1000", "--format", format, "-o", file.path])
            #expect(r.status == 0 && r.stdout.isEmpty, "\(r.stderr)")
            #expect(try String(contentsOf: file, encoding: .utf8).contains(marker))
        }
    }

    /// Plugging in a criterion: copy a criterion file, change its id and values, run again.
    @Test func aCopiedCriterionFileJoinsTheAnalysis() throws {
        let dir = try copyDataset(Self.rafsanjan)
        let criteria = dir.appendingPathComponent("criteria")
        // Distance from Rafsanjan (km) as a cost criterion, values from alternatives.csv.
        let table = try String(contentsOf: dir.appendingPathComponent("alternatives.csv"), encoding: .utf8)
        let lines = table.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let header = lines[0]
        let idColumn = try #require(header.firstIndex(of: "id")), distanceColumn = try #require(header.firstIndex(of: "distance_km"))
        var yaml = "id: distance\nname: Distance from Rafsanjan\ndirection: cost\nunit: km\nvalues:\n"
        for row in lines.dropFirst() { yaml += "  \(row[idColumn]): \(row[distanceColumn])\n" }
        try yaml.write(to: criteria.appendingPathComponent("distance.yaml"), atomically: true, encoding: .utf8)

        let equal = try Binary.run(["analyze", dir.path, "--weights", "equal", "--format", "json", "--samples", "500"])
        #expect(equal.status == 0, "\(equal.stderr)")
        let added = (equal.json["criteria"] as? [[String: Any]] ?? []).first { $0["id"] as? String == "distance" }
        #expect(added?["direction"] as? String == "cost")
        #expect(abs((added?["weight"] as? Double ?? 0) - 1.0 / 7) < 1e-12)

        // With AHP weights and no judgment that involves it: a clear error with the lines to add.
        let ahp = try Binary.run(["analyze", dir.path, "--samples", "500"])
        #expect(ahp.status != 0)
        #expect(ahp.stderr.contains("criterion 'distance'") && ahp.stderr.contains("- [distance, "))
        #expect(ahp.stdout.isEmpty)

        // One judgment links it; the missing ones are completed (Harker) and the report says so.
        let manifest = dir.appendingPathComponent("manifest.yaml")
        let text = try String(contentsOf: manifest, encoding: .utf8)
        try text.replacingOccurrences(of: "  judgments:\n", with: "  judgments:\n    - [copper, distance, \"5\"]\n")
            .write(to: manifest, atomically: true, encoding: .utf8)
        let linked = try Binary.run(["analyze", dir.path, "--format", "json", "--samples", "500"])
        #expect(linked.status == 0, "\(linked.stderr)")
        let notes = ((linked.json["weights"] as? [String: Any])?["notes"] as? [String]) ?? []
        #expect(notes.contains { $0.contains("completed") && $0.contains("harker") })
    }

    @Test func badDatasetsFailCleanly() throws {
        let missing = try Binary.run(["analyze", "/nonexistent/dataset"])
        #expect(missing.status != 0 && missing.stderr.contains("/nonexistent/dataset"))

        let dir = try copyDataset(Self.rafsanjan)
        try "id: copper\nname: [oops\n".write(to: dir.appendingPathComponent("criteria/copper.yaml"), atomically: true, encoding: .utf8)
        let broken = try Binary.run(["analyze", dir.path])
        #expect(broken.status != 0)
        #expect(broken.stderr.contains("copper.yaml:") && broken.stderr.contains("YAML syntax error"))
        #expect(broken.stdout.isEmpty)

        let out = try Binary.temporaryDirectory().appendingPathComponent("never.json")
        let r = try Binary.run(["analyze", dir.path, "--format", "json", "-o", out.path])
        #expect(r.status != 0 && !FileManager.default.fileExists(atPath: out.path))
    }

    @Test func literatureDatasetsRunEndToEnd() throws {
        for name in ["fighter-aircraft", "vikor-opricovic-tzeng-2007", "promethee-papathanasiou-ploskas-2018"] {
            let r = try Binary.run(["analyze", "Datasets/literature/\(name)", "--format", "json", "--samples", "500"])
            #expect(r.status == 0, "\(name): \(r.stderr)")
            #expect(r.json["robustPicks"] is [String])
        }
        // Hwang & Yoon (1981): A1 is the TOPSIS winner with closeness 0.643.
        let fighter = try Binary.run(["analyze", "Datasets/literature/fighter-aircraft", "--format", "json", "--samples", "500"])
        let topsis = (fighter.json["rankings"] as? [String: Any])?["topsis"] as? [String: Any]
        #expect(abs(((topsis?["scores"] as? [Double]) ?? [0])[0] - 0.643) < 5e-4)
    }

    /// Found by fuzzing: an unknown method in the manifest was a usage error without the file, and
    /// PROMETHEE thresholds the command line rejects (q > p) were accepted in a criterion file and
    /// the method then silently left out. Both are now errors naming the file.
    @Test func manifestAndCriterionFileMistakesNameTheFile() throws {
        let folder = try copyDataset(Self.rafsanjan)
        let manifest = folder.appendingPathComponent("manifest.yaml")
        let original = try String(contentsOf: manifest, encoding: .utf8)
        try original.replacingOccurrences(of: "methods: [topsis, wsm, vikor, promethee-ii]", with: "methods: [topsis, foo]")
            .write(to: manifest, atomically: true, encoding: .utf8)
        let unknown = try Binary.run(["analyze", folder.path, "--samples", "500"])
        #expect(unknown.status != 0 && unknown.status < 128)
        #expect(unknown.stderr.contains("manifest.yaml") && unknown.stderr.contains("unknown method 'foo'"), "\(unknown.stderr)")

        try original.write(to: manifest, atomically: true, encoding: .utf8)
        let copper = folder.appendingPathComponent("criteria/copper.yaml")
        try (try String(contentsOf: copper, encoding: .utf8) + "preference: linear\nq: 3\np: 2\n").write(to: copper, atomically: true, encoding: .utf8)
        let thresholds = try Binary.run(["analyze", folder.path, "--samples", "500"])
        #expect(thresholds.status != 0 && thresholds.status < 128)
        #expect(thresholds.stderr.contains("copper.yaml") && thresholds.stderr.contains("p of criterion 'copper'"), "\(thresholds.stderr)")
    }

    /// A dataset of 2 alternatives × 40 criteria with equal weights: the default ±50 % spread would
    /// run hit-and-run for about 17 minutes, so analyze fails at once with the numbers; a thinning
    /// (option or manifest `smaa.thinning`) runs. A subnormal beta shape in a criterion file is
    /// an error naming the file and the value.
    @Test func manyCriteriaFailFastAndTinyShapesAreNamed() throws {
        let dir = try Binary.temporaryDirectory().appendingPathComponent("forty")
        let criteria = dir.appendingPathComponent("criteria")
        try FileManager.default.createDirectory(at: criteria, withIntermediateDirectories: true)
        let manifest = dir.appendingPathComponent("manifest.yaml")
        func writeManifest(_ smaa: String) throws {
            try ("format: mcda-dataset/1\ntitle: Forty criteria\ngoal: A test.\nalternatives: alternatives.csv\n"
                 + "weights:\n  method: equal\n  assumption: Equal weights for a test.\n"
                 + "analysis:\n  methods: [topsis]\n  smaa: \(smaa)\n").write(to: manifest, atomically: true, encoding: .utf8)
        }
        try writeManifest("{ seed: 1 }")
        try "id,name\na,A\nb,B\n".write(to: dir.appendingPathComponent("alternatives.csv"), atomically: true, encoding: .utf8)
        for j in 1...40 {
            try "id: c\(j)\nname: C\(j)\ndirection: benefit\nvalues:\n  a: \(j % 7 + 1)\n  b: \(j % 5 + 1)\n"
                .write(to: criteria.appendingPathComponent("c\(j).yaml"), atomically: true, encoding: .utf8)
        }
        let slow = try Binary.run(["analyze", dir.path])
        #expect(slow.status != 0 && slow.stdout.isEmpty)
        #expect(slow.stderr.contains("hit-and-run would need 552,530,600 steps") && slow.stderr.contains("explicit thinning"), "\(slow.stderr)")

        let option = try Binary.run(["analyze", dir.path, "--samples", "300", "--thinning", "20", "--format", "json"])
        #expect(option.status == 0, "\(option.stderr)")
        try writeManifest("{ samples: 300, thinning: 20 }")
        let manifestThinning = try Binary.run(["analyze", dir.path, "--format", "json"])
        #expect(manifestThinning.status == 0, "\(manifestThinning.stderr)")
        for run in [option, manifestThinning] { #expect(run.stdout.contains("(hit-and-run on the simplex, 20 steps per sample)")) }

        try "id: c1\nname: C1\ndirection: benefit\nvalues:\n  a: { distribution: \"beta(5e-324, 5e-324)\" }\n  b: 2\n"
            .write(to: criteria.appendingPathComponent("c1.yaml"), atomically: true, encoding: .utf8)
        let tiny = try Binary.run(["analyze", dir.path])
        #expect(tiny.status != 0 && tiny.stdout.isEmpty)
        #expect(tiny.stderr.contains("c1.yaml:") && tiny.stderr.contains("needs α and β of at least 1e-300"), "\(tiny.stderr)")
    }

    /// The JSON carries the report's data notes (it had none, while the table said which
    /// alternatives were left out; found by fuzzing).
    @Test func jsonCarriesTheDataNotes() throws {
        let folder = try copyDataset(Self.rafsanjan)
        let file = folder.appendingPathComponent("criteria/adobe.yaml")
        let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasPrefix("  khiva:") ? "  khiva: \"?\"" : String($0) }
        try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        let r = try Binary.run(["analyze", folder.path, "--missing", "drop-alternative", "--samples", "500", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let notes = try #require(r.json["notes"] as? [String])
        #expect(notes.contains { $0.contains("Khiva") && $0.contains("left out") }, "\(notes)")
    }

    /// --thinning under a doubt model that draws weights exactly (AHP judgments here) was ignored
    /// in silence (found by fuzzing); it is an error.
    @Test func thinningWithoutHitAndRunIsAnError() throws {
        let r = try Binary.run(["analyze", Self.rafsanjan, "--thinning", "5", "--samples", "300"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("thinning = 5 is invalid") && r.stderr.contains("spread doubt"), "\(r.stderr)")
    }

    /// Pearson's correlation of two rank vectors (Spearman's ρ with average ranks for ties).
    static func spearman(_ a: [Double], _ b: [Double]) -> Double {
        let n = Double(a.count), ma = a.reduce(0, +) / n, mb = b.reduce(0, +) / n
        let cov = zip(a, b).reduce(0) { $0 + ($1.0 - ma) * ($1.1 - mb) }
        let va = a.reduce(0) { $0 + ($1 - ma) * ($1 - ma) }, vb = b.reduce(0) { $0 + ($1 - mb) * ($1 - mb) }
        return cov / (va * vb).squareRoot()
    }

    /// The agreement sentence reads the primary method's row of the correlations: with --primary
    /// vikor, the least Spearman ρ between VIKOR and another method (0.64 for Rafsanjan), not TOPSIS
    /// against PROMETHEE II's 0.54, which the report printed before.
    @Test func theAgreementSentenceIsAboutThePrimaryMethod() throws {
        let json = try Binary.run(["analyze", Self.rafsanjan, "--primary", "vikor", "--samples", "500", "--format", "json"]).json
        let rankings = try #require(json["rankings"] as? [String: [String: Any]])
        let ranks = rankings.compactMapValues { $0["ranks"] as? [Double] }
        let vikor = try #require(ranks["vikor"])
        let least = ranks.filter { $0.key != "vikor" }.values.map { Self.spearman(vikor, $0) }.min() ?? 1
        #expect(abs(least - 0.64) < 0.005)
        let text = try Binary.run(["analyze", Self.rafsanjan, "--primary", "vikor", "--samples", "500"])
        #expect(text.stdout.contains("The methods agree with vikor with Spearman rank correlation of at least 0.64."), "\(text.stdout)")
    }

    /// Prose in the JSON names alternatives by their display names (headline and summary alike);
    /// id fields carry ids.
    @Test func summariesAndHeadlineUseDisplayNames() throws {
        let json = try Binary.run(["analyze", Self.rafsanjan, "--samples", "500", "--format", "json"]).json
        let verdicts = try #require(json["verdicts"] as? [[String: Any]])
        let names = Dictionary(uniqueKeysWithValues: try #require(json["alternatives"] as? [[String: String]]).map { ($0["id"]!, $0["name"]!) })
        for v in verdicts {
            let id = try #require(v["id"] as? String), summary = try #require(v["summary"] as? String)
            #expect(summary.hasPrefix(try #require(names[id]) + ": "), "\(summary)")
        }
        #expect((json["headline"] as? String)?.contains("Siirt") == true)
    }
}

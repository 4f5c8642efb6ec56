import Foundation
import Testing

/// `mcda ahp FILE.yaml` (hierarchies) and `mcda ahp A.csv B.csv --group`, end to end.
@Suite struct AHPHierarchyCommandTests {
    let cities = "Datasets/literature/saaty-best-city/hierarchy.yaml"

    /// Saaty (2005), *Theory and Applications of the Analytic Network Process*, RWS Publications:
    /// Bethesda .2291, Boston .2748, Pittsburgh .3852, Santa Fe .1110 (printed; tolerance 5e-5);
    /// goal node λmax 5.2252, CR 0.0503 (reference case ahp_hierarchy__saaty2005_cities).
    @Test func hierarchyJSONHasGlobalPrioritiesAndEveryNode() throws {
        let r = try Binary.run(["ahp", cities, "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let json = r.json
        #expect(json["alternatives"] as? [String] == ["Bethesda", "Boston", "Pittsburgh", "Santa Fe"])
        let p = try #require(json["priorities"] as? [Double])
        for (got, want) in zip(p, [0.2291, 0.2748, 0.3852, 0.1110]) { #expect(abs(got - want) < 5e-5) }
        #expect(json["criteria"] as? [String] == ["Culture", "Family", "Housing", "Jobs", "Transportation"])
        let w = try #require(json["criterionWeights"] as? [Double])
        for (got, want) in zip(w, [0.1522, 0.4335, 0.0716, 0.3050, 0.0378]) { #expect(abs(got - want) < 5e-5) }
        #expect(json["synthesis"] as? String == "distributive")
        let nodes = try #require(json["nodes"] as? [[String: Any]])
        #expect(nodes.count == 6)
        let goal = nodes[0]
        #expect(goal["name"] as? String == "Goal" && goal["path"] as? [String] == ["Goal"] && goal["globalWeight"] as? Double == 1)
        #expect(abs((goal["lambdaMax"] as? Double ?? 0) - 5.2252) < 5e-5)
        #expect(abs((goal["consistencyRatio"] as? Double ?? 1) - 0.0503) < 5e-5)
        #expect(goal["randomIndexTable"] as? String == "saaty1980")
        #expect(nodes[2]["path"] as? [String] == ["Goal", "Family"] && nodes[2]["elements"] as? [String] == ["Bethesda", "Boston", "Pittsburgh", "Santa Fe"])
        #expect(json["inconsistentNodes"] as? [String] == [])
    }

    /// Ideal synthesis (Belton & Gear 1983, doi:10.1016/0305-0483(83)90047-6): each leaf's priorities
    /// divided by their maximum, weighted by the leaf's global weight, summed, normalised.
    @Test func idealSynthesisRescalesEachLeafByItsBest() throws {
        let json = try Binary.run(["ahp", cities, "--synthesis", "ideal", "--format", "json"]).json
        #expect(json["synthesis"] as? String == "ideal")
        let p = try #require(json["priorities"] as? [Double])
        let nodes = try #require(json["nodes"] as? [[String: Any]]).dropFirst()
        var expected = [Double](repeating: 0, count: 4)
        for node in nodes {
            let local = try #require(node["priorities"] as? [Double]), weight = try #require(node["globalWeight"] as? Double)
            let top = local.max() ?? 1
            for k in 0..<4 { expected[k] += weight * local[k] / top }
        }
        let total = expected.reduce(0, +)
        for (got, want) in zip(p, expected.map { $0 / total }) { #expect(abs(got - want) < 1e-12) }
    }

    @Test func inconsistentNodesAreFlaggedAndErrorsNameTheLine() throws {
        let dir = try Binary.temporaryDirectory()
        let file = dir.appendingPathComponent("h.yaml")
        try """
            hierarchy:
              elements: [a, b, c]
              matrix: [["1", "9", "1/9"], ["1/9", "1", "9"], ["9", "1/9", "1"]]
              children: {a: null, b: null, c: null}
            """.write(to: file, atomically: true, encoding: .utf8)
        let r = try Binary.run(["ahp", file.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("inconsistent") && r.stdout.contains("revise"))
        #expect(try Binary.run(["ahp", file.path, "--format", "json"]).json["inconsistentNodes"] as? [String] == ["Goal"])

        try "hierarchy:\n  elements: [a, b]\n  matrix: [[\"1\", \"2\"], [\"1/2\", \"1\"]]\n  childern: {a: null, b: null}\n"
            .write(to: file, atomically: true, encoding: .utf8)
        let bad = try Binary.run(["ahp", file.path])
        #expect(bad.status != 0 && bad.stdout.isEmpty)
        #expect(bad.stderr.contains("h.yaml:4:3:") && bad.stderr.contains("did you mean 'children'"))
    }

    /// Ann is consistent with w = (4, 2, 1), Bob judges everything equal, Carol agrees with Ann. AIJ
    /// with equal weights: aᵢⱼ = (wᵢ/wⱼ)^⅔, consistent, so priorities ∝ w^⅔; AIP with weights 1, 2, 1:
    /// the geometric mean of (w, uniform, w) with exponents ¼, ½, ¼ is ∝ w^½
    /// (Forman & Peniwati 1998, doi:10.1016/S0377-2217(97)00244-0).
    @Test func groupOfDecisionMakersEndToEnd() throws {
        let dir = try Binary.temporaryDirectory()
        let ann = dir.appendingPathComponent("ann.csv"), bob = dir.appendingPathComponent("bob.csv"), carol = dir.appendingPathComponent("carol.csv")
        try ",a,b,c\na,1,2,4\nb,,1,2\nc,,,1\n".write(to: ann, atomically: true, encoding: .utf8)
        try ",c,a,b\nc,1,1,1\na,1,1,1\nb,1,1,1\n".write(to: bob, atomically: true, encoding: .utf8)
        try ",a,b,c\na,1,2,4\nb,1/2,1,2\nc,1/4,1/2,1\n".write(to: carol, atomically: true, encoding: .utf8)
        func normalised(_ x: [Double]) -> [Double] { let t = x.reduce(0, +); return x.map { $0 / t } }

        let r = try Binary.run(["ahp", ann.path, bob.path, carol.path, "--group", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let json = r.json
        #expect(json["elements"] as? [String] == ["a", "b", "c"] && json["aggregation"] as? String == "aij")
        let p = try #require(json["priorities"] as? [Double])
        for (got, want) in zip(p, normalised([4, 2, 1].map { pow($0, 2.0 / 3) })) { #expect(abs(got - want) < 1e-12) }
        let people = try #require(json["decisionMakers"] as? [[String: Any]])
        #expect(people.map { $0["name"] as? String } == ["ann", "bob", "carol"])
        #expect(people.allSatisfy { abs(($0["weight"] as? Double ?? 0) - 1.0 / 3) < 1e-15 && $0["consistencyRatio"] != nil })
        let aggregate = try #require(json["aggregate"] as? [String: Any])
        #expect(abs((aggregate["consistencyRatio"] as? Double ?? 1)) < 1e-12)

        let aip = try Binary.run(["ahp", ann.path, bob.path, carol.path, "--group", "--aggregation", "aip", "--dm-weights=1,2,1", "--format", "json"]).json
        let q = try #require(aip["priorities"] as? [Double])
        for (got, want) in zip(q, normalised([2, 2.0.squareRoot(), 1])) { #expect(abs(got - want) < 1e-12) }
        #expect(aip["aggregate"] is NSNull && aip["mean"] as? String == "geometric")

        let table = try Binary.run(["ahp", ann.path, bob.path, carol.path, "--group"])
        #expect(table.status == 0 && table.stdout.contains("carol") && table.stdout.contains("Aggregated judgments"))
    }

    @Test func argumentsAreChecked() throws {
        let drinks = "Datasets/examples/saaty2008-drinks.csv"
        for args in [["ahp", drinks, drinks], ["ahp", drinks, "--synthesis", "ideal"], ["ahp", drinks, "--aggregation", "aip"],
                     ["ahp", drinks, cities, "--group"], ["ahp", drinks, drinks, "--group", "--dm-weights=1,2,3"]] {
            let r = try Binary.run(args)
            #expect(r.status != 0 && r.stdout.isEmpty, "\(args)")
        }
        let named = try Binary.run(["ahp", drinks, drinks, "--group"])
        #expect(named.status != 0 && named.stderr.contains("saaty2008-drinks"))
    }
}

import Foundation
import MCDACore
import MCDAReport
import Testing
import _TestSupport
@testable import MCDAInput

@Suite struct DatasetWeightingTests {
    /// The flagship's weights as a hierarchy: identity vs comparability 3 (local .75/.25); copper :
    /// pistachio : adobe = 2 : 2 : 1; population, economy, culture equal (the missing pair completed by
    /// Harker's method, exact for consistent judgments). Every matrix is consistent, so the global
    /// weights are exact products: copper = pistachio = .75 · .4 = .3, adobe = .15, the others .25/3.
    @Test func hierarchyWeightsAreProductsOfLocalWeights() throws {
        let (dir, _) = try datasetWithWeights(groupedWeights)
        let dataset = try Dataset.load(folder: dir.path)
        let weighting = try dataset.weighting()
        guard case .ahpHierarchy = weighting else { Issue.record("expected a hierarchy weighting"); return }
        let matrix = try dataset.decisionMatrix().matrix
        #expect(matrix.criteria.map(\.id) == ["adobe", "copper", "culture", "economy", "pistachio", "population"])
        let derived = try weighting.derive(for: matrix)
        #expect(derived.method == "ahp-hierarchy" && derived.ahp == nil)
        #expect(allClose(derived.weights, [0.15, 0.3, 0.25 / 3, 0.25 / 3, 0.3, 0.25 / 3], tolerance: 1e-12))
        let hierarchy = try #require(derived.hierarchy)
        #expect(hierarchy.nodes.map(\.name) == ["goal", "identity", "comparability"])
        #expect(derived.notes.map(WeightingNoteWords.describe).contains { $0.hasPrefix("group 'identity' (goal › identity, global weight 0.7500): λmax = 3.0000, CR = 0.0000") })
        #expect(derived.notes.map(WeightingNoteWords.describe).contains { $0.contains("group 'comparability': missing judgment (population, culture) completed") })

        // Nesting: comparability = {size: population, economy} twice as important as {heritage: culture}
        // gives the same numbers (.25 · 2/3 / 2 = .25/3 and .25 · 1/3).
        let nested = groupedWeights.replacingOccurrences(of: """
                    criteria: [population, economy, culture]
                    judgments: [[population, economy, "1"], [economy, culture, "1"]]
            """, with: """
                    groups:
                      size: {criteria: [population, economy], judgments: [[population, economy, "1"]]}
                      heritage: {criteria: [culture]}
                    judgments: [[size, heritage, "2"]]
            """)
        #expect(nested != groupedWeights)
        let (dir2, _) = try datasetWithWeights(nested)
        let d2 = try Dataset.load(folder: dir2.path)
        let w2 = try d2.weighting().derive(for: matrix)
        #expect(allClose(w2.weights, derived.weights, tolerance: 1e-12))
        #expect(w2.hierarchy?.nodes.map(\.path.count) == [1, 2, 2, 3, 3])

        // Ordering-only weights can use the hierarchy's priorities.
        // (Copper and pistachio, equal in exact arithmetic, may differ in the last bit.)
        let ranks = try dataset.importanceRanks()
        #expect(ranks[0] == 3 && Set([ranks[1], ranks[4]]).isSubset(of: [1, 1.5, 2]) && [ranks[2], ranks[3], ranks[5]].allSatisfy { $0 >= 4 })

        // Doubt falls back to the ±50 % spread: there is no single matrix of judgments to perturb.
        var options = DecisionAnalysisOptions()
        options.samples = 300
        options.threads = 1
        let analysis = try DecisionAnalysis(matrix: matrix, weighting: weighting, options: options)
        #expect(analysis.doubt.weights == .spread(relative: 0.5, thinning: nil) && analysis.weightDistribution == nil)
        options.doubt = .judgments(WeightDoubt.defaultJudgmentNoise)
        #expect(throws: MCDAError.self) { try DecisionAnalysis(matrix: matrix, weighting: weighting, options: options) }
    }

    /// Two decision makers, every pair judged by both: the analyst is consistent with w ∝ (copper 4,
    /// pistachio 4, adobe 2, population 1, economy 1, culture 1), the council judges all equal. With
    /// weights 3 : 1, AIJ gives aᵢⱼ = (wᵢ/wⱼ)^¾ (Aczél & Saaty 1983, doi:10.1016/0022-2496(83)90028-7),
    /// a consistent matrix with priorities ∝ w^¾; AIP's geometric mean of (w, uniform) is ∝ w^¾ too
    /// (Forman & Peniwati 1998, doi:10.1016/S0377-2217(97)00244-0).
    @Test func decisionMakersAreAggregated() throws {
        let w: [String: Double] = ["copper": 4, "pistachio": 4, "adobe": 2, "population": 1, "economy": 1, "culture": 1]
        let ids = ["copper", "pistachio", "adobe", "population", "economy", "culture"]
        var analyst: [String] = [], council: [String] = []
        for i in ids.indices { for j in (i + 1)..<ids.count {
            analyst.append("[\(ids[i]), \(ids[j]), \"\(Int(w[ids[i]]!))/\(Int(w[ids[j]]!))\"]")
            council.append("[\(ids[i]), \(ids[j]), \"1\"]")
        } }
        let block = """
              method: ahp
              decisionMakers:
                - {name: analyst, weight: 3, judgments: [\(analyst.joined(separator: ", "))]}
                - {name: council, weight: 1, judgments: [\(council.joined(separator: ", "))]}
              aggregation: AGGREGATION

            """
        let order = ["adobe", "copper", "culture", "economy", "pistachio", "population"]
        let powered = order.map { Double.pow(w[$0]!, 0.75) }
        let total = powered.reduce(0, +)
        let expected = powered.map { $0 / total }
        for aggregation in ["aij", "aip"] {
            let (dir, _) = try datasetWithWeights(block.replacingOccurrences(of: "AGGREGATION", with: aggregation))
            let dataset = try Dataset.load(folder: dir.path)
            let weighting = try dataset.weighting()
            guard case .ahpGroup = weighting else { Issue.record("expected a group weighting"); return }
            let derived = try weighting.derive(for: try dataset.decisionMatrix().matrix)
            #expect(derived.method == "ahp-group")
            #expect(allClose(derived.weights, expected, tolerance: 1e-9), "\(aggregation)")
            let group = try #require(derived.group)
            #expect(group.weights == [0.75, 0.25] && group.aggregation.rawValue == aggregation)
            #expect(derived.notes.map(WeightingNoteWords.describe).contains { $0.hasPrefix("decision maker 'analyst' (weight 0.7500): λmax = 6.0000, CR = 0.0000") })
            #expect(derived.notes.map(WeightingNoteWords.describe).contains { $0.hasPrefix("aggregated judgments:") } == (aggregation == "aij"))
        }
    }

    @Test func aipNeedsEveryDecisionMakersJudgmentsToConnectTheCriteria() throws {
        let block = """
              method: ahp
              decisionMakers:
                - {name: Ann, judgments: [[copper, pistachio, "1"], [pistachio, adobe, "2"], [adobe, population, "2"], [population, economy, "1"], [economy, culture, "1"]]}
                - {name: Bob, judgments: [[copper, pistachio, "2"], [adobe, population, "3"]]}
              aggregation: aip

            """
        let (dir, manifest) = try datasetWithWeights(block)
        let dataset = try Dataset.load(folder: dir.path)
        let bobLine = (manifest.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("name: Bob") } ?? -1) + 1
        #expect { try dataset.weighting() } throws: { error in
            "\(error)".contains("manifest.yaml:\(bobLine):") && "\(error)".contains("decision maker 'Bob'") && "\(error)".contains("aij pools")
        }
        // Under AIJ Bob's judgments only need to join Ann's.
        let (dir2, _) = try datasetWithWeights(block.replacingOccurrences(of: "aggregation: aip", with: "aggregation: aij"))
        let pooled = try Dataset.load(folder: dir2.path)
        let derived = try pooled.weighting().derive(for: try pooled.decisionMatrix().matrix)
        #expect(derived.group?.individual[1] == nil)
        #expect(derived.notes.map(WeightingNoteWords.describe).contains { $0.contains("'Bob'") && $0.contains("do not connect every criterion") })
    }
}

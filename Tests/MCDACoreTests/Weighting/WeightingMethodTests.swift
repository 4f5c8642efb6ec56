import MCDACore
import Testing
import _TestSupport

@Suite struct WeightingMethodTests {
    /// Each method dispatches to its type with the options given, and says which convention it used.
    @Test func dispatchAndConventions() throws {
        let x = try WeightingFixtures.matrix(WeightingFixtures.fighter, costs: [3])
        #expect(try WeightingMethod.equal.weights(for: x).weights == [Double](repeating: 1.0 / 6, count: 6))
        #expect(try WeightingMethod.equal.weights(for: x).convention == "1/n")
        let entropy = try WeightingMethod.entropy.weights(for: x, options: .init(entropyCosts: .reciprocal))
        #expect(entropy.convention == "cost-as-reciprocal" && entropy.method == .entropy)
        #expect(try entropy.weights == EntropyWeights(costHandling: .reciprocal).evaluate(x).weights)
        let critic = try WeightingMethod.critic.weights(for: x)
        #expect(try critic.weights == CRITICWeights().evaluate(x).weights)
        #expect(critic.convention == "ignore-types")
        let sd = try WeightingMethod.standardDeviation.weights(for: x, options: .init(standardDeviationScale: .raw))
        #expect(sd.convention == "raw" && sd.criteria == x.criteria.map(\.id))
        let roc = try WeightingMethod.rankOrder.weights(for: x, options: .init(importance: [1, 2, 3, 4, 5, 6]))
        #expect(roc.weights == RankOrderWeights().positionWeights(count: 6))
        #expect(try WeightingMethod.rankSum.weights(for: x, options: .init(importance: [6, 5, 4, 3, 2, 1])).weights.first == 1.0 / 21)
    }

    @Test func rankMethodsNeedImportanceRanks() throws {
        let x = try WeightingFixtures.matrix(WeightingFixtures.fighter)
        #expect(WeightingMethod.rankOrder.needsImportance && !WeightingMethod.critic.needsImportance)
        #expect(throws: MCDAError.self) { try WeightingMethod.rankOrder.weights(for: x) }
    }

    @Test func rawValuesAreTheCommandLineNames() {
        #expect(WeightingMethod.allCases.map(\.rawValue) ==
                ["equal", "entropy", "critic", "standard-deviation", "merec", "gini", "variance", "cilos", "idocriw",
                 "angle", "lopcow", "rank-order", "rank-sum"])
    }

    /// Every data-driven method gives non-negative weights summing to 1 on seeded random problems.
    @Test(arguments: [WeightingMethod.equal, .entropy, .critic, .standardDeviation])
    func weightsSumToOne(method: WeightingMethod) throws {
        for seed in UInt64(1)...5 {
            let x = try WeightingFixtures.random(rows: Int(seed) * 7, columns: Int(seed) + 2, seed: seed)
            let w = try method.weights(for: x).weights
            #expect(w.count == x.columnCount && w.allSatisfy { $0 >= 0 && $0.isFinite })
            #expect(abs(w.reduce(0, +) - 1) < 1e-12)
        }
    }
}

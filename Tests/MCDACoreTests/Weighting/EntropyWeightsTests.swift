import MCDACore
import Testing
import _TestSupport

@Suite struct EntropyWeightsTests {
    /// Elsayed, Dawood & Karthikeyan (2017), Int. J. Eng. Trends Technol. 46(2):60–66, 12 × 5;
    /// reference case entropy_weights__elsayed2017 (pymcdm, pyrepo-mcda, scikit-criteria agree).
    @Test func elsayed2017MatchesPeersAndPublishedWeights() throws {
        let x = try WeightingFixtures.matrix([
            [7, 312, 1891, 6613, 163], [72, 88, 728, 941804, 1078], [10, 252, 2594, 3466, 117471],
            [10, 145, 980, 2371, 86329], [65, 54, 350, 501, 29897], [29, 48, 380, 912, 34051],
            [7, 476, 3300, 78470, 2212], [70, 87, 650, 733, 819000], [4, 86, 591, 3015, 103],
            [12, 79, 579, 3240, 96098], [21, 45, 261, 1253, 453], [1, 72, 530, 4333, 0.1048]])
        let r = try EntropyWeights().evaluate(x)
        #expect(allClose(r.weights, [0.10499069028987601, 0.06912398487975387, 0.07137315411913393,
                                     0.44993707284278905, 0.30457509786844716], tolerance: 1e-10))
        // As printed in the paper (6 decimals).
        #expect(allClose(r.weights, [0.104991, 0.069124, 0.071373, 0.449937, 0.304575], tolerance: 5e-7))
        #expect(r.costHandling == .ignoreTypes && r.convention == "ignore-types")
        #expect(r.diagnostics.isEmpty)
        #expect(allClose(r.divergences.map { $0 / r.divergences.reduce(0, +) }, r.weights, tolerance: 1e-15))
        #expect(r.entropies.allSatisfy { $0 > 0 && $0 < 1 })
    }

    /// Reference case entropy_weights__fighter (Hwang & Yoon 1981 data): types ignored by default;
    /// cost-as-reciprocal is the case's expected_alternative_conventions (pyDecision 5.1.8's
    /// convention, given without its 1e-9 epsilons).
    @Test func fighterUnderBothConventions() throws {
        let x = try WeightingFixtures.matrix(WeightingFixtures.fighter, costs: [3])
        let ignored = try EntropyWeights().evaluate(x)
        #expect(allClose(ignored.weights, [0.06418973460150319, 0.20608816423562512, 0.013444590874364962,
                                           0.08132562861545672, 0.35868002434481006, 0.27627185732823994], tolerance: 1e-10))
        let reciprocal = try EntropyWeights(costHandling: .reciprocal).evaluate(x)
        #expect(allClose(reciprocal.weights, [0.06445975792356594, 0.20695510364720224, 0.013501147473550303,
                                              0.07746109315359241, 0.3601888632944085, 0.27743403450768056], tolerance: 1e-10))
        #expect(reciprocal.convention == "cost-as-reciprocal")
    }

    /// Reference case entropy_weights__random_00_3x2 (seed 20240607): both conventions.
    @Test func random3x2UnderBothConventions() throws {
        let x = try WeightingFixtures.matrix([[4152.0862, 48.4342], [8551.882, 64.7455], [1205.6528, 53.1846]], costs: [1])
        #expect(allClose(try EntropyWeights().evaluate(x).weights,
                         [0.967926246863335, 0.032073753136665044], tolerance: 1e-10))
        #expect(allClose(try EntropyWeights(costHandling: .reciprocal).evaluate(x).weights,
                         [0.9698757771869732, 0.030124222813026853], tolerance: 1e-10))
    }

    /// Reference case entropy_weights__zero_entry_disagreement: 0 · ln 0 = 0 (pyrepo-mcda,
    /// scikit-criteria); pymcdm 1.4.0 raises instead.
    @Test func zeroEntryUsesZeroLogZero() throws {
        let x = try WeightingFixtures.matrix([[0, 2, 3], [1, 5, 3], [4, 1, 3.5], [2, 2, 9]])
        #expect(allClose(try EntropyWeights().evaluate(x).weights,
                         [0.5922559745559186, 0.22789232023086028, 0.17985170521322116], tolerance: 1e-10))
    }

    @Test func constantAndZeroColumnsGetWeightZeroWithADiagnostic() throws {
        let x = try WeightingFixtures.matrix([[0, 5, 1], [0, 5, 2], [0, 5, 4]])
        let r = try EntropyWeights().evaluate(x)
        #expect(r.weights == [0, 0, 1])
        #expect(r.entropies[0] == 1 && r.entropies[1] == 1)
        #expect(r.diagnostics == [.constantCriterion("C1"), .constantCriterion("C2")])
    }

    @Test func allConstantFallsBackToEqualWeights() throws {
        let x = try WeightingFixtures.matrix([[0, 5], [0, 5]])
        let r = try EntropyWeights().evaluate(x)
        #expect(r.weights == [0.5, 0.5])
        #expect(r.diagnostics.contains(.equalWeightsFallback(method: .entropy)))
    }

    @Test func invalidInputIsAClearError() throws {
        let negative = try WeightingFixtures.matrix([[1, 2], [-3, 4]])
        #expect(throws: MCDAError.self) { try EntropyWeights().evaluate(negative) }
        do {
            _ = try EntropyWeights().evaluate(negative)
        } catch let e as MCDAError {
            #expect(e.description.contains("'A2'") && e.description.contains("'C1'"))
        }
        let single = try WeightingFixtures.matrix([[1, 2]])
        #expect(throws: MCDAError.tooFewAlternatives(method: "entropy weights", needed: 2, found: 1)) {
            try EntropyWeights().evaluate(single)
        }
        let zeroCost = try WeightingFixtures.matrix([[1, 0], [2, 4]], costs: [1])
        #expect(throws: MCDAError.nonPositiveValue(method: "entropy weights with cost-as-reciprocal",
                                                   alternative: "A1", criterion: "C2", value: 0)) {
            try EntropyWeights(costHandling: .reciprocal).evaluate(zeroCost)
        }
        // Ignoring types, the zero is fine.
        #expect(try EntropyWeights().evaluate(zeroCost).weights.count == 2)
    }

    /// Properties on seeded random matrices: weights are non-negative and sum to 1, and scaling a
    /// column by a positive factor leaves them unchanged (p = x / Σx does not see the unit).
    @Test(arguments: [(3, 2), (10, 5), (200, 12)])
    func weightsAreAScaleFreeDistribution(m: Int, n: Int) throws {
        let x = try WeightingFixtures.random(rows: m, columns: n, seed: UInt64(m * 100 + n))
        let w = try EntropyWeights().evaluate(x).weights
        #expect(w.allSatisfy { $0 >= 0 })
        #expect(abs(w.reduce(0, +) - 1) < 1e-12)
        var scaled = x.values
        for i in 0..<m { scaled[i * n + 1] *= 1234.5 }
        let y = try DecisionMatrix(alternatives: x.alternatives, criteria: x.criteria, values: scaled)
        #expect(allClose(try EntropyWeights().evaluate(y).weights, w, tolerance: 1e-12))
    }
}

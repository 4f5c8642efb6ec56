import Foundation
import MCDACore
import Testing
import _TestSupport

@Suite struct WeightedProductTests {
    /// Reference cases wpm__hwang_yoon1981_fighter_{none,sum,linear} (pymcdm, scikit-criteria);
    /// scores are checked relatively, log10 scores absolutely, as the reference README says.
    @Test(arguments: [
        (Normalization.none, [14.452687400480908, 11.805259695126743, 14.811778153507209, 12.697048776900045],
         [1.1599486093543394, 1.0720755452410893, 1.1706071986900453, 1.1037027879755776]),
        (.sum, [0.26383638782129376, 0.21550712258198498, 0.27039165360358247, 0.23178689142453981],
         [-0.5786653075759155, -0.6665383716891653, -0.5680067182402095, -0.6349111289546774]),
        (.linear, [0.8223017078899555, 0.671673367062804, 0.8427325752656099, 0.7224126977284211],
         [-0.08496880772647326, -0.17284187183972333, -0.07431021839076736, -0.14121462910523513]),
    ])
    func fighterAircraftMatchesPeers(normalization: Normalization, scores: [Double], log10Scores: [Double]) throws {
        let r = try WeightedProduct(normalization: normalization).evaluate(RankingCases.fighters, weights: RankingCases.fighterWeights)
        #expect(zip(r.scores, scores).allSatisfy { abs($0 - $1) <= 1e-10 * max(1, abs($1)) })
        #expect(allClose(r.log10Scores, log10Scores, tolerance: 1e-9))
        #expect(r.ranks == [2, 4, 1, 3])
    }

    @Test func pymcdmTestMatrixNone() throws {
        // Reference case wpm__pymcdm_test_matrix_none (ratio-free WPM, Π x^(±w)).
        let x = RankingCases.matrix([[96, 83, 75, 7], [63, 5, 56, 9], [72, 30, 32, 48], [11, 4, 27, 9], [77, 21, 17, 11]],
                                    types: [1, 1, -1, -1])
        let w = [0.3076923076923077, 0.19230769230769232, 0.23076923076923078, 0.2692307692307692]
        let r = try WeightedProduct().evaluate(x, weights: w)
        #expect(zip(r.scores, [2.083292491909579, 1.065911391129249, 1.1364871443000295, 0.7062901123406843, 1.863832675275033])
            .allSatisfy { abs($0 - $1) <= 1e-10 * max(1, abs($1)) })
        #expect(r.ranks == [1, 4, 3, 5, 2])
    }

    /// Sum, linear and no normalisation change every score by the same factor, so they rank alike.
    @Test func normalisationsRankIdentically() throws {
        var rng = TestRNG(seed: 20240613)
        for _ in 0..<30 {
            let (x, w) = RankingCases.random(rows: Int.random(in: 2...20, using: &rng), columns: Int.random(in: 1...8, using: &rng), using: &rng)
            let logs = try [Normalization.none, .sum, .linear].map { try WeightedProduct(normalization: $0).evaluate(x, weights: w).log10Scores }
            for other in logs.dropFirst() {
                let shift = other[0] - logs[0][0]
                #expect(allClose(other, logs[0].map { $0 + shift }, tolerance: 1e-12))
            }
        }
    }

    @Test func permutingAlternativesPermutesScores() throws {
        try RankingCases.expectPermutationEquivariance(WeightedProduct(normalization: .sum), seed: 5)
    }

    @Test func nonPositiveNormalisedValueNamesTheCell() {
        let x = RankingCases.matrix([[1, 2], [0, 3]])
        #expect(throws: MCDAError.nonPositiveValue(method: "WPM (on none-normalised values)", alternative: "A2", criterion: "C1", value: 0)) {
            try WeightedProduct().evaluate(x, weights: [0.5, 0.5])
        }
        // Max normalisation maps the worst cost value to 1 − max/max = 0.
        let y = RankingCases.matrix([[1, 2], [2, 3]], types: [1, -1])
        #expect(throws: MCDAError.nonPositiveValue(method: "WPM (on max-normalised values)", alternative: "A2", criterion: "C2", value: 0)) {
            try WeightedProduct(normalization: .max).evaluate(y, weights: [0.5, 0.5])
        }
    }

    @Test func criteriaWithZeroWeightAreSkipped() throws {
        let x = RankingCases.matrix([[2, 0], [4, 5]])
        let r = try WeightedProduct().evaluate(x, weights: [1, 0])
        #expect(allClose(r.scores, [2, 4], tolerance: 1e-14))
    }

    /// Percentage weights on raw values: the products (25,000⁵⁰ …) overflow to +∞, but the ranks
    /// come from the log10 scores (Σ 50·log10 x), so they stay right: here A2 > A1 > A3, since
    /// log10 products are 50·log10(12,000·30,000) = 427.8, 50·log10(25,000·18,000) = 432.7 and
    /// 50·log10(8,000·41,000) = 425.8.
    @Test func overflowingProductsRankByTheirLogarithms() throws {
        let x = try DecisionMatrix(alternatives: ["A1", "A2", "A3"],
                                   criteria: [Criterion(id: "population", direction: .benefit), Criterion(id: "budget", direction: .benefit)],
                                   values: [12_000, 30_000, 25_000, 18_000, 8_000, 41_000])
        let result = try WeightedProduct(normalization: .none).evaluate(x, weights: [50, 50])
        #expect(result.scores.allSatisfy { $0 == .infinity })
        #expect(result.productsOutOfRange)
        #expect(result.ranks == [2, 1, 3])
        #expect(abs(result.log10Scores[1] - 50 * (log10(25_000.0) + log10(18_000.0))) < 1e-9)
        // Costs: the products underflow to 0 instead, and the order reverses.
        let costs = try DecisionMatrix(alternatives: x.alternatives, criteria: x.criteria.map { Criterion(id: $0.id, direction: .cost) },
                                       values: x.values)
        let cheap = try WeightedProduct(normalization: .none).evaluate(costs, weights: [50, 50])
        #expect(cheap.scores.allSatisfy { $0 == 0 })
        #expect(cheap.ranks == [2, 3, 1])
    }

    /// Weights or values beyond double precision are an error naming the method, never NaN ranks.
    @Test func resultsThatOverflowAreAnError() throws {
        let x = try DecisionMatrix(alternatives: ["A1", "A2"],
                                   criteria: [Criterion(id: "a", direction: .benefit), Criterion(id: "b", direction: .benefit)],
                                   values: [1, 2, 3, 4])
        #expect(throws: MCDAError.numericalOverflow(method: "topsis")) { try TOPSIS().evaluate(x, weights: [1e200, 1e200]) }
        #expect(throws: MCDAError.numericalOverflow(method: "wsm")) { try WeightedSum(normalization: .max).evaluate(x, weights: [1e308, 1e308]) }
        // WPM ranks by Σ w·log10 x, which for weights 10³⁰⁸ is still finite on x ≤ 4 …
        #expect(try WeightedProduct(normalization: .none).evaluate(x, weights: [1e308, 1e308]).ranks == [2, 1])
        // … but not on x = 10¹⁰ or 10²⁰.
        let large = try DecisionMatrix(alternatives: ["A1", "A2"], criteria: x.criteria, values: [1e10, 1e20, 1e20, 1e10])
        #expect(throws: MCDAError.numericalOverflow(method: "wpm")) { try WeightedProduct(normalization: .none).evaluate(large, weights: [1e308, 1e308]) }
        #expect(throws: MCDAError.numericalOverflow(method: "vikor")) { try VIKOR().evaluate(x, weights: [1e308, 1e308]) }
        // Values beyond ±10¹⁵⁰ are refused when the matrix is built.
        #expect(throws: MCDAError.valueOutOfRange(alternative: "A2", criterion: "a", value: -1.7e308)) {
            try DecisionMatrix(alternatives: ["A1", "A2", "A3"],
                               criteria: [Criterion(id: "a", direction: .benefit), Criterion(id: "b", direction: .benefit)],
                               values: [1e150, 2, -1.7e308, 1, 0, 3])
        }
        // The same weights scaled to sum 1 are fine.
        #expect(try TOPSIS().evaluate(x, weights: Weights.normalized([1e308, 1e308])).closeness.allSatisfy(\.isFinite))
    }
}

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
}

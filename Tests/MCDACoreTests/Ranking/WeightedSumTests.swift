import MCDACore
import Testing
import _TestSupport

@Suite struct WeightedSumTests {
    /// Reference cases wsm__hwang_yoon1981_fighter_{linear,max,sum} (pymcdm, pyrepo-mcda, pyDecision).
    @Test(arguments: [
        (Normalization.linear, [0.8354689754689755, 0.7073260073260074, 0.8514074074074074, 0.7374285714285714]),
        (.max, [0.769035409035409, 0.6380952380952382, 0.7821766381766382, 0.6705054945054945]),
        (.sum, [0.2689615909557132, 0.22335001159399281, 0.27402575450709127, 0.23366264294320277]),
    ])
    func fighterAircraftMatchesPeers(normalization: Normalization, scores: [Double]) throws {
        let r = try WeightedSum(normalization: normalization).evaluate(RankingCases.fighters, weights: RankingCases.fighterWeights)
        #expect(allClose(r.scores, scores, tolerance: 1e-10))
        #expect(r.ranks == [2, 4, 1, 3])
        #expect(r.settings.first?.1 == normalization.rawValue)
    }

    @Test func defaultIsTextbookLinearSAW() {
        #expect(WeightedSum().normalization == .linear)
    }

    @Test func pymcdmTestMatrixSum() throws {
        // Reference case wsm__pymcdm_test_matrix_sum (pymcdm's test matrix, weights renormalised to sum 1).
        let x = RankingCases.matrix([[96, 83, 75, 7], [63, 5, 56, 9], [72, 30, 32, 48], [11, 4, 27, 9], [77, 21, 17, 11]],
                                    types: [1, 1, -1, -1])
        let w = [0.3076923076923077, 0.19230769230769232, 0.23076923076923078, 0.2692307692307692]
        let r = try WeightedSum(normalization: .sum).evaluate(x, weights: w)
        #expect(allClose(r.scores, [0.30431566273864996, 0.1562601168464566, 0.16711116505424836,
                                    0.13271877187438685, 0.23959428348625822], tolerance: 1e-10))
        #expect(r.ranks == [1, 4, 3, 5, 2])
    }

    /// An alternative that is worse or equal on every criterion never scores above the one it is derived from.
    @Test(arguments: [Normalization.linear, .max, .sum, .minMax, .vector])
    func dominatedAlternativeNeverWins(normalization: Normalization) throws {
        var rng = TestRNG(seed: 20240612)
        for _ in 0..<100 {
            let (x, w) = RankingCases.random(rows: Int.random(in: 2...15, using: &rng), columns: Int.random(in: 1...7, using: &rng), using: &rng)
            let m = x.rowCount, n = x.columnCount
            let a = Int.random(in: 0..<m, using: &rng)
            var b = Int.random(in: 0..<m, using: &rng)
            if b == a { b = (a + 1) % m }
            var values = x.values
            for j in 0..<n {
                let worse = Double.random(in: 0...1, using: &rng) * values[a * n + j]
                values[b * n + j] = values[a * n + j] + (x.criteria[j].isBenefit ? -0.9 * worse : worse)
            }
            let dominated = try DecisionMatrix(alternatives: x.alternatives, criteria: x.criteria, values: values)
            let s = try WeightedSum(normalization: normalization).evaluate(dominated, weights: w).scores
            #expect(s[b] <= s[a] + 1e-15)
        }
    }

    @Test func permutingAlternativesPermutesScores() throws {
        try RankingCases.expectPermutationEquivariance(WeightedSum(), seed: 3)
        try RankingCases.expectPermutationEquivariance(WeightedSum(normalization: .sum), seed: 4)
    }

    @Test func nonPositiveValuesAreRejectedWithTheirCell() {
        let x = RankingCases.matrix([[1, 2], [0, 3]])
        #expect(throws: MCDAError.nonPositiveValue(method: "linear normalisation", alternative: "A2", criterion: "C1", value: 0)) {
            try WeightedSum().evaluate(x, weights: [0.5, 0.5])
        }
    }
}

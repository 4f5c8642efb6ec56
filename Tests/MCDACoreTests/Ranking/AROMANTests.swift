import MCDACore
import Testing
import _TestSupport

@Suite struct AROMANTests {
    @Test func pymcdmReferenceCases() throws {
        let cases = try Group1Cases.expectReferenceCases("aroman")
        #expect(cases.contains { $0.options["lambda"] != nil && $0.options["beta"] != nil })
    }

    /// The example of pymcdm 1.4.0's AROMAN test, which cites Bošković et al. (2023), IEEE Access
    /// 11:39496–39507, doi:10.1109/ACCESS.2023.3265818; to 4 decimals.
    @Test func pymcdmExample() throws {
        let x = RankingCases.matrix([[40000, 1.200, 1.4, 8, 9], [38500, 1.150, 1.2, 6, 6], [39400, 0.600, 1.1, 7, 5],
                                     [48000, 1.300, 1.6, 10, 12]], types: [-1, 1, 1, 1, 1])
        let r = try AROMAN().evaluate(x, weights: [0.28, 0.22, 0.26, 0.15, 0.09])
        #expect(allClose(r.scores, [0.6727, 0.5535, 0.4721, 0.8718], tolerance: 5e-5))
        #expect(r.ranks == [2, 3, 4, 1])
        #expect(r.scores[0] == (r.costSums[0]).squareRoot() + (r.benefitSums[0]).squareRoot())
    }

    /// λ = 1 and β = 1: R = L + 1 with min-max halves only (A⁰ = 1).
    @Test func extremeLambdaAndBeta() throws {
        let x = RankingCases.matrix([[1, 4], [3, 2], [2, 3]], types: [1, -1])
        let r = try AROMAN(lambda: 1, beta: 1).evaluate(x, weights: [0.5, 0.5])
        // C2 (cost) min-max: (4 − 2)/2 = 1, 0, 0.5; halved and weighted: 0.25, 0, 0.125.
        #expect(r.scores == [1.25, 1, 1.125])
        let none = try AROMAN(lambda: 0).evaluate(RankingCases.matrix([[1, 4], [3, 2]]), weights: [0.5, 0.5])
        #expect(none.costSums == [0, 0] && none.scores.allSatisfy { $0 > 1 })  // 0⁰ = 1
    }

    @Test func scalingABenefitColumnKeepsTheRanking() throws {
        try Group1Cases.expectBenefitScaleInvariance(AROMAN(), seed: 121)
    }

    /// Without cost criteria the score grows with every benefit value, so a dominated alternative
    /// never ranks first (with cost criteria pymcdm's formula rewards a larger cost sum too).
    @Test func aDominatedAlternativeNeverRanksFirstAmongBenefits() throws {
        var rng = TestRNG(seed: 122)
        for _ in 0..<30 {
            let m = Int.random(in: 3...8, using: &rng), n = Int.random(in: 2...5, using: &rng)
            var rows = (0..<m).map { _ in (0..<n).map { _ in Double.random(in: 1...100, using: &rng) } }
            rows[0] = rows[1].map { $0 * Double.random(in: 0.5...0.95, using: &rng) }
            let w = Weights.normalized((0..<n).map { _ in Double.random(in: 0.1...1, using: &rng) })
            let r = try AROMAN(lambda: Double.random(in: 0...1, using: &rng), beta: Double.random(in: 0...1, using: &rng))
                .evaluate(RankingCases.matrix(rows), weights: w)
            #expect(r.ranks[0] > 1 && r.scores[0] < r.scores[1])
        }
    }

    @Test func permutingAlternativesPermutesScores() throws {
        try RankingCases.expectPermutationEquivariance(AROMAN(), seed: 123)
    }

    @Test func badInputNamesTheMethodCriterionAndAlternative() throws {
        let x = RankingCases.matrix([[1, 2], [3, -4]], types: [1, -1])
        Group2Cases.expectError(naming: ["aroman value", "'A2'", "'C2'", "-4"]) {
            _ = try AROMAN().evaluate(x, weights: [0.5, 0.5])
        }
        Group2Cases.expectError(naming: ["aroman lambda", "between 0 and 1"]) {
            _ = try AROMAN(lambda: 1.5).evaluate(RankingCases.matrix([[1, 2], [3, 4]]), weights: [0.5, 0.5])
        }
        #expect(throws: MethodCatalogueError.self) { try AROMAN.betaParameter.parse("2") }
    }
}

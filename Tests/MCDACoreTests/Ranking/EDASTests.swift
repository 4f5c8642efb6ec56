import MCDACore
import Testing
import _TestSupport

@Suite struct EDASTests {
    @Test func pymcdmReferenceCases() throws {
        try Group1Cases.expectReferenceCases("edas")
    }

    /// pymcdm 1.4.0's documented EDAS problem (its docstring, printed to 3 decimals).
    @Test func pymcdmDocumentedExample() throws {
        let x = RankingCases.matrix([[3873, 39.55, 0.27, 0.87, 150, 0.07, 12, 2130], [5067, 67.26, 0.23, 0.23, 40, 0.02, 21, 2200],
                                     [2213, 24.69, 0.08, 0.17, 200, 0.04, 35, 570], [6243, 132, 0.07, 0.25, 100, 0.04, 16, 100],
                                     [8312, 460.47, 0.05, 0.21, 25, 0.1, 25, 200]],
                                    types: [-1, -1, -1, 1, 1, -1, 1, 1])
        let r = try EDAS().evaluate(x, weights: [0.131, 0.113, 0.126, 0.125, 0.126, 0.129, 0.132, 0.117])
        #expect(allClose(r.scores, [0.841, 0.632, 0.883, 0.457, 0.104], tolerance: 5e-4))
        #expect(r.ranks == [2, 3, 1, 4, 5])
        #expect(abs(r.average[0] - 5141.6) < 1e-9)
    }

    /// A 3 × 1 problem by hand: AV = 2, PDA = (0, 0, 1/2), NDA = (1/2, 0, 0), so NSP = (0, 0, 1),
    /// NSN = (0, 1, 1) and AS = (0, 1/2, 1).
    @Test func byHand() throws {
        let r = try EDAS().evaluate(RankingCases.matrix([[1], [2], [3]]), weights: [1])
        #expect(r.positiveDistances == [0, 0, 0.5] && r.negativeDistances == [0.5, 0, 0])
        #expect(r.scores == [0, 0.5, 1])
    }

    @Test func constantCriteriaGiveOneHalfNotNaN() throws {
        let r = try EDAS().evaluate(RankingCases.matrix([[2, 5], [2, 5]], types: [1, -1]), weights: [0.5, 0.5])
        #expect(r.scores == [0.5, 0.5])
    }

    @Test func scalingABenefitColumnKeepsTheRanking() throws {
        try Group1Cases.expectBenefitScaleInvariance(EDAS(), seed: 71)
    }

    @Test func aDominatedAlternativeNeverRanksFirst() throws {
        try Group1Cases.expectDominatedNeverFirst(EDAS(), seed: 72)
    }

    @Test func aCriterionWithoutAPositiveMeanNamesItsSmallestValue() throws {
        let x = RankingCases.matrix([[5, 1], [3, -4], [4, 2]], types: [1, -1])
        #expect(throws: MCDAError.nonPositiveValue(method: "EDAS (the mean of each criterion must be positive)", alternative: "A2",
                                                   criterion: "C2", value: -4)) {
            try EDAS().evaluate(x, weights: [0.5, 0.5])
        }
        // Zeros and negatives are fine while the mean stays positive.
        #expect(try EDAS().evaluate(RankingCases.matrix([[5, 0], [3, -1], [4, 4]], types: [1, -1]), weights: [0.5, 0.5]).scores.count == 3)
    }

    @Test func permutingAlternativesPermutesScores() throws {
        try RankingCases.expectPermutationEquivariance(EDAS(), seed: 73)
    }
}

import MCDACore
import Testing
import _TestSupport

@Suite struct OCRATests {
    @Test func pymcdmReferenceCases() throws {
        try Group1Cases.expectReferenceCases("ocra")
    }

    /// pymcdm 1.4.0's documented OCRA problem (its docstring, printed to 3 decimals).
    @Test func pymcdmDocumentedExample() throws {
        let x = RankingCases.matrix([[7.7, 256, 7.2, 7.3, 7.3], [8.1, 250, 7.9, 7.8, 7.7], [8.7, 352, 8.6, 7.9, 8.0],
                                     [8.1, 262, 7.0, 8.1, 7.2], [6.5, 271, 6.3, 6.4, 6.1], [6.8, 228, 7.1, 7.2, 6.5]],
                                    types: [1, -1, 1, 1, 1])
        let r = try OCRA().evaluate(x, weights: [0.239, 0.225, 0.197, 0.186, 0.153])
        #expect(allClose(r.scores, [0.143, 0.210, 0.164, 0.167, 0, 0.112], tolerance: 5e-4))
        #expect(r.ranks == [4, 1, 3, 2, 6, 5] && r.scores[4] == 0)
    }

    /// 3 × 2 by hand: cost column (2, 4, 3), benefit column (1, 2, 4), w = (½, ½):
    /// I = ½(4 − x)/2 = (½, 0, ¼), O = ½(x − 1)/1 = (0, ½, 3/2); Ī + Ō = (½, ½, 7/4), P = (0, 0, 5/4).
    @Test func byHand() throws {
        let r = try OCRA().evaluate(RankingCases.matrix([[2, 1], [4, 2], [3, 4]], types: [-1, 1]), weights: [0.5, 0.5])
        #expect(r.inputRating == [0.5, 0, 0.25] && r.outputRating == [0, 0.5, 1.5])
        #expect(r.rating == [0, 0, 1.25] && r.ranks == [2.5, 2.5, 1])
    }

    @Test func scalingABenefitColumnKeepsTheRanking() throws {
        try Group1Cases.expectBenefitScaleInvariance(OCRA(), seed: 131)
    }

    @Test func aDominatedAlternativeNeverRanksFirst() throws {
        try Group1Cases.expectDominatedNeverFirst(OCRA(), seed: 132)
    }

    @Test func aZeroNamesTheCell() throws {
        let x = RankingCases.matrix([[5, 1], [3, 0], [4, 4]], types: [1, -1])
        #expect(throws: MCDAError.nonPositiveValue(method: "OCRA", alternative: "A2", criterion: "C2", value: 0)) {
            try OCRA().evaluate(x, weights: [0.5, 0.5])
        }
    }

    @Test func permutingAlternativesPermutesScores() throws {
        try RankingCases.expectPermutationEquivariance(OCRA(), seed: 133)
    }
}

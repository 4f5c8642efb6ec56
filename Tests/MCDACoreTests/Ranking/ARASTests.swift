import MCDACore
import Testing
import _TestSupport

@Suite struct ARASTests {
    @Test func pymcdmReferenceCases() throws {
        try Group1Cases.expectReferenceCases("aras")
    }

    /// pymcdm 1.4.0's documented ARAS problem (its docstring, printed to 2 decimals).
    @Test func pymcdmDocumentedExample() throws {
        let x = RankingCases.matrix([[4.64, 3.00, 3.00, 3.00, 2.88, 3.63], [4.00, 4.00, 4.64, 3.56, 3.63, 5.00],
                                     [3.30, 4.31, 3.30, 4.00, 3.30, 4.00], [2.62, 5.00, 4.22, 4.31, 5.00, 5.00]])
        let r = try ARAS().evaluate(x, weights: [0.28, 0.25, 0.19, 0.15, 0.08, 0.04])
        #expect(allClose(r.scores, [0.74, 0.86, 0.78, 0.86], tolerance: 5e-3))
        #expect(r.optimal == [4.64, 5.00, 4.64, 4.31, 5.00, 5.00])
        #expect(allClose(r.utility, r.optimality.map { $0 / r.optimalOptimality }, tolerance: 0))
    }

    @Test func theOptimalAlternativeScoresOneAgainstItself() throws {
        // An alternative best on every criterion is the optimal alternative: K = 1.
        let x = RankingCases.matrix([[5, 1], [3, 2], [4, 4]], types: [1, -1])
        let r = try ARAS().evaluate(x, weights: [0.6, 0.4])
        #expect(abs(r.utility[0] - 1) < 1e-15 && r.ranks[0] == 1)
        #expect(r.settings.first?.1 == "sum")
    }

    @Test func scalingABenefitColumnKeepsTheRanking() throws {
        try Group1Cases.expectBenefitScaleInvariance(ARAS(), seed: 51)
    }

    @Test func aDominatedAlternativeNeverRanksFirst() throws {
        try Group1Cases.expectDominatedNeverFirst(ARAS(), seed: 52)
    }

    @Test func aZeroUnderTheSumNormalisationNamesTheCell() throws {
        let x = RankingCases.matrix([[5, 1], [3, 0], [4, 4]], types: [1, -1])
        #expect(throws: MCDAError.nonPositiveValue(method: "ARAS (sum normalisation)", alternative: "A2", criterion: "C2", value: 0)) {
            try ARAS().evaluate(x, weights: [0.5, 0.5])
        }
        #expect(throws: MCDAError.nonPositiveValue(method: "ARAS (sum normalisation)", alternative: "the optimal alternative (esp)", criterion: "C2", value: -1)) {
            try ARAS(esp: [6, -1]).evaluate(RankingCases.matrix([[5, 1], [3, 2]], types: [1, -1]), weights: [0.5, 0.5])
        }
        #expect(throws: MCDAError.self) { try ARAS(esp: [6]).evaluate(x, weights: [0.5, 0.5]) }
    }

    @Test func permutingAlternativesPermutesScores() throws {
        try RankingCases.expectPermutationEquivariance(ARAS(normalization: .vector), seed: 53)
    }
}

import MCDACore
import Testing
import _TestSupport

@Suite struct MABACTests {
    @Test func pymcdmReferenceCases() throws {
        try Group1Cases.expectReferenceCases("mabac")
    }

    /// pymcdm 1.4.0's documented MABAC problem (its docstring, printed to 4 decimals).
    @Test func pymcdmDocumentedExample() throws {
        let x = RankingCases.matrix([[22600, 3800, 2, 5, 1.06, 3.00, 3.5, 2.8, 24.5, 6.5],
                                     [19500, 4200, 3, 2, 0.95, 3.00, 3.4, 2.2, 24, 7.0],
                                     [21700, 4000, 1, 3, 1.25, 3.20, 3.3, 2.5, 24.5, 7.3],
                                     [20600, 3800, 2, 5, 1.05, 3.25, 3.2, 2.0, 22.5, 11.0],
                                     [22500, 3800, 4, 3, 1.35, 3.20, 3.7, 2.1, 23, 6.3],
                                     [23250, 4210, 3, 5, 1.45, 3.60, 3.5, 2.8, 23.5, 7.0],
                                     [20300, 3850, 2, 5, 0.90, 3.25, 3.0, 2.6, 21.5, 6.0]],
                                    types: [-1, 1, 1, 1, -1, -1, 1, 1, 1, 1])
        let w = [0.146, 0.144, 0.119, 0.121, 0.115, 0.101, 0.088, 0.068, 0.050, 0.048]
        let r = try MABAC().evaluate(x, weights: w)
        #expect(allClose(r.scores, [0.0826, 0.2183, -0.0488, 0.0246, -0.0704, 0.0465, 0.0464], tolerance: 5e-5))
        #expect(r.ranks == [2, 1, 6, 5, 7, 3, 4])
    }

    /// 2 × 1 by hand: n = (0, 1), v = (w, 2w), g = √2·w, S = (1 − √2)w, (2 − √2)w.
    @Test func byHand() throws {
        let r = try MABAC().evaluate(RankingCases.matrix([[1], [3]]), weights: [1])
        let root2: Double = 2.0.squareRoot()
        #expect(allClose(r.border, [root2], tolerance: 1e-15))
        #expect(allClose(r.scores, [1 - root2, 2 - root2], tolerance: 1e-15))
    }

    @Test func scalingABenefitColumnKeepsTheRanking() throws {
        try Group1Cases.expectBenefitScaleInvariance(MABAC(), seed: 81)
    }

    @Test func aDominatedAlternativeNeverRanksFirst() throws {
        try Group1Cases.expectDominatedNeverFirst(MABAC(), seed: 82)
    }

    @Test func badInputNamesTheCell() throws {
        let x = RankingCases.matrix([[5, 1], [3, 0], [4, 4]], types: [1, -1])
        #expect(throws: MCDAError.nonPositiveValue(method: "MABAC (sum normalisation)", alternative: "A2", criterion: "C2", value: 0)) {
            try MABAC(normalization: .sum).evaluate(x, weights: [0.5, 0.5])
        }
        // x/max of a column with a large negative value goes below −1, and w(n + 1) below 0.
        let y = RankingCases.matrix([[5, 1], [-20, 2], [4, 4]], types: [1, -1])
        #expect(throws: MCDAError.nonPositiveValue(method: "MABAC (w(n + 1) must not be negative after max normalisation)",
                                                   alternative: "A2", criterion: "C1", value: -20)) {
            try MABAC(normalization: .max).evaluate(y, weights: [0.5, 0.5])
        }
        #expect(try MABAC().evaluate(x, weights: [0.5, 0.5]).scores.allSatisfy { $0.isFinite })
    }

    @Test func permutingAlternativesPermutesScores() throws {
        try RankingCases.expectPermutationEquivariance(MABAC(), seed: 83)
    }
}

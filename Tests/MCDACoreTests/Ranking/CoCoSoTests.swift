import Foundation
import MCDACore
import Testing
import _TestSupport

@Suite struct CoCoSoTests {
    @Test func pymcdmReferenceCases() throws {
        try Group1Cases.expectReferenceCases("cocoso")
    }

    /// pymcdm 1.4.0's documented CoCoSo problem, seven industrial robots (its docstring, printed
    /// to 3 decimals).
    @Test func pymcdmDocumentedExample() throws {
        let robots = RankingCases.matrix([[60, 0.4, 2540, 500, 990], [6.35, 0.15, 1016, 3000, 1041], [6.8, 0.1, 1727.2, 1500, 1676],
                                          [10, 0.2, 1000, 2000, 965], [2.5, 0.1, 560, 500, 915], [4.5, 0.08, 1016, 350, 508],
                                          [3, 0.1, 1778, 1000, 920]],
                                         types: [1, -1, 1, 1, 1])
        let r = try CoCoSo().evaluate(robots, weights: [0.036, 0.192, 0.326, 0.326, 0.12])
        #expect(allClose(r.scores, [2.041, 2.788, 2.882, 2.416, 1.299, 1.443, 2.519], tolerance: 5e-4))
        #expect(r.ranks == [5, 2, 1, 4, 7, 6, 3])
    }

    /// 2 × 2 by hand with λ = 1: minmax r = (1, 0) and (0, 1), w = (¾, ¼): S = (¾, ¼), P = (1, 1),
    /// kₐ = (7/12, 5/12), k_b = (3 + 1, 1 + 1), k_c = S / ¾ = (1, ⅓).
    @Test func byHand() throws {
        let r = try CoCoSo(lambda: 1).evaluate(RankingCases.matrix([[2, 1], [1, 5]]), weights: [0.75, 0.25])
        #expect(r.weightedSums == [0.75, 0.25] && r.powerSums == [1, 1])
        #expect(allClose(r.ka, [7.0 / 12, 5.0 / 12], tolerance: 1e-15) && r.kb == [4, 2])
        #expect(allClose(r.kc, [1, 1.0 / 3], tolerance: 1e-15))
        let k: [Double] = [cbrt(7.0 / 12 * 4) + (7.0 / 12 + 4 + 1) / 3, cbrt(5.0 / 12 * 2 / 3) + (5.0 / 12 + 2 + 1.0 / 3) / 3]
        #expect(allClose(r.scores, k, tolerance: 1e-14))
        #expect(r.ranks == [1, 2] && r.settings.last?.1 == "1.0")
    }

    @Test func scalingABenefitColumnKeepsTheRanking() throws {
        try Group1Cases.expectBenefitScaleInvariance(CoCoSo(normalization: .vector), seed: 111)
    }

    @Test func aDominatedAlternativeNeverRanksFirst() throws {
        try Group1Cases.expectDominatedNeverFirst(CoCoSo(normalization: .vector, lambda: 0.3), seed: 112)
    }

    /// With minmax, an alternative worst on every weighted criterion has S = 0 and k_b is undefined
    /// (pymcdm returns infinities): the error names it.
    @Test func anAlternativeWorstEverywhereIsAnError() throws {
        let x = RankingCases.matrix([[5, 1, 3], [3, 4, 1], [4, 2, 2]], types: [1, -1, 1])
        #expect(throws: MCDAError.nonPositiveValue(method: "CoCoSo (k_b divides by the smallest S: no alternative may be worst on every weighted criterion)",
                                                   alternative: "A2", criterion: "C1, C2, C3", value: 0)) {
            try CoCoSo().evaluate(x, weights: [0.3, 0.3, 0.4])
        }
        #expect(throws: MCDAError.nonPositiveValue(method: "CoCoSo (linear normalisation)", alternative: "A1", criterion: "C1", value: 0)) {
            try CoCoSo(normalization: .linear).evaluate(RankingCases.matrix([[0, 1], [3, 4]]), weights: [0.5, 0.5])
        }
        #expect(throws: MCDAError.self) { try CoCoSo(lambda: 1.5).evaluate(x, weights: [0.3, 0.3, 0.4]) }
    }

    @Test func permutingAlternativesPermutesScores() throws {
        try RankingCases.expectPermutationEquivariance(CoCoSo(normalization: .vector), seed: 113)
    }
}

import MCDACore
import Testing
import _TestSupport

@Suite struct MARCOSTests {
    @Test func pymcdmReferenceCases() throws {
        try Group1Cases.expectReferenceCases("marcos")
    }

    /// pymcdm 1.4.0's documented MARCOS problem (its docstring, printed to 4 decimals).
    @Test func pymcdmDocumentedExample() throws {
        let x = RankingCases.matrix([[660, 1000, 1600, 18, 1200], [800, 1000, 1600, 24, 900], [980, 1000, 2500, 24, 900],
                                     [920, 1500, 1600, 24, 900], [1380, 1500, 1500, 24, 1150], [1230, 1000, 1600, 24, 1150],
                                     [680, 1500, 1600, 18, 1100], [960, 2000, 1600, 12, 1150]],
                                    types: [-1, 1, 1, 1, 1])
        let r = try MARCOS().evaluate(x, weights: [0.1061, 0.3476, 0.3330, 0.1185, 0.0949])
        #expect(allClose(r.scores, [0.5649, 0.5543, 0.6410, 0.6174, 0.6016, 0.5453, 0.6282, 0.6543], tolerance: 5e-5))
        #expect(r.ranks == [6, 7, 2, 4, 5, 8, 3, 1])
        #expect(r.ideal == [660, 2000, 2500, 24, 1200] && r.antiIdeal == [1380, 1000, 1500, 12, 900])
    }

    /// f(K⁺) and f(K⁻) are shared by every alternative, so f(K) ∝ S.
    @Test func utilityIsProportionalToTheRatioSum() throws {
        var rng = TestRNG(seed: 121)
        let (x, w) = RankingCases.random(rows: 8, columns: 4, using: &rng)
        let r = try MARCOS().evaluate(x, weights: w)
        #expect(r.fKPlus.allSatisfy { abs($0 - r.idealSum / (r.idealSum + r.antiIdealSum)) < 1e-14 })
        let ratio = r.utility[0] / r.sums[0]
        #expect(zip(r.utility, r.sums).allSatisfy { abs($0 / $1 - ratio) < 1e-12 * ratio })
    }

    @Test func scalingABenefitColumnKeepsTheRanking() throws {
        try Group1Cases.expectBenefitScaleInvariance(MARCOS(), seed: 122)
    }

    @Test func aDominatedAlternativeNeverRanksFirst() throws {
        try Group1Cases.expectDominatedNeverFirst(MARCOS(), seed: 123)
    }

    @Test func aZeroNamesTheCell() throws {
        let x = RankingCases.matrix([[5, 1], [3, 0], [4, 4]], types: [1, -1])
        #expect(throws: MCDAError.nonPositiveValue(method: "MARCOS", alternative: "A2", criterion: "C2", value: 0)) {
            try MARCOS().evaluate(x, weights: [0.5, 0.5])
        }
    }

    @Test func permutingAlternativesPermutesScores() throws {
        try RankingCases.expectPermutationEquivariance(MARCOS(), seed: 124)
    }
}

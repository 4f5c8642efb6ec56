import MCDACore
import Testing
import _TestSupport

@Suite struct LMAWTests {
    @Test func pymcdmReferenceCases() throws {
        try Group1Cases.expectReferenceCases("lmaw")
    }

    /// Pamučar, Žižović, Biswas & Božanić (2021), Facta Universitatis, Series: Mechanical
    /// Engineering 19(3):361–380, doi:10.22190/FUME210214031P: the 6 × 6 logistics example with
    /// the aggregated weights, to 3 decimals as pymcdm 1.4.0's tests quote them from the paper.
    @Test func pamucar2021() throws {
        let x = RankingCases.matrix([[647.34, 6.24, 49.87, 19.46, 212.58, 6.75], [115.64, 3.24, 16.26, 9.69, 207.59, 3.00],
                                     [373.61, 5.00, 26.43, 12.00, 184.62, 3.74], [37.63, 2.48, 2.85, 9.35, 142.50, 3.24],
                                     [858.01, 4.74, 62.85, 45.96, 267.95, 4.00], [222.92, 3.00, 19.24, 21.46, 221.38, 3.49]],
                                    types: [1, 1, -1, -1, -1, 1])
        let r = try LMAW().evaluate(x, weights: [0.215, 0.126, 0.152, 0.09, 0.19, 0.226])
        #expect(allClose(r.scores, [4.840, 4.681, 4.799, 4.733, 4.736, 4.704], tolerance: 5e-4))
        #expect(r.ranks == [1, 6, 2, 4, 3, 5])
        // The column maximum of a benefit criterion shifts to 2, the minimum of a cost one too.
        #expect(r.shifted[4 * 6] == 2 && r.shifted[3 * 6 + 2] == 2)
    }

    /// Every column's logarithmic values sum to 1.
    @Test func logarithmicColumnsSumToOne() throws {
        var rng = TestRNG(seed: 131)
        let (x, w) = RankingCases.random(rows: 7, columns: 4, using: &rng)
        let r = try LMAW().evaluate(x, weights: w)
        for j in 0..<4 { #expect(abs((0..<7).map { r.logarithmic[$0 * 4 + j] }.reduce(0, +) - 1) < 1e-14) }
    }

    /// Two thousand alternatives: Π sᵢⱼ overflows (pymcdm's form gives 0 scores); the sum of
    /// logarithms stays finite.
    @Test func manyAlternativesStayFinite() throws {
        var rng = TestRNG(seed: 132)
        let (x, w) = RankingCases.random(rows: 2000, columns: 3, using: &rng)
        #expect(try LMAW().evaluate(x, weights: w).scores.allSatisfy { $0.isFinite && $0 > 0 })
    }

    @Test func scalingABenefitColumnKeepsTheRanking() throws {
        try Group1Cases.expectBenefitScaleInvariance(LMAW(), seed: 133)
    }

    @Test func aDominatedAlternativeNeverRanksFirst() throws {
        try Group1Cases.expectDominatedNeverFirst(LMAW(), seed: 134)
    }

    @Test func permutingAlternativesPermutesScores() throws {
        try RankingCases.expectPermutationEquivariance(LMAW(), seed: 135)
    }

    @Test func aNonPositiveValueNamesTheMethodCriterionAndAlternative() {
        Group2Cases.expectError(naming: ["lmaw", "'A2'", "'C1'"]) {
            _ = try LMAW().evaluate(RankingCases.matrix([[1, 2], [0, 4]], types: [1, -1]), weights: [0.5, 0.5])
        }
    }
}

import MCDACore
import Testing
import _TestSupport

@Suite struct ERVDTests {
    @Test func pymcdmReferenceCases() throws {
        try Group1Cases.expectReferenceCases("ervd")
    }

    /// Shyur, Yin, Shih & Cheng (2015), Foundations of Computing and Decision Sciences
    /// 40(4):299–315: 17 alternatives on 7 benefit criteria, reference point 80 on every criterion,
    /// λ = 2.25, α = 0.88, to 3 decimals as pymcdm 1.4.0's tests quote them from the paper.
    @Test func shyur2015() throws {
        let x = RankingCases.matrix([[80, 70, 87, 77, 76, 80, 75], [85, 65, 76, 80, 75, 65, 75], [78, 90, 72, 80, 85, 90, 85],
                                     [75, 84, 69, 85, 65, 65, 70], [84, 67, 60, 75, 85, 75, 80], [85, 78, 82, 81, 79, 80, 80],
                                     [77, 83, 74, 70, 71, 65, 70], [78, 82, 72, 80, 78, 70, 60], [85, 90, 80, 88, 90, 80, 85],
                                     [89, 75, 79, 67, 77, 70, 75], [65, 55, 68, 62, 70, 50, 60], [70, 64, 65, 65, 60, 60, 65],
                                     [95, 80, 70, 75, 70, 75, 75], [70, 80, 79, 80, 85, 80, 70], [60, 78, 87, 70, 66, 70, 65],
                                     [92, 85, 88, 90, 85, 90, 95], [86, 87, 80, 70, 72, 80, 85]])
        let w = [0.066, 0.196, 0.066, 0.130, 0.130, 0.216, 0.196]
        let r = try ERVD(reference: [Double](repeating: 80, count: 7)).evaluate(x, weights: w)
        #expect(allClose(r.scores, [0.660, 0.503, 0.885, 0.521, 0.610, 0.796, 0.498, 0.549, 0.908, 0.565, 0.070, 0.199,
                                    0.632, 0.716, 0.438, 0.972, 0.767], tolerance: 5e-4))
        #expect(r.ranks == [7, 13, 3, 12, 9, 4, 14, 11, 2, 10, 17, 16, 8, 6, 15, 1, 5])
        // A1 has 80 on C1, the reference: neither gain nor loss.
        #expect(r.values[0] == 0 && r.settings.first?.1 == "80.0,80.0,80.0,80.0,80.0,80.0,80.0")
    }

    /// A gain of g is worth g^α, a loss of g is worth −λ g^α (here on a cost criterion).
    @Test func lossesLoomLargerThanGains() throws {
        let x = RankingCases.matrix([[1, 1], [3, 3]], types: [1, -1])
        let r = try ERVD(reference: [2, 2], lossAversion: 2, alpha: 0.5).evaluate(x, weights: [0.5, 0.5])
        let g = (0.25).squareRoot()  // |r − μ′| = 1/4 everywhere (column sums 4)
        #expect(r.values == [-2 * g, g, g, -2 * g])
        #expect(r.scores == [0.5, 0.5])
    }

    /// With the default reference (the column means) scaling a benefit column scales the
    /// reference too, so no rank changes.
    @Test func scalingABenefitColumnKeepsTheRanking() throws {
        try Group1Cases.expectBenefitScaleInvariance(ERVD(), seed: 101)
    }

    @Test func aDominatedAlternativeNeverRanksFirst() throws {
        try Group1Cases.expectDominatedNeverFirst(ERVD(), seed: 102)
        try Group1Cases.expectDominatedNeverFirst(ERVD(lossAversion: 1, alpha: 0.4), seed: 103)
    }

    @Test func permutingAlternativesPermutesScores() throws {
        try RankingCases.expectPermutationEquivariance(ERVD(), seed: 104)
    }

    /// Alternatives alike on every criterion: S⁺ = S⁻ = 0 gives ½, not NaN.
    @Test func alikeAlternativesScoreOneHalf() throws {
        let r = try ERVD().evaluate(RankingCases.matrix([[2, 3], [2, 3]], types: [1, -1]), weights: [0.5, 0.5])
        #expect(r.scores == [0.5, 0.5])
    }

    @Test func badInputNamesTheMethodCriterionAndAlternative() throws {
        let x = RankingCases.matrix([[1, 2], [3, 0]], types: [1, -1])
        Group2Cases.expectError(naming: ["ervd (sum normalisation)", "'A2'", "'C2'"]) {
            _ = try ERVD().evaluate(x, weights: [0.5, 0.5])
        }
        let y = RankingCases.matrix([[1, 2], [3, 4]], types: [1, -1])
        Group2Cases.expectError(naming: ["ervd reference", "3 values", "one per criterion (2)"]) {
            _ = try ERVD(reference: [1, 2, 3]).evaluate(y, weights: [0.5, 0.5])
        }
        Group2Cases.expectError(naming: ["ervd loss-aversion", "positive"]) {
            _ = try ERVD(lossAversion: 0).evaluate(y, weights: [0.5, 0.5])
        }
        #expect(throws: MethodCatalogueError.self) { try ERVD.alphaParameter.parse("-1") }
        #expect(try ERVD.lossAversionParameter.parse("1.5") == .number(1.5))
    }
}

import MCDACore
import Testing
import _TestSupport

@Suite struct SPOTISTests {
    @Test func pymcdmReferenceCases() throws {
        try Group1Cases.expectReferenceCases("spotis")
    }

    /// Dezert, Tchamova, Han & Tacnet (2020), FUSION 2020, doi:10.23919/FUSION45008.2020.9190347:
    /// the 4 × 3 example with bounds, to 4 decimals as pymcdm 1.4.0's tests quote them from the
    /// paper.
    @Test func dezert2020Example() throws {
        let x = RankingCases.matrix([[10.5, -3.1, 1.7], [-4.7, 0, 3.4], [8.1, 0.3, 1.3], [3.2, 7.3, -5.3]], types: [1, -1, 1])
        let r = try SPOTIS(bounds: [ValueRange(-5, 12), ValueRange(-6, 10), ValueRange(-8, 5)]).evaluate(x, weights: [0.2, 0.3, 0.5])
        #expect(allClose(r.scores, [0.1989, 0.3705, 0.3063, 0.7491], tolerance: 5e-5))
        #expect(r.ranks == [1, 3, 2, 4] && r.scoreOrder == .ascending)
        #expect(r.esp == [12, -6, 5] && !r.espGiven)
    }

    /// The car choice with an expected solution point, to 4 decimals as pymcdm 1.4.0's tests quote
    /// it (citing Dezert et al. 2020).
    @Test func dezert2020ExpectedSolutionPoint() throws {
        let x = RankingCases.matrix([[15000, 4.3, 99, 42, 737], [15290, 5.0, 116, 42, 892],
                                     [15350, 5.0, 114, 45, 952], [15490, 5.3, 123, 45, 1120]], types: [-1, -1, -1, 1, 1])
        let bounds = [ValueRange(14000, 16000), ValueRange(3, 8), ValueRange(80, 140), ValueRange(35, 60), ValueRange(650, 1300)]
        let r = try SPOTIS(bounds: bounds, esp: [15300, 4, 115, 50, 900]).evaluate(x, weights: [0.2941, 0.2353, 0.2353, 0.0588, 0.1765])
        #expect(allClose(r.scores, [0.1841, 0.0734, 0.0842, 0.1920], tolerance: 5e-5))
        #expect(r.ranks == [3, 1, 2, 4])
        #expect(r.settings.first { $0.0 == "esp" }?.1 == "15300.0,4.0,115.0,50.0,900.0")
    }

    /// With fixed bounds an alternative's score depends on nothing else: removing one leaves the
    /// others' scores unchanged (the rank-reversal freedom of the method).
    @Test func givenBoundsMakeScoresIndependentOfOtherAlternatives() throws {
        try Group2Cases.expectScoresIndependentOfOthers({ x in
            SPOTIS(bounds: (0..<x.columnCount).map { j in ValueRange(x.column(j).min()! - 1, x.column(j).max()! + 1) })
        }, seed: 51)
    }

    @Test func aDominatedAlternativeNeverRanksFirst() throws {
        try Group1Cases.expectDominatedNeverFirst(SPOTIS(), seed: 52)
    }

    @Test func permutingAlternativesPermutesScores() throws {
        try RankingCases.expectPermutationEquivariance(SPOTIS(), seed: 53)
    }

    /// With the default bounds a constant column has no width: it contributes 0, and is listed.
    @Test func aConstantColumnContributesNothingUnderDefaultBounds() throws {
        let x = RankingCases.matrix([[1, 7, 3], [2, 7, 1], [5, 7, 2]], types: [1, -1, -1])
        let r = try SPOTIS().evaluate(x, weights: [0.5, 0.2, 0.3])
        #expect(r.constantCriteria == ["C2"])
        #expect(allClose(r.scores, [0.5 * 1 + 0.3 * 1, 0.5 * 0.75, 0.5 * 0 + 0.3 * 0.5], tolerance: 1e-15))
    }

    @Test func badBoundsNameTheMethodCriterionAndAlternative() {
        let x = RankingCases.matrix([[1, 5], [3, 12]], types: [1, -1])
        Group2Cases.expectError(naming: ["spotis bounds", "'C2'", "'A2'", "12"]) {
            _ = try SPOTIS(bounds: [ValueRange(0, 4), ValueRange(0, 10)]).evaluate(x, weights: [0.5, 0.5])
        }
        Group2Cases.expectError(naming: ["spotis bounds", "one per criterion (2)"]) {
            _ = try SPOTIS(bounds: [ValueRange(0, 4)]).evaluate(x, weights: [0.5, 0.5])
        }
        Group2Cases.expectError(naming: ["spotis esp", "one per criterion (2)"]) {
            _ = try SPOTIS(esp: [1, 2, 3]).evaluate(x, weights: [0.5, 0.5])
        }
        Group2Cases.expectError(naming: ["spotis esp", "'C1'", "0:4"]) {
            _ = try SPOTIS(bounds: [ValueRange(0, 4), ValueRange(0, 20)], esp: [5, 1]).evaluate(x, weights: [0.5, 0.5])
        }
    }

    /// Bounds written hi:lo are the same interval.
    @Test func reversedBoundsAreTheSameInterval() throws {
        let x = RankingCases.matrix([[1, 5], [3, 12], [2, 7]], types: [1, -1])
        let a = try SPOTIS(bounds: [ValueRange(0, 4), ValueRange(0, 20)]).evaluate(x, weights: [0.4, 0.6])
        let b = try SPOTIS(bounds: [ValueRange(4, 0), ValueRange(20, 0)]).evaluate(x, weights: [0.4, 0.6])
        #expect(a.scores == b.scores)
    }

    /// The simulation kernel (``CoefficientScoring``) gives the method's scores bit for bit.
    @Test func theKernelScoresAsTheMethodBitForBit() throws {
        try Group2Cases.expectKernelMatchesEvaluate(SPOTIS(), seed: 54)
    }
}

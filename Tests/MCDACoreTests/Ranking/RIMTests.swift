import MCDACore
import Testing
import _TestSupport

@Suite struct RIMTests {
    @Test func pymcdmReferenceCases() throws {
        try Group1Cases.expectReferenceCases("rim")
    }

    /// Cables, Lamata & Verdegay (2016), Information Sciences 337–338:1–10,
    /// doi:10.1016/j.ins.2015.12.011: the 5 × 6 example with ranges and reference ideals. The
    /// paper's final indices contain an error that its authors confirmed; these are the corrected
    /// values (as pymcdm 1.4.0's tests quote them, to 5 decimals).
    @Test func cablesLamataVerdegay2016() throws {
        let x = RankingCases.matrix([[30, 0, 2, 3, 3, 2], [40, 9, 1, 3, 2, 2], [25, 0, 3, 1, 3, 2],
                                     [27, 0, 5, 3, 3, 1], [45, 15, 2, 2, 3, 4]], types: [1, 1, -1, 1, 1, 1])
        let rim = RIM(bounds: [ValueRange(23, 60), ValueRange(0, 15), ValueRange(0, 10), ValueRange(1, 3), ValueRange(1, 3), ValueRange(1, 5)],
                      referenceIdeal: [ValueRange(30, 35), ValueRange(10, 15), ValueRange(0, 0), ValueRange(3, 3), ValueRange(3, 3), ValueRange(4, 5)])
        let r = try rim.evaluate(x, weights: [0.2262, 0.2143, 0.1786, 0.1429, 0.1190, 0.1190])
        #expect(allClose(r.scores, [0.58663, 0.75584, 0.37163, 0.46658, 0.74015], tolerance: 5e-6))
        #expect(r.ranks == [3, 1, 5, 4, 2])
        // A1 has 30 on C1, inside the ideal [30, 35]; A5 has 45, 10 past it towards 60: 1 − 10/25.
        #expect(r.normalized[0] == 1 && abs(r.normalized[24] - 0.6) < 1e-15)
    }

    /// The criteria's directions only choose the default reference ideal: a given one decides.
    @Test func aGivenReferenceIdealOverridesTheDirection() throws {
        let x = RankingCases.matrix([[1, 5], [3, 4], [4, 2]], types: [1, -1])
        let w = [0.6, 0.4]
        let ideal = [ValueRange(2, 3), ValueRange(4, 4)]
        let a = try RIM(bounds: [ValueRange(0, 5), ValueRange(0, 6)], referenceIdeal: ideal).evaluate(x, weights: w)
        let b = try RIM(bounds: [ValueRange(0, 5), ValueRange(0, 6)], referenceIdeal: ideal)
            .evaluate(RankingCases.matrix([[1, 5], [3, 4], [4, 2]], types: [-1, 1]), weights: w)
        #expect(a.scores == b.scores && a.ranks[1] == 1)
    }

    /// With given ranges and ideals, removing an alternative leaves the other scores unchanged.
    @Test func givenRangesMakeScoresIndependentOfOtherAlternatives() throws {
        try Group2Cases.expectScoresIndependentOfOthers({ x in
            RIM(bounds: (0..<x.columnCount).map { j in ValueRange(x.column(j).min()! / 2, x.column(j).max()! * 2) })
        }, seed: 61)
    }

    /// With the default (best-end) ideal the normalised values grow with each criterion's
    /// preference, so a dominated alternative never ranks first.
    @Test func aDominatedAlternativeNeverRanksFirst() throws {
        try Group1Cases.expectDominatedNeverFirst(RIM(), seed: 62)
    }

    @Test func permutingAlternativesPermutesScores() throws {
        try RankingCases.expectPermutationEquivariance(RIM(), seed: 63)
    }

    @Test func badRangesAndIdealsNameTheMethodCriterionAndAlternative() {
        let x = RankingCases.matrix([[1, 5], [3, 12]], types: [1, -1])
        Group2Cases.expectError(naming: ["rim bounds", "'C1'", "'A2'", "3"]) {
            _ = try RIM(bounds: [ValueRange(0, 2), ValueRange(0, 20)]).evaluate(x, weights: [0.5, 0.5])
        }
        Group2Cases.expectError(naming: ["rim reference-ideal", "'C2'", "0:20"]) {
            _ = try RIM(bounds: [ValueRange(0, 4), ValueRange(0, 20)], referenceIdeal: [ValueRange(1, 1), ValueRange(19, 21)])
                .evaluate(x, weights: [0.5, 0.5])
        }
        Group2Cases.expectError(naming: ["rim reference-ideal", "3 intervals", "one per criterion (2)"]) {
            _ = try RIM(referenceIdeal: [ValueRange(1, 1), ValueRange(5, 5), ValueRange(0, 0)]).evaluate(x, weights: [0.5, 0.5])
        }
    }
}

import MCDACore
import Testing
import _TestSupport

@Suite struct RAFSITests {
    @Test func pymcdmReferenceCases() throws {
        let cases = try Group1Cases.expectReferenceCases("rafsi")
        #expect(cases.contains { $0.options["n2k"] != nil } && cases.contains { $0.options.isEmpty })
    }

    /// Žižović, Pamučar, Albijanić, Chatterjee & Pribićević (2020), Mathematics 8(6):1015,
    /// doi:10.3390/math8061015: the 6 × 5 example with ideal and anti-ideal values, to 4 decimals as
    /// pymcdm 1.4.0's tests quote them from the paper.
    static let zizovic2020 = RankingCases.matrix([[180, 10.5, 15.5, 160, 3.7], [165, 9.2, 16.5, 131, 5.0], [160, 8.8, 14.0, 125, 4.5],
                                                  [170, 9.5, 16.0, 135, 3.4], [185, 10.0, 14.5, 143, 4.3], [167, 8.9, 15.1, 140, 4.1]],
                                                 types: [1, 1, -1, -1, 1])

    @Test func zizovic2020Example() throws {
        let r = try RAFSI(ideal: [200, 12, 10, 100, 8], antiIdeal: [120, 6, 20, 200, 2])
            .evaluate(Self.zizovic2020, weights: [0.35, 0.25, 0.15, 0.15, 0.1])
        #expect(allClose(r.scores, [0.5081, 0.4522, 0.4381, 0.4560, 0.5299, 0.4373], tolerance: 5e-5))
        #expect(r.ranks == [2, 4, 5, 3, 1, 6])
        #expect(r.intervals[2] == ValueRange(10, 20))
    }

    /// A pair is read as one interval: the paper's cost convention (ideal below anti-ideal) and
    /// the reverse give the same scores.
    @Test func aPairGivenInEitherOrderIsTheSameInterval() throws {
        let w = [0.35, 0.25, 0.15, 0.15, 0.1]
        let a = try RAFSI(ideal: [200, 12, 10, 100, 8], antiIdeal: [120, 6, 20, 200, 2]).evaluate(Self.zizovic2020, weights: w)
        let b = try RAFSI(ideal: [120, 12, 20, 200, 2], antiIdeal: [200, 6, 10, 100, 8]).evaluate(Self.zizovic2020, weights: w)
        #expect(a.scores == b.scores)
    }

    /// The interval's ends map to n₁ and n₂ₖ: with the default interval (the columns' extremes) a
    /// benefit maximum scores n₂ₖ/(n₁ + n₂ₖ) and a cost minimum H/(2n₁).
    @Test func theEndsMapToTheCommonInterval() throws {
        let x = RankingCases.matrix([[1, 5], [3, 2], [2, 4]], types: [1, -1])
        let r = try RAFSI(n1: 2, n2k: 8).evaluate(x, weights: [1, 1])
        let h = 2 / (1.0 / 2 + 1.0 / 8)
        #expect(abs(r.normalized[2] - 8.0 / 10) < 1e-15 && abs(r.normalized[3] - h / 4) < 1e-15)
        #expect(abs(r.normalized[0] - 2.0 / 10) < 1e-15 && abs(r.normalized[1] - h / 16) < 1e-15)
    }

    /// With given ideal and anti-ideal values an alternative's score depends on nothing else.
    @Test func givenValuesMakeScoresIndependentOfOtherAlternatives() throws {
        try Group2Cases.expectScoresIndependentOfOthers({ x in
            RAFSI(ideal: (0..<x.columnCount).map { x.column($0).max()! * 2 }, antiIdeal: [Double](repeating: 0, count: x.columnCount))
        }, seed: 111)
    }

    @Test func aDominatedAlternativeNeverRanksFirst() throws {
        try Group1Cases.expectDominatedNeverFirst(RAFSI(), seed: 112)
    }

    @Test func permutingAlternativesPermutesScores() throws {
        try RankingCases.expectPermutationEquivariance(RAFSI(), seed: 113)
    }

    @Test func badInputNamesTheMethodCriterionAndAlternative() throws {
        let x = RankingCases.matrix([[1, 5], [3, 12]], types: [1, -1])
        Group2Cases.expectError(naming: ["rafsi ideal and anti-ideal", "'C2'", "'A2'", "12"]) {
            _ = try RAFSI(ideal: [4, 0], antiIdeal: [0, 10]).evaluate(x, weights: [0.5, 0.5])
        }
        Group2Cases.expectError(naming: ["rafsi anti-ideal", "one per criterion (2)"]) {
            _ = try RAFSI(ideal: [4, 0], antiIdeal: [0]).evaluate(x, weights: [0.5, 0.5])
        }
        Group2Cases.expectError(naming: ["rafsi n1 and n2k", "0 < n1 < n2k"]) {
            _ = try RAFSI(n1: 6, n2k: 6).evaluate(x, weights: [0.5, 0.5])
        }
        // A constant column under the default values has equal ideal and anti-ideal.
        Group2Cases.expectError(naming: ["rafsi ideal and anti-ideal", "'C1'", "lo < hi"]) {
            _ = try RAFSI().evaluate(RankingCases.matrix([[2, 5], [2, 12]], types: [1, -1]), weights: [0.5, 0.5])
        }
    }

    /// The simulation kernel (``CoefficientScoring``) gives the method's scores bit for bit.
    @Test func theKernelScoresAsTheMethodBitForBit() throws {
        try Group2Cases.expectKernelMatchesEvaluate(RAFSI(n1: 2, n2k: 7), seed: 114)
    }
}

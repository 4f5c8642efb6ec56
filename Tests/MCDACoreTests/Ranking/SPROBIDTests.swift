import MCDACore
import Testing
import _TestSupport

@Suite struct SPROBIDTests {
    @Test func pymcdmReferenceCases() throws {
        let cases = try Group1Cases.expectReferenceCases("sprobid")
        #expect(cases.contains { $0.matrix.count < 4 })  // pymcdm's reading for m < 4 is covered
    }

    /// Wang, Rangaiah & Wang (2021), doi:10.1021/acs.iecr.1c01413, the 11 × 5 example under
    /// sPROBID, to 4 decimals as pymcdm 1.4.0's tests give them (they note that the paper's print
    /// differs from them by rounding).
    @Test func wang2021() throws {
        let r = try SPROBID().evaluate(PROBIDTests.wang2021, weights: PROBIDTests.wang2021Weights)
        #expect(allClose(r.scores, [2.4246, 2.0596, 3.2806, 3.3702, 3.4374, 2.6435, 1.2628, 1.8158, 2.0885, 0.3399, 0.4279], tolerance: 5e-5))
        #expect(r.ranks == [5, 7, 3, 2, 1, 4, 9, 8, 6, 11, 10])
        // m = 11, q = 2: S(pos) = S₁ + S₂/2 and S(neg) = S₁₀/2 + S₁₁.
        let s = (0..<11).map { r.ideal.distances[$0] }
        #expect(abs(r.sPositive[0] - (s[0] + s[1] / 2)) < 1e-15 && abs(r.sNegative[0] - (s[9] / 2 + s[10])) < 1e-15)
    }

    @Test func scalingABenefitColumnKeepsTheRanking() throws {
        try Group1Cases.expectBenefitScaleInvariance(SPROBID(), seed: 91)
    }

    /// With m ≥ 8 (q ≥ 2) a dominated alternative never ranks first, and permuting the
    /// alternatives permutes the scores (for m < 4 pymcdm's reading depends on which alternatives
    /// come first and last, so it is not checked there).
    @Test func dominanceAndPermutationAmongEightOrMore() throws {
        var rng = TestRNG(seed: 92)
        for _ in 0..<30 {
            let (x, w) = RankingCases.random(rows: Int.random(in: 8...12, using: &rng), columns: Int.random(in: 2...5, using: &rng), using: &rng)
            let n = x.columnCount
            var values = x.values
            for j in 0..<n { values[j] = x.criteria[j].isBenefit ? x.values[n + j] * 0.7 : x.values[n + j] / 0.7 }
            let dominated = try DecisionMatrix(alternatives: x.alternatives, criteria: x.criteria, values: values)
            let r = try SPROBID().evaluate(dominated, weights: w)
            #expect(r.ranks[0] > 1 && r.scores[0] < r.scores[1])
            let p = Array(0..<x.rowCount).shuffled(using: &rng)
            let permuted = try SPROBID().evaluate(dominated.selectingAlternatives(p), weights: w)
            #expect(allClose(permuted.scores, p.map { r.scores[$0] }, tolerance: 1e-12))
        }
    }

    /// An alternative best on every criterion is at distance 0 from the best ideal solution: its
    /// score would be infinite (pymcdm returns ∞), so the error names it.
    @Test func anAlternativeAtTheIdealIsAnErrorNamingIt() {
        let x = RankingCases.matrix([[5, 1], [3, 2], [4, 3], [2, 4], [1, 5]], types: [1, -1])
        Group2Cases.expectError(naming: ["sprobid", "'A1'", "distance 0"]) {
            _ = try SPROBID().evaluate(x, weights: [0.5, 0.5])
        }
    }

    /// For m < 4 pymcdm reads rows of the distance matrix (the first and last alternatives'
    /// distances from the i-th ideal solution), the paper the i-th alternative's distances from the
    /// first and last ideal solutions; for m ≥ 4 both agree.
    @Test func thePapersReadingForFewerThanFour() throws {
        let x = RankingCases.matrix([[2, 5], [4, 6], [3, 2]], types: [1, -1])
        let pymcdm = try SPROBID().evaluate(x, weights: [0.6, 0.4])
        let paper = try #require(try Group1Cases.specification("sprobid", options: ["sprobid-formula": "1"]).evaluate(x, weights: [0.6, 0.4]) as? SPROBIDResult)
        let s = pymcdm.ideal.distances
        for i in 0..<3 {
            #expect(pymcdm.scores[i] == s[6 + i] / s[i])
            #expect(paper.scores[i] == s[i * 3 + 2] / s[i * 3])
        }
        #expect(paper.formula == .paper)
        let many = try SPROBID(formula: .paper).evaluate(PROBIDTests.wang2021, weights: PROBIDTests.wang2021Weights)
        #expect(many.scores == (try SPROBID().evaluate(PROBIDTests.wang2021, weights: PROBIDTests.wang2021Weights)).scores)
    }
}

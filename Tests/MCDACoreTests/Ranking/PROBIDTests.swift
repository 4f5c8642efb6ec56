import MCDACore
import Testing
import _TestSupport

@Suite struct PROBIDTests {
    @Test func pymcdmReferenceCases() throws {
        try Group1Cases.expectReferenceCases("probid")
    }

    /// Wang, Rangaiah & Wang (2021), Ind. Eng. Chem. Res. 60(30):11216–11230,
    /// doi:10.1021/acs.iecr.1c01413: 11 Pareto-optimal solutions on five criteria, to 4 decimals as
    /// pymcdm 1.4.0's tests quote them from the paper.
    static let wang2021 = RankingCases.matrix([
        [1.679e6, 1.525e-7, 3.747e-5, 0.251, 2.917], [2.213e6, 1.304e-7, 3.250e-5, 0.218, 6.633],
        [2.461e6, 1.445e-7, 3.854e-5, 0.259, 0.553], [2.854e6, 1.540e-7, 3.970e-5, 0.266, 1.597],
        [3.107e6, 1.522e-7, 3.779e-5, 0.254, 2.905], [3.574e6, 1.469e-7, 3.297e-5, 0.221, 6.378],
        [3.932e6, 1.977e-7, 3.129e-5, 0.210, 11.381], [4.383e6, 1.292e-7, 3.142e-5, 0.211, 9.929],
        [4.988e6, 1.690e-7, 3.767e-5, 0.253, 8.459], [5.497e6, 5.703e-7, 3.012e-5, 0.200, 18.918],
        [5.751e6, 4.653e-7, 3.017e-5, 0.201, 17.517]], types: [1, -1, -1, -1, -1])
    static let wang2021Weights = [0.1819, 0.2131, 0.1838, 0.1832, 0.2379]

    @Test func wang2021() throws {
        let r = try PROBID().evaluate(Self.wang2021, weights: Self.wang2021Weights)
        #expect(allClose(r.scores, [0.8568, 0.7826, 0.9362, 0.9369, 0.9379, 0.8716, 0.5489, 0.7231, 0.7792, 0.3331, 0.3387], tolerance: 5e-5))
        #expect(r.ranks == [5, 6, 3, 2, 1, 4, 9, 8, 7, 11, 10])
        // The first ideal solution holds every column's best weighted value.
        let n = 5
        #expect(r.ideal.idealSolutions[0] == (0..<11).map { r.ideal.weighted[$0 * n] }.max())
        #expect(r.ideal.idealSolutions[1] == (0..<11).map { r.ideal.weighted[$0 * n + 1] }.min())
    }

    @Test func scalingABenefitColumnKeepsTheRanking() throws {
        try Group1Cases.expectBenefitScaleInvariance(PROBID(), seed: 81)
    }

    @Test func permutingAlternativesPermutesScores() throws {
        try RankingCases.expectPermutationEquivariance(PROBID(), seed: 82)
    }

    /// Alike alternatives are at distance 0 from every ideal solution: R is taken as 1, never 0/0.
    @Test func alikeAlternativesScoreOneHalf() throws {
        let r = try PROBID().evaluate(RankingCases.matrix([[2, 3], [2, 3], [2, 3], [2, 3]], types: [1, -1]), weights: [0.5, 0.5])
        #expect(r.scores == [0.5, 0.5, 0.5, 0.5] && r.ratio == [1, 1, 1, 1])
        let one = try PROBID().evaluate(RankingCases.matrix([[2, 3]]), weights: [0.5, 0.5])
        #expect(one.scores == [0.5])
    }

    /// Even m: both halves include k = m/2, as pymcdm computes it (m = 4: S(pos) = S₁ + S₂/2,
    /// S(neg) = S₂/3 + S₃/2 + S₄).
    @Test func evenMShareTheMiddleSolution() throws {
        let x = RankingCases.matrix([[1, 9], [4, 2], [3, 5], [7, 1]], types: [1, -1])
        let r = try PROBID().evaluate(x, weights: [0.6, 0.4])
        for i in 0..<4 {
            let s = (0..<4).map { r.ideal.distances[i * 4 + $0] }
            #expect(abs(r.sPositive[i] - (s[0] + s[1] / 2)) < 1e-15)
            #expect(abs(r.sNegative[i] - (s[1] / 3 + s[2] / 2 + s[3])) < 1e-15)
        }
    }

    /// The paper's worse half for even m starts at m/2 + 1 (m = 4: S(neg) = S₃/2 + S₄); odd m is
    /// the same under both readings.
    @Test func thePapersWorseHalfForEvenM() throws {
        let x = RankingCases.matrix([[1, 9], [4, 2], [3, 5], [7, 1]], types: [1, -1])
        let spec = try Group1Cases.specification("probid", options: ["probid-formula": "paper"])
        let r = try #require(spec.evaluate(x, weights: [0.6, 0.4]) as? PROBIDResult)
        #expect(r.formula == .paper && r.settings.first?.1 == "paper")
        for i in 0..<4 {
            let s = (0..<4).map { r.ideal.distances[i * 4 + $0] }
            #expect(abs(r.sNegative[i] - (s[2] / 2 + s[3])) < 1e-15)
        }
        let odd = try PROBID(formula: .paper).evaluate(PROBIDTests.wang2021, weights: PROBIDTests.wang2021Weights)
        #expect(odd.scores == (try PROBID().evaluate(PROBIDTests.wang2021, weights: PROBIDTests.wang2021Weights)).scores)
    }
}

import MCDACore
import Testing
import _TestSupport

@Suite struct VIKORTests {
    @Test func opricovicTzeng2004() throws {
        let r = try VIKOR().evaluate(RankingCases.opricovicTzeng2004, weights: [0.5, 0.5])
        // Published (Opricovic & Tzeng 2004): S = .5 .375 .5, R = .5 .25 .5, Q = 1 0 1, compromise {A2}.
        #expect(allClose(r.S, [0.5, 0.375, 0.5], tolerance: 1e-12))
        #expect(allClose(r.R, [0.5, 0.25, 0.5], tolerance: 1e-12))
        #expect(allClose(r.Q, [1, 0, 1], tolerance: 1e-12))
        #expect(r.ranks == [2.5, 1, 2.5])
        #expect(r.dq == 0.5 && r.acceptableAdvantage && r.acceptableStability)
        #expect(r.compromiseSet == [1])
        #expect(r.scoreOrder == .ascending)
    }

    /// Opricovic & Tzeng (2007), EJOR 178(2):514–529, doi:10.1016/j.ejor.2006.01.020: hydro-power
    /// alternatives, weight sets W1 (C1 and C2 hold) and W3 (C1 fails). Reference cases
    /// vikor__opricovic_tzeng2007_W1/W3 (scikit-criteria agrees); published to 3 decimals.
    static let hydro = RankingCases.matrix([[4184.3, 2914.0, 407.2, 251.0, 195.0, 244.0, 15.0, 2.41],
                                            [5211.9, 3630.0, 501.7, 308.3, 282.0, 346.0, 21.0, 1.41],
                                            [5021.3, 3920.5, 504.0, 278.6, 12.0, 56.0, 3.0, 4.42],
                                            [5566.1, 3957.9, 559.5, 335.3, 167.0, 268.0, 16.0, 3.36],
                                            [5060.5, 3293.5, 514.1, 284.2, 69.0, 90.0, 7.0, 4.04],
                                            [4317.9, 2925.9, 432.8, 239.3, 12.0, 55.0, 3.0, 4.36]],
                                           types: [1, -1, 1, 1, -1, -1, -1, 1])

    @Test func opricovicTzeng2007W1() throws {
        let r = try VIKOR().evaluate(Self.hydro, weights: [Double](repeating: 0.125, count: 8))
        #expect(allClose(r.Q, [0.9906107475832696, 1.0, 0.47318096404474075, 0.669585136135467, 0.0, 0.5783272291587683], tolerance: 1e-10))
        #expect(allClose(r.Q, [0.991, 1.0, 0.473, 0.67, 0.0, 0.578], tolerance: 1.5e-3))
        #expect(allClose(r.S, [0.692, 0.7, 0.29, 0.423, 0.28, 0.346], tolerance: 1.5e-3))
        #expect(r.ranksByR == [4.5, 4.5, 2, 4.5, 1, 4.5])
        #expect(r.dq == 0.2 && r.acceptableAdvantage && r.acceptableStability && r.compromiseSet == [4])
    }

    @Test func opricovicTzeng2007W3AdvantageFails() throws {
        let w = [Double](repeating: 1.0 / 12, count: 4) + [Double](repeating: 1.0 / 6, count: 4)
        let r = try VIKOR().evaluate(Self.hydro, weights: w)
        #expect(allClose(r.Q, [0.6842400139581486, 1.0, 0.14712771502780925, 0.5535853804930125, 0.041137893255286676, 0.19133642504859222], tolerance: 1e-10))
        #expect(!r.acceptableAdvantage && r.acceptableStability)
        #expect(r.compromiseSet == [2, 4, 5])
    }

    @Test func tzengHuang2011AdvantageFails() throws {
        let r = try VIKOR().evaluate(RankingCases.tzengHuang2011, weights: [0.3, 0.4, 0.3])
        // scikit-criteria's test (Tzeng & Huang 2011): S .6 .3 .15 .65, R .3 .2 .15 .4, Q .75 .25 0 1, set {A2, A3}.
        #expect(allClose(r.S, [0.6, 0.3, 0.15, 0.65], tolerance: 1e-12))
        #expect(allClose(r.R, [0.3, 0.2, 0.15, 0.4], tolerance: 1e-12))
        #expect(allClose(r.Q, [0.75, 0.25, 0, 1], tolerance: 1e-12))
        #expect(r.compromiseSet == [1, 2])
    }

    @Test func papathanasiouPloskasWithV0625() throws {
        let r = try VIKOR(v: 0.625).evaluate(RankingCases.papathanasiouPloskas2018, weights: [0.4, 0.3, 0.1, 0.2])
        // Published Q (Papathanasiou & Ploskas 2018): .640 1.000 .693 .271 .000 .694.
        #expect(allClose(r.Q, [0.640, 1.000, 0.693, 0.271, 0.000, 0.694], tolerance: 5e-4))
        #expect(allClose(r.Q, [0.6399315187239945, 1.0, 0.6929178224687933, 0.2714112343966713, 0.0, 0.6938930305131762], tolerance: 1e-10))
        #expect(r.ranks == [3, 6, 4, 2, 1, 5] && r.compromiseSet == [4])
        #expect(r.settings.first?.1 == "0.625")
    }

    @Test func yangWu2020() throws {
        let x = RankingCases.matrix([[78, 56, 34, 6], [4, 45, 3, 97], [18, 2, 50, 63], [9, 14, 11, 92], [85, 9, 100, 29]])
        let r = try VIKOR().evaluate(x, weights: [0.25, 0.25, 0.25, 0.25])
        // Yang & Wu (2020), IEEE Access 8:21261 (pymcdm's test): Q = .5679 .7667 1 .7493 0.
        #expect(allClose(r.Q, [0.5679, 0.7667, 1, 0.7493, 0], tolerance: 5e-5))
        #expect(r.compromiseSet == [4])
    }

    /// Only C2 fails: a₁ = A5 (Q = 7/48) leads A4 (Q = 17/40) by more than DQ = 1/4, but A3 has the
    /// least S (1/3) and A4 the least R (1/4). Exact values by rational arithmetic.
    @Test func stabilityFailsGivesTheFirstTwo() throws {
        let x = RankingCases.matrix([[2, 9, 1], [5, 5, 2], [7, 3, 9], [4, 6, 3], [3, 8, 8]])
        let r = try VIKOR().evaluate(x, weights: [1.0 / 3, 1.0 / 3, 1.0 / 3])
        let q: [Double] = [1, 173.0 / 240, 0.5, 17.0 / 40, 7.0 / 48]
        let s: [Double] = [2.0 / 3, 233.0 / 360, 1.0 / 3, 37.0 / 60, 131.0 / 360]
        #expect(allClose(r.Q, q, tolerance: 1e-14))
        #expect(allClose(r.S, s, tolerance: 1e-14))
        #expect(r.acceptableAdvantage && !r.acceptableStability)
        #expect(r.compromiseSet == [3, 4])
    }

    /// Degenerate cases (scikit-criteria's convention, reference README "disagreements" 6).
    @Test func allSEqualDropsTheSTerm() throws {
        let r = try VIKOR().evaluate(RankingCases.matrix([[1, 2], [2, 1], [1.5, 1.5]]), weights: [0.5, 0.5])
        #expect(r.S == [0.5, 0.5, 0.5] && r.sTermDropped && !r.rTermDropped)
        #expect(r.Q == [0.5, 0.5, 0])
    }

    @Test func constantCriterionContributesNothing() throws {
        let base = RankingCases.opricovicTzeng2004
        let x = RankingCases.matrix([[1, 7, 3000], [2, 7, 3750], [5, 7, 4500]], types: [-1, 1, 1])
        let a = try VIKOR().evaluate(base, weights: [0.5, 0.5]), b = try VIKOR().evaluate(x, weights: [0.5, 0.2, 0.5])
        #expect(a.S == b.S && a.R == b.R && a.Q == b.Q)
        #expect(b.constantCriteria == ["C2"])
    }

    @Test func oneAlternativeIsItsOwnCompromise() throws {
        let r = try VIKOR().evaluate(RankingCases.matrix([[3, 4]]), weights: [0.5, 0.5])
        #expect(r.Q == [0] && r.compromiseSet == [0] && r.dq == 0)
    }

    @Test func degenerateProblemsStayFinite() throws {
        var rng = TestRNG(seed: 20240614)
        for _ in 0..<200 {
            let m = Int.random(in: 1...6, using: &rng), n = Int.random(in: 1...4, using: &rng)
            // Few distinct values: constant columns, duplicate rows and equal S or R are common.
            let rows = (0..<m).map { _ in (0..<n).map { _ in Double(Int.random(in: 1...2, using: &rng)) } }
            let w = (0..<n).map { _ in Double(Int.random(in: 0...2, using: &rng)) }
            guard w.contains(where: { $0 > 0 }) else { continue }
            let r = try VIKOR(v: Double.random(in: 0...1, using: &rng)).evaluate(RankingCases.matrix(rows), weights: w)
            let all = r.S + r.R + r.Q + [r.dq]
            #expect(all.allSatisfy { $0.isFinite })
            #expect(r.Q.allSatisfy { $0 >= 0 && $0 <= 1 } && !r.compromiseSet.isEmpty)
        }
    }

    @Test func permutingAlternativesPermutesScores() throws {
        try RankingCases.expectPermutationEquivariance(VIKOR(v: 0.3), seed: 7)
    }

    @Test func vOutsideTheUnitIntervalIsRejected() {
        #expect(throws: MCDAError.self) { try VIKOR(v: 1.2).evaluate(RankingCases.opricovicTzeng2004, weights: [0.5, 0.5]) }
    }
}

import MCDACore
import Testing
import _TestSupport

@Suite struct WeightSensitivityAnalysisTests {
    /// Two benefit criteria, no normalisation: sᵢ(w) = yᵢ + (xᵢ − yᵢ)·w with w the weight of x.
    /// A (1, 0.2) = 0.2 + 0.8w, B (0.3, 1) = 1 − 0.7w, C (0.6, 0.7) = 0.7 − 0.1w, D (0.2, 0.1) = 0.1 + 0.1w.
    /// Crossings (closed form): B = C at w = 0.3/0.6 = 1/2, A = B at 0.8/1.5 = 8/15, A = C at 0.5/0.9 = 5/9;
    /// D crosses nobody in (0, 1). At w = 0.6 the order is A C B D.
    static let matrix = try! DecisionMatrix(alternatives: ["A", "B", "C", "D"],
                                            criteria: [Criterion(id: "x", direction: .benefit), Criterion(id: "y", direction: .benefit)],
                                            values: [1, 0.2, 0.3, 1, 0.6, 0.7, 0.2, 0.1])
    static var wsm: WeightedSumScoring { WeightedSumScoring(normalized: try! Normalization.none.apply(to: matrix)) }

    @Test func twoCriteriaMatchTheClosedForm() throws {
        let a = try WeightSensitivityAnalysis(Self.wsm, weights: [0.6, 0.4], topK: 3, points: 11)
        #expect(a.method == .exact)
        #expect(a.topAlternatives == [0, 2, 1])
        // Criterion x: B passes C for 1st place at 1/2, A passes B for 2nd at 8/15, A passes C for 1st at 5/9.
        let x = a.sweeps[0].changes.map { ($0.breakpoint.weight, $0.breakpoint.aheadBelow, $0.breakpoint.aheadAbove, $0.place) }
        let expectedX: [(Double, Int, Int, Int)] = [(1.0 / 2, 1, 2, 1), (8.0 / 15, 1, 0, 2), (5.0 / 9, 2, 0, 1)]
        #expect(x.count == 3)
        for (g, e) in zip(x, expectedX) {
            let same = abs(g.0 - e.0) < 1e-14 && g.1 == e.1 && g.2 == e.2 && g.3 == e.3
            #expect(same, "\(g) vs \(e)")
        }
        // Criterion y moves w_y = 1 − w_x: the same crossings at 1 − w.
        let y: [Double] = a.sweeps[1].changes.map(\.breakpoint.weight)
        let expectedY: [Double] = [4.0 / 9, 7.0 / 15, 1.0 / 2]
        #expect(allClose(y, expectedY, tolerance: 1e-14))
        // The winner A stays first for w_x ≥ 5/9: critical change 0.6 − 5/9 = 2/45 (down), relative (2/45)/0.6 = 2/27.
        let cx = a.critical.winnerChanges[0]
        #expect(abs(cx.criticalWeight! - 5.0 / 9) < 1e-14 && abs(cx.absoluteChange! - 2.0 / 45) < 1e-14)
        #expect(abs(cx.relativeChange! - 2.0 / 27) < 1e-13)
        #expect(abs(a.stability[0].lower - 5.0 / 9) < 1e-14 && a.stability[0].upper == 1)
        #expect(a.stability[1].lower == 0 && abs(a.stability[1].upper - 4.0 / 9) < 1e-14)
        // A and C (1st and 2nd) swap at 5/9, A and B at 8/15, C and B at 1/2.
        let pairs = a.critical.pairSwaps.map { ($0.higher, $0.lower, $0.changes[0].criticalWeight) }
        #expect(pairs.count == 3)
        for (got, want) in zip(pairs, [(0, 2, 5.0 / 9), (0, 1, 8.0 / 15), (2, 1, 1.0 / 2)]) {
            let same = got.0 == want.0 && got.1 == want.1 && close(got.2, want.2, 1e-14)
            #expect(same, "\(got) vs \(want)")
        }
    }

    @Test func rankPathsFollowTheGrid() throws {
        // Grid k/29 (no point on a crossing): order B C A D up to 14/29, C B A D at 15/29, C A B D at
        // 16/29 (between 8/15 and 5/9), A C B D from 17/29.
        let a = try WeightSensitivityAnalysis(Self.wsm, weights: [0.6, 0.4], topK: 2, points: 30)
        #expect(a.topAlternatives == [0, 2])
        let rankA: [Double] = Array(repeating: 3, count: 16) + [2] + Array(repeating: 1, count: 13)
        let rankC: [Double] = Array(repeating: 2, count: 15) + [1, 1] + Array(repeating: 2, count: 13)
        #expect(a.sweeps[0].ranks == [rankA, rankC])
        #expect(a.sweeps.allSatisfy { $0.grid.count == 30 })
    }

    @Test func intervalsAgreeWithTheWinnersCriticalChanges() throws {
        for scoring in [try TOPSISScoring(matrix: fighter, normalization: .vector) as any WeightedScoring,
                        try WeightedSumScoring(matrix: fighter, normalization: .linear)] {
            let a = try WeightSensitivityAnalysis(scoring, weights: fighterWeights, topK: 3)
            for (c, i) in zip(a.critical.winnerChanges, a.stability) {
                #expect(i.lower == (c.lowerWeight ?? 0) && i.upper == (c.upperWeight ?? 1))
                #expect(i.lower <= i.baseWeight && i.baseWeight <= i.upper)
            }
            // The first change of 1st place along each sweep is an end of the winner's interval.
            for j in 0..<6 {
                let firsts = a.sweeps[j].changes.filter { $0.place == 1 }.map(\.breakpoint.weight)
                let below = firsts.filter { $0 <= a.weights[j] }.max(), above = firsts.filter { $0 >= a.weights[j] }.min()
                #expect(close(below, a.critical.winnerChanges[j].lowerWeight, 1e-9) && close(above, a.critical.winnerChanges[j].upperWeight, 1e-9))
            }
        }
    }

    @Test func topKIsCappedAndValidated() throws {
        let a = try WeightSensitivityAnalysis(Self.wsm, weights: [1, 1], topK: 10)
        #expect(a.topK == 4 && a.topAlternatives.count == 4 && a.critical.pairSwaps.count == 6)
        #expect(throws: MCDAError.self) { try WeightSensitivityAnalysis(Self.wsm, weights: [1, 1], topK: 0) }
        #expect(throws: MCDAError.self) { try WeightSensitivityAnalysis(Self.wsm, weights: [1, 1], points: 1) }
        #expect(throws: (any Error).self) { try WeightSensitivityAnalysis(Self.wsm, weights: [1, 1, 1]) }
    }

    /// The analysis takes the winner's stability intervals from its critical changes instead of
    /// scanning again: they must be exactly those of `stabilityIntervals` with k = 1.
    @Test func stabilityIntervalsAreTheWinnersCriticalChanges() throws {
        let scorings: [any WeightedScoring] = [try WeightedSumScoring(matrix: fighter, normalization: .linear),
                                               try TOPSISScoring(matrix: fighter, normalization: .vector)]
        for scoring in scorings {
            let analysis = try WeightSensitivityAnalysis(scoring, weights: fighterWeights, topK: 3)
            #expect(analysis.stability == (try WeightSensitivity.stabilityIntervals(scoring, weights: fighterWeights, topK: 1)))
        }
    }
}

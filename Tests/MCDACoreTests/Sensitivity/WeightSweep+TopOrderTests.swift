import MCDACore
import Testing
import _TestSupport

/// The first k alternatives (best first, ties by index) at weight t of criterion j.
func topOrder(_ scoring: some WeightedScoring, weights: [Double], criterion j: Int, at t: Double, k: Int) throws -> [Int] {
    let sign: Double = scoring.order == .descending ? 1 : -1
    let s = scoring.scores(weights: try WeightSensitivity.rescaledWeights(weights, criterion: j, to: t)).map { sign * $0 }
    return Array(s.indices.sorted { s[$0] > s[$1] || (s[$0] == s[$1] && $0 < $1) }.prefix(k))
}

/// Checks `topOrderChanges` against a walk over a fine grid: every grid step across which the top-k
/// list differs holds a reported change, and every reported weight is within one step of such a
/// difference.
func expectTopChangesMatchGrid(_ scoring: some WeightedScoring, weights: [Double], k: Int, step: Double = 1e-4) throws {
    for j in weights.indices {
        let sweep = try WeightSensitivity.sweep(scoring, weights: weights, criterion: j)
        let changes = try sweep.topOrderChanges(scoring, topK: k).map(\.breakpoint.weight)
        var differing: [(Double, Double)] = []
        var t = step / 2, previous = try topOrder(scoring, weights: weights, criterion: j, at: t, k: k)
        while t + step < 1 {
            let current = try topOrder(scoring, weights: weights, criterion: j, at: t + step, k: k)
            if current != previous { differing.append((t, t + step)) }
            (previous, t) = (current, t + step)
        }
        for (lo, hi) in differing {
            #expect(changes.contains { $0 > lo - 1e-9 && $0 <= hi + 1e-9 }, "criterion \(j), k \(k): no change reported in (\(lo), \(hi)]")
        }
        for w in changes where w > step && w < 1 - step {
            #expect(differing.contains { w > $0.0 - 1e-9 && w <= $0.1 + 1e-9 }, "criterion \(j), k \(k): \(w) changes nothing on the grid")
        }
    }
}

@Suite struct WeightSweepTopOrderTests {
    @Test func weightedSumChangesMatchAFineGrid() throws {
        let wsm = try WeightedSumScoring(matrix: fighter, normalization: .linear)
        for k in 1...4 { try expectTopChangesMatchGrid(wsm, weights: fighterWeights, k: k) }
    }

    @Test func topsisChangesMatchAFineGrid() throws {
        let topsis = try TOPSISScoring(matrix: fighter, normalization: .vector)
        for k in 1...3 { try expectTopChangesMatchGrid(topsis, weights: fighterWeights, k: k) }
    }

    /// A (1, 0), B (0, 1) and C (½, ½) meet at w₁ = ½; D (0.9, 0.2) scores 0.2 + 0.7w₁ and passes
    /// C at 3/7, B at 8/17 and A at 2/3 (solving 0.2 + 0.7w = ½, 1 − w, w). Order along w₁:
    /// B C D A → B D C A → D B C A → (B, C, A reverse at ½) D A C B → A D C B.
    @Test func concurrentCrossingsAreAppliedTogether() throws {
        let matrix = try DecisionMatrix(alternatives: ["A", "B", "C", "D"],
                                        criteria: [Criterion(id: "x", direction: .benefit), Criterion(id: "y", direction: .benefit)],
                                        values: [1, 0, 0, 1, 0.5, 0.5, 0.9, 0.2])
        let wsm = WeightedSumScoring(normalized: try Normalization.none.apply(to: matrix))
        let sweep = try WeightSensitivity.sweep(wsm, weights: [0.5, 0.5], criterion: 0)
        let changes = try sweep.topOrderChanges(wsm, topK: 2)
        let (a, b, c, d) = (0, 1, 2, 3)
        let expected: [(Double, Int, Int, Int)] = [(3.0 / 7, c, d, 2), (8.0 / 17, b, d, 1), (0.5, b, a, 2), (0.5, b, c, 2), (2.0 / 3, d, a, 1)]
        #expect(changes.count == expected.count)
        for (got, (w, below, above, place)) in zip(changes, expected) {
            let b = got.breakpoint
            let same = abs(b.weight - w) < 1e-12 && b.aheadBelow == below && b.aheadAbove == above && got.place == place
            #expect(same, "\(got)")
        }
        try expectTopChangesMatchGrid(wsm, weights: [0.5, 0.5], k: 3)
    }

    @Test func randomMatricesMatchAFineGrid() throws {
        var rng = TestRNG(seed: 11)
        for _ in 0..<3 {
            let values = (0..<(12 * 3)).map { _ in Double.random(in: 1...10, using: &rng) }
            let matrix = try DecisionMatrix(alternatives: (0..<12).map { "a\($0)" },
                                            criteria: (0..<3).map { Criterion(id: "c\($0)", direction: $0 == 1 ? .cost : .benefit) },
                                            values: values)
            let weights = (0..<3).map { _ in Double.random(in: 0.1...1, using: &rng) }
            try expectTopChangesMatchGrid(try WeightedSumScoring(matrix: matrix, normalization: .max), weights: weights, k: 3, step: 2e-4)
        }
    }

    @Test func aMismatchedScoringIsRejected() throws {
        let wsm = try WeightedSumScoring(matrix: fighter, normalization: .linear)
        let sweep = try WeightSensitivity.sweep(wsm, weights: fighterWeights, criterion: 0)
        let other = ClosureScoring(alternatives: 4, criteria: 5, order: .descending) { _ in [0, 0, 0, 0] }
        #expect(throws: SensitivityError.self) { try sweep.topOrderChanges(other, topK: 2) }
    }
}

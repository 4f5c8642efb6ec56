import MCDACore
import Testing
import _TestSupport

@Suite struct WinnerPathTests {
    /// The winner path agrees with a brute-force evaluation on a fine grid (away from the cut points),
    /// for the exact (WSM) and the bisection (TOPSIS) breakpoints, on seeded random problems.
    @Test(arguments: [false, true])
    func agreesWithBruteForce(topsis: Bool) throws {
        var rng = TestRNG(seed: topsis ? 11 : 12)
        for _ in 0..<8 {
            let m = Int.random(in: 3...9, using: &rng), n = Int.random(in: 2...5, using: &rng)
            let values = (0..<(m * n)).map { _ in Double.random(in: 1...100, using: &rng) }
            let matrix = try DecisionMatrix(alternatives: (0..<m).map { "a\($0)" },
                                            criteria: (0..<n).map { Criterion(id: "c\($0)", direction: $0 % 2 == 0 ? .benefit : .cost) },
                                            values: values)
            let w = Weights.normalized((0..<n).map { _ in Double.random(in: 0.1...1, using: &rng) })
            let scoring: any WeightedScoring = topsis
                ? TOPSISScoring(normalized: try Normalization.vector.apply(to: matrix))
                : WeightedSumScoring(normalized: try Normalization.linear.apply(to: matrix))
            for j in 0..<n {
                let sweep = try WeightSensitivity.sweep(scoring, weights: w, criterion: j)
                let path = try sweep.winnerPath(scoring)
                #expect(path.first?.from == 0 && path.last?.to == 1)
                for k in 0...400 {
                    let t = Double(k) / 400
                    guard !path.contains(where: { abs($0.to - t) < 1e-6 }) else { continue }
                    let s = scoring.scores(weights: try WeightSensitivity.rescaledWeights(w, criterion: j, to: t))
                    let best = s.indices.max { s[$0] < s[$1] }!
                    let segment = try #require(path.first { $0.from <= t && t <= $0.to })
                    #expect(segment.winner == best, "criterion \(j) at \(t)")
                }
            }
        }
    }
}

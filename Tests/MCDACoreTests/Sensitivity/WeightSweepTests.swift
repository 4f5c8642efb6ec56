import MCDACore
import Testing
import _TestSupport

/// Every weight t on a fine grid where the pair (p, q) changes sign, by direct evaluation.
func bruteForceCrossings(_ scoring: some WeightedScoring, weights: [Double], criterion: Int, step: Double) throws -> [(t: Double, p: Int, q: Int)] {
    let sign: Double = scoring.order == .descending ? 1 : -1
    var previous: [Double]?
    var out: [(Double, Int, Int)] = []
    var t = 0.0
    while t <= 1 {
        let s = scoring.scores(weights: try WeightSensitivity.rescaledWeights(weights, criterion: criterion, to: t)).map { sign * $0 }
        if let prev = previous {
            for p in 0..<s.count { for q in (p + 1)..<s.count where (prev[p] - prev[q]) * (s[p] - s[q]) < 0 { out.append((t - step / 2, p, q)) } }
        }
        previous = s
        t += step
    }
    return out
}

@Suite struct WeightSweepTests {
    @Test func exactBreakpointsMatchAFineGridSearch() throws {
        let wsm = try WeightedSumScoring(matrix: fighter, normalization: .linear)
        for j in 0..<6 {
            let sweep = try WeightSensitivity.sweep(wsm, weights: fighterWeights, criterion: j)
            #expect(sweep.method == .exact)
            let brute = try bruteForceCrossings(wsm, weights: fighterWeights, criterion: j, step: 1e-5)
            #expect(sweep.breakpoints.count == brute.count, "criterion \(j)")
            for b in brute {
                #expect(sweep.breakpoints.contains { abs($0.weight - b.t) <= 1e-5 && Set([$0.aheadBelow, $0.aheadAbove]) == [b.p, b.q] },
                        "criterion \(j): \(b)")
            }
        }
    }

    @Test func bisectionAgreesWithTheClosedForm() throws {
        let wsm = try WeightedSumScoring(matrix: fighter, normalization: .linear)
        let opaque = ClosureScoring(alternatives: 4, criteria: 6, order: .descending) { wsm.scores(weights: $0) }
        for j in [0, 3, 5] {
            let exact = try WeightSensitivity.sweep(wsm, weights: fighterWeights, criterion: j)
            let searched = try WeightSensitivity.sweep(opaque, weights: fighterWeights, criterion: j)
            #expect(searched.method == .bisection(scanStep: 1e-3, tolerance: 1e-10))
            #expect(searched.breakpoints.count == exact.breakpoints.count)
            for (a, b) in zip(exact.breakpoints, searched.breakpoints) {
                #expect(abs(a.weight - b.weight) < 1e-9 && a.aheadBelow == b.aheadBelow && a.aheadAbove == b.aheadAbove)
            }
        }
    }

    @Test func topsisBreakpointsAreSignChanges() throws {
        let topsis = try TOPSISScoring(matrix: fighter, normalization: .vector)
        for j in 0..<6 {
            let sweep = try WeightSensitivity.sweep(topsis, weights: fighterWeights, criterion: j)
            let brute = try bruteForceCrossings(topsis, weights: fighterWeights, criterion: j, step: 1e-4)
            #expect(sweep.breakpoints.count == brute.count, "criterion \(j)")
            for b in sweep.breakpoints {
                let below = topsis.scores(weights: try WeightSensitivity.rescaledWeights(fighterWeights, criterion: j, to: b.weight - 1e-7))
                let above = topsis.scores(weights: try WeightSensitivity.rescaledWeights(fighterWeights, criterion: j, to: b.weight + 1e-7))
                #expect(below[b.aheadBelow] > below[b.aheadAbove] && above[b.aheadAbove] > above[b.aheadBelow])
            }
        }
    }

    @Test func gridRanksAreTheRanksAtEachWeight() throws {
        let wsm = try WeightedSumScoring(matrix: fighter, normalization: .linear)
        let sweep = try WeightSensitivity.sweep(wsm, weights: fighterWeights, criterion: 4, points: 11)
        #expect(sweep.grid.count == 11 && sweep.grid[10] == 1)
        for (k, t) in sweep.grid.enumerated() {
            let w = try WeightSensitivity.rescaledWeights(fighterWeights, criterion: 4, to: t)
            #expect(sweep.ranks(atGridPoint: k) == Ranking.ranks(wsm.scores(weights: w), order: .descending))
        }
    }
}

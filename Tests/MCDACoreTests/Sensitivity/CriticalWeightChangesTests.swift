import MCDACore
import Testing
import _TestSupport

/// The nearest weights below and above the base at which `changed` first holds, on a grid.
func bruteForceEvent(_ weights: [Double], criterion j: Int, step: Double, changed: ([Double]) -> Bool) throws -> (down: Double?, up: Double?) {
    let base = Weights.normalized(weights)[j]
    func scan(_ direction: Double) throws -> Double? {
        var t = base
        while t + direction * step >= 0 && t + direction * step <= 1 {
            t += direction * step
            if changed(try WeightSensitivity.rescaledWeights(weights, criterion: j, to: t)) { return t }
        }
        return nil
    }
    return (try scan(-1), try scan(1))
}

func close(_ a: Double?, _ b: Double?, _ tolerance: Double) -> Bool {
    switch (a, b) {
    case (nil, nil): return true
    case (let x?, let y?): return abs(x - y) <= tolerance
    default: return false
    }
}

@Suite struct CriticalWeightChangesTests {
    func winnerChanges(_ scoring: some WeightedScoring, search: BreakpointSearch = BreakpointSearch()) throws {
        let result = try WeightSensitivity.criticalChanges(scoring, weights: fighterWeights, topK: 3, search: search)
        let winner = result.topAlternatives[0]
        for j in 0..<6 {
            let brute = try bruteForceEvent(fighterWeights, criterion: j, step: 1e-5) { w in
                let s = scoring.scores(weights: w)
                return s.indices.contains { s[$0] > s[winner] }
            }
            let c = result.winnerChanges[j]
            #expect(close(c.lowerWeight, brute.down, 1.1e-5) && close(c.upperWeight, brute.up, 1.1e-5), "criterion \(j): \(c) vs \(brute)")
        }
    }

    @Test func winnerChangesMatchAFineGridSearchForWSM() throws {
        try winnerChanges(try WeightedSumScoring(matrix: fighter, normalization: .linear))
    }

    @Test func winnerChangesMatchAFineGridSearchForTOPSIS() throws {
        try winnerChanges(try TOPSISScoring(matrix: fighter, normalization: .vector), search: BreakpointSearch(scanStep: 1e-3, tolerance: 1e-9))
    }

    /// Triantaphyllou & Sánchez (1997), WSM: the raw change of wₖ that makes Aⱼ overtake Aᵢ is
    /// δ = (Pᵢ − Pⱼ)/(aⱼₖ − aᵢₖ), feasible when the changed weight stays in [0, 1].
    @Test func pairSwapsMatchTheClosedFormDelta() throws {
        let wsm = try WeightedSumScoring(matrix: fighter, normalization: .linear)
        let result = try WeightSensitivity.criticalChanges(wsm, weights: fighterWeights, topK: 4)
        #expect(result.method == .exact)
        #expect(result.pairSwaps.count == 6)
        let p = wsm.scores(weights: fighterWeights), a = wsm.coefficients
        for swap in result.pairSwaps {
            let (i, jj) = (swap.higher, swap.lower)
            for k in 0..<6 {
                let delta = (p[i] - p[jj]) / (a[jj * 6 + k] - a[i * 6 + k])
                let c = swap.changes[k]
                if delta.isFinite && delta > -fighterWeights[k] {
                    #expect(abs((c.unnormalizedChange ?? .nan) - delta) < 1e-9, "pair \(i),\(jj) criterion \(k)")
                    #expect(abs(c.criticalWeight! - (fighterWeights[k] + delta) / (1 + delta)) < 1e-12)
                } else {
                    #expect(c.criticalWeight == nil, "pair \(i),\(jj) criterion \(k)")
                }
            }
        }
    }

    @Test func absoluteAndRelativeChangesAndMostCriticalCriterion() throws {
        let wsm = try WeightedSumScoring(matrix: fighter, normalization: .linear)
        let result = try WeightSensitivity.criticalChanges(wsm, weights: fighterWeights)
        for c in result.winnerChanges {
            guard let t = c.criticalWeight else { #expect(c.absoluteChange == nil); continue }
            #expect(c.absoluteChange == abs(t - c.baseWeight))
            #expect(c.relativeChange == abs(t - c.baseWeight) / c.baseWeight)
        }
        let best = result.winnerChanges.filter { $0.absoluteChange != nil }.min { $0.absoluteChange! < $1.absoluteChange! }
        #expect(result.mostCriticalCriterion == best?.criterion)
    }

    @Test func stabilityIntervalsKeepTheTopOrderInsideAndLoseItOutside() throws {
        let wsm = try WeightedSumScoring(matrix: fighter, normalization: .linear)
        for k in [1, 2, 4] {
            let intervals = try WeightSensitivity.stabilityIntervals(wsm, weights: fighterWeights, topK: k)
            let baseOrder = Array(Ranking.ranks(wsm.scores(weights: fighterWeights), order: .descending).enumerated()
                .sorted { $0.element < $1.element }.map(\.offset).prefix(k))
            func top(_ t: Double, _ j: Int) throws -> [Int] {
                let s = wsm.scores(weights: try WeightSensitivity.rescaledWeights(fighterWeights, criterion: j, to: t))
                return Array(s.indices.sorted { s[$0] > s[$1] }.prefix(k))
            }
            for v in intervals {
                #expect(v.lower <= v.baseWeight && v.baseWeight <= v.upper)
                for f in [0.001, 0.5, 0.999] { #expect(try top(v.lower + f * (v.upper - v.lower), v.criterion) == baseOrder) }
                if v.lower > 0 { #expect(try top(v.lower - 1e-6, v.criterion) != baseOrder) }
                if v.upper < 1 { #expect(try top(v.upper + 1e-6, v.criterion) != baseOrder) }
            }
        }
    }

    /// Three alternatives exactly tied at equal weights (a cyclic matrix, found by fuzzing): every
    /// criterion must start from the same winner, and its interval must be where that winner is
    /// still (weakly) first. Each criterion used to rank the tie by its own rounding, so the
    /// intervals were [1/3, 1] for all three criteria, although the winner is first on one side of
    /// 1/3 only, or at 1/3 alone.
    @Test func exactTiesAtTheBaseWeightsGiveOneWinnerAndItsTrueIntervals() throws {
        let cyclic = try DecisionMatrix(alternatives: ["A0", "A1", "A2"],
                                        criteria: ["a", "b", "c"].map { Criterion(id: $0, direction: .benefit) },
                                        values: [1, 2, 3, 2, 3, 1, 3, 1, 2])
        let wsm = try WeightedSumScoring(matrix: cyclic, normalization: .minMax)
        let equal = [1.0, 1, 1]
        let critical = try WeightSensitivity.criticalChanges(wsm, weights: equal, topK: 3)
        let intervals = try WeightSensitivity.stabilityIntervals(wsm, weights: equal, topK: 1)
        let winner = critical.topAlternatives[0]
        for v in intervals {
            func first(_ t: Double) throws -> Bool {
                let s = wsm.scores(weights: try WeightSensitivity.rescaledWeights(equal, criterion: v.criterion, to: t))
                return s.allSatisfy { $0 <= s[winner] + 1e-12 }
            }
            #expect(v.lower <= 1.0 / 3 + 1e-12 && 1.0 / 3 - 1e-12 <= v.upper)
            for t in stride(from: 0.0, through: 1.0, by: 0.01) {
                if t > v.lower + 1e-9 && t < v.upper - 1e-9 { #expect(try first(t), "\(v) at \(t)") }
                if t < v.lower - 1e-9 || t > v.upper + 1e-9 { #expect(try !first(t), "\(v) at \(t)") }
            }
            // The critical changes of the winner end where the interval ends.
            let c = critical.winnerChanges[v.criterion]
            #expect(close(c.lowerWeight ?? 0, v.lower, 1e-12) && close(c.upperWeight ?? 1, v.upper, 1e-12), "\(c) vs \(v)")
        }
        // One of the three intervals is the single point 1/3 (the criterion on which the winner is
        // second on both sides), and none is [1/3, 1] for every criterion as before.
        #expect(intervals.contains { abs($0.upper - $0.lower) < 1e-12 })
    }
}

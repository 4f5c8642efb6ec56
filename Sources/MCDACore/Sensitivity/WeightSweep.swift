/// The ranks of all alternatives as the weight of one criterion sweeps from 0 to 1 (the others
/// rescaled in proportion, see ``WeightSensitivity``), and every weight at which a pair of
/// alternatives changes order.
public struct WeightSweep: Sendable {
    /// The swept criterion.
    public let criterion: Int
    /// The starting weights (normalised).
    public let baseWeights: [Double]
    /// The grid of weights tᵏ = k/(points − 1).
    public let grid: [Double]
    /// Ranks (1 = best, ties averaged as in ``Ranking/ranks(_:order:)``), row-major
    /// grid.count × m: `ranks[k * m + i]` is the rank of alternative i at `grid[k]`.
    public let ranks: [Double]
    /// Every order change of a pair in (0, 1), sorted by weight (then by pair).
    public let breakpoints: [RankBreakpoint]
    /// How the breakpoints were located.
    public let method: BreakpointMethod

    /// The ranks at grid point k.
    public func ranks(atGridPoint k: Int) -> [Double] {
        let m = ranks.count / grid.count
        return Array(ranks[(k * m)..<(k * m + m)])
    }
}

/// A weight at which two alternatives swap: `aheadBelow` is better just below `weight`,
/// `aheadAbove` just above it.
public struct RankBreakpoint: Sendable, Equatable {
    /// The swept criterion's weight at the swap.
    public let weight: Double
    /// The alternative ahead for smaller weights.
    public let aheadBelow: Int
    /// The alternative ahead for larger weights.
    public let aheadAbove: Int
}

extension WeightSensitivity {
    /// Sweeps the weight of `criterion` over [0, 1].
    ///
    /// Breakpoints: for a ``LinearScoring`` the crossing t* = −(Aₐ − A_b)/(Bₐ − B_b) of every pair
    /// whose score lines cross inside (0, 1); otherwise, every sign change of sₐ − s_b between
    /// neighbouring points of a grid of step `search.scanStep`, bisected to `search.tolerance`
    /// (pairs that cross twice within one grid step are missed; exact ties at a grid point are
    /// reported at that point).
    ///
    /// Complexity: O(points·(scoring + m log m)) for the ranks; O(m²) pairs for the exact
    /// breakpoints, O(m²/step) plus O(changes·log(step/tolerance)·scoring) for bisection.
    /// - Parameters:
    ///   - scoring: the method's kernel (``LinearScoring`` gives exact breakpoints).
    ///   - weights: n ≥ 2 non-negative weights (normalised here).
    ///   - criterion: 0 ..< n.
    ///   - points: grid points for the ranks, ≥ 2 (default 101: steps of 0.01).
    ///   - search: how breakpoints are found for a non-linear scoring (scan step and tolerance).
    public static func sweep(_ scoring: some WeightedScoring, weights: [Double], criterion: Int, points: Int = 101,
                             search: BreakpointSearch = BreakpointSearch()) throws -> WeightSweep {
        guard points >= 2 else { throw MCDAError.invalidParameter(name: "points", value: "\(points)", expected: "≥ 2") }
        try search.validate()
        let path = try WeightPath(weights, criterion: criterion)
        let evaluator = try PathEvaluator(scoring, path: path)
        let grid = (0..<points).map { Double($0) / Double(points - 1) }
        var ranks: [Double] = []
        ranks.reserveCapacity(points * scoring.alternativeCount)
        for t in grid {
            ranks += Ranking.ranks(scoring.scores(weights: path.weights(at: t)), order: scoring.order)
        }
        let breakpoints = evaluator.isLinear ? exactBreakpoints(evaluator) : searchedBreakpoints(evaluator, search: search)
        return WeightSweep(criterion: criterion, baseWeights: path.base, grid: grid, ranks: ranks,
                           breakpoints: breakpoints.sorted { ($0.weight, $0.aheadBelow, $0.aheadAbove) < ($1.weight, $1.aheadBelow, $1.aheadAbove) },
                           method: evaluator.isLinear ? .exact : .bisection(scanStep: search.scanStep, tolerance: search.tolerance))
    }

    private static func exactBreakpoints(_ e: PathEvaluator) -> [RankBreakpoint] {
        guard let (a, b) = e.lines else { return [] }
        var out: [RankBreakpoint] = []
        for p in a.indices {
            for q in (p + 1)..<a.count {
                let alpha = a[p] - a[q], beta = b[p] - b[q]
                guard beta != 0 else { continue }
                let root = -alpha / beta
                guard root > 0 && root < 1 else { continue }
                out.append(RankBreakpoint(weight: root, aheadBelow: beta < 0 ? p : q, aheadAbove: beta < 0 ? q : p))
            }
        }
        return out
    }

    private static func searchedBreakpoints(_ e: PathEvaluator, search: BreakpointSearch) -> [RankBreakpoint] {
        let steps = Int((1 / search.scanStep).rounded(.up))
        let grid = (0...steps).map { min(Double($0) * search.scanStep, 1) }
        let keys = grid.map { e.keys(at: $0) }
        let m = keys[0].count
        var out: [RankBreakpoint] = []
        for p in 0..<m {
            for q in (p + 1)..<m {
                // Walk the grid remembering the last point where the pair was not tied.
                var last = -1
                for k in grid.indices {
                    let d = keys[k][p] - keys[k][q]
                    guard d != 0 else { continue }
                    if last >= 0, (keys[last][p] - keys[last][q] > 0) != (d > 0) {
                        let ahead = d > 0 ? q : p, behind = d > 0 ? p : q
                        let weight = k == last + 1
                            ? bisect(e, p, q, grid[last], grid[k], tolerance: search.tolerance)
                            : grid[last + 1]
                        out.append(RankBreakpoint(weight: weight, aheadBelow: ahead, aheadAbove: behind))
                    }
                    last = k
                }
            }
        }
        return out
    }

    /// The crossing of keyₚ − key_q between lo and hi (opposite signs), to `tolerance`.
    private static func bisect(_ e: PathEvaluator, _ p: Int, _ q: Int, _ lo: Double, _ hi: Double, tolerance: Double) -> Double {
        var lo = lo, hi = hi
        let start = e.keys(at: lo)
        let signLo = start[p] - start[q] > 0
        while hi - lo > tolerance {
            let mid = (lo + hi) / 2
            let k = e.keys(at: mid)
            let d = k[p] - k[q]
            if d == 0 { return mid }
            if (d > 0) == signLo { lo = mid } else { hi = mid }
        }
        return (lo + hi) / 2
    }
}

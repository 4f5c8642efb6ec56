/// The whole deterministic one-at-a-time weight sensitivity of one scoring, criterion by
/// criterion: the sweep of each weight over [0, 1] with the weights at which the order of the
/// first k places changes, the critical weight changes of the winner and of every pair in the top k
/// (Triantaphyllou & Sánchez 1997, doi:10.1111/j.1540-5915.1997.tb01306.x), and the interval of
/// each weight within which the winner stays. What `mcda sensitivity` reports.
///
/// Every analysis moves one weight wⱼ to t ∈ [0, 1] and rescales the others in proportion (see
/// ``WeightSensitivity``). Weights are located in closed form for a ``LinearScoring``, by grid
/// scan and bisection otherwise (``method``).
///
/// Complexity: per criterion O(points·(scoring + m·k)) for the ranks, O(100·(scoring + m log k))
/// (linear) or O(scoring/scanStep) (otherwise) to find the few contenders for the first k + 1
/// places, and the breakpoints of their pairs only; the critical changes and intervals are
/// O(n·m·(n + k²)) for a linear scoring, O(n·(m + k²)·scoring/scanStep) otherwise.
///
/// Example:
/// ```swift
/// let wsm = try WeightedSumScoring(matrix: matrix, normalization: .linear)
/// let a = try WeightSensitivityAnalysis(wsm, weights: [0.6, 0.4], topK: 3, points: 11)
/// a.sweeps[0].changes    // weights of criterion 1 at which one of the first 3 places changes hands
/// a.stability[0]         // [lower, upper] of criterion 1's weight keeping the winner
/// ```
public struct WeightSensitivityAnalysis: Sendable {
    /// The normalised weights analysed (Σ = 1).
    public let weights: [Double]
    /// k: the number of leading places followed (1 … m).
    public let topK: Int
    /// The first k alternatives at the base weights, best first (ties by index).
    public let topAlternatives: [Int]
    /// One sweep per criterion.
    public let sweeps: [CriterionSweep]
    /// The critical weight changes of the winner and of each pair among the first k.
    public let critical: CriticalWeightChanges
    /// Per criterion, the interval of its weight within which the winner stays first.
    public let stability: [WeightStabilityInterval]

    /// How breakpoints, critical weights and interval ends were located.
    public var method: BreakpointMethod { critical.method }

    /// Runs the sweeps, critical changes and stability intervals.
    /// - Parameters:
    ///   - scoring: any scoring with m ≥ 1 alternatives and n ≥ 2 criteria.
    ///   - weights: n non-negative weights, not all zero (normalised here).
    ///   - topK: places followed, ≥ 1 (capped at m; default 3).
    ///   - points: grid points of each sweep, ≥ 2 (default 11: steps of 0.1).
    ///   - search: scan step and tolerance for non-linear scorings.
    /// - Throws: invalid weights or parameters (``MCDAError``, ``SensitivityError``).
    public init(_ scoring: some WeightedScoring, weights: [Double], topK: Int = 3, points: Int = 11,
                search: BreakpointSearch = BreakpointSearch()) throws {
        guard topK >= 1 else { throw MCDAError.invalidParameter(name: "top k", value: "\(topK)", expected: "≥ 1") }
        guard points >= 2 else { throw MCDAError.invalidParameter(name: "points", value: "\(points)", expected: "≥ 2") }
        let k = min(topK, scoring.alternativeCount)
        let critical = try WeightSensitivity.criticalChanges(scoring, weights: weights, topK: k, search: search)
        let top = critical.topAlternatives
        self.weights = critical.baseWeights
        self.topK = k
        self.topAlternatives = top
        self.sweeps = try critical.baseWeights.indices.map { j in
            try CriterionSweep(scoring, weights: weights, criterion: j, following: top, points: points, search: search)
        }
        self.critical = critical
        self.stability = critical.winnerStabilityIntervals
    }
}

/// The sweep of one criterion's weight over [0, 1] as far as the first k places are concerned:
/// the ranks of the k alternatives first at the base weights along a grid, and every weight at
/// which one of the first k places changes hands.
///
/// Only the contenders for the first k + 1 places are swept (an alternative that takes place k
/// is within the first k + 1 just before), so a sweep costs O(steps·scoring + c²) for c contenders
/// instead of O(m²).
public struct CriterionSweep: Sendable {
    /// The swept criterion.
    public let criterion: Int
    /// The grid tᵏ = k/(points − 1).
    public let grid: [Double]
    /// Per followed alternative (``WeightSensitivityAnalysis/topAlternatives``), its rank among all m
    /// (1 = best, ties averaged) at each grid point.
    public let ranks: [[Double]]
    /// The weights at which one of the first k places changes hands, in order of weight.
    public let changes: [TopOrderChange]
    /// How many alternatives could reach the first k + 1 places and were swept.
    public let contenderCount: Int

    init(_ scoring: some WeightedScoring, weights: [Double], criterion j: Int, following top: [Int], points: Int,
         search: BreakpointSearch) throws {
        let k = top.count
        let members = try Contenders.find(scoring, weights: weights, criterion: j, places: k + 1, search: search)
        let subset: any WeightedScoring = members.count == scoring.alternativeCount ? scoring
            : (scoring as? any LinearScoring).map { LinearSubsetScoring($0, members: members) } ?? SubsetScoring(base: scoring, members: members)
        let sweep = try WeightSensitivity.sweep(subset, weights: weights, criterion: j, points: 2, search: search)
        changes = try sweep.topOrderChanges(subset, topK: k).map { c in
            let b = c.breakpoint
            return TopOrderChange(breakpoint: RankBreakpoint(weight: b.weight, aheadBelow: members[b.aheadBelow], aheadAbove: members[b.aheadAbove]),
                                  place: c.place)
        }
        criterion = j
        grid = (0..<points).map { Double($0) / Double(points - 1) }
        let sign: Double = scoring.order == .descending ? 1 : -1
        var ranks = [[Double]](repeating: [], count: k)
        for t in grid {
            let key = scoring.scores(weights: try WeightSensitivity.rescaledWeights(weights, criterion: j, to: t))
                .map { $0.isNaN ? -Double.infinity : sign * $0 }
            for (a, i) in top.enumerated() {
                var ahead = 0, tied = 0
                for x in key { if x > key[i] { ahead += 1 } else if x == key[i] { tied += 1 } }
                ranks[a].append(Double(ahead) + Double(tied + 1) / 2)
            }
        }
        self.ranks = ranks
        contenderCount = members.count
    }
}

/// A breakpoint at which one of the first k places changes hands.
public struct TopOrderChange: Sendable, Equatable {
    /// The swap: the weight, the alternative ahead below it and the one ahead above it.
    public let breakpoint: RankBreakpoint
    /// The better of the two places being exchanged, 1-based (1: the winner changes).
    public let place: Int
}

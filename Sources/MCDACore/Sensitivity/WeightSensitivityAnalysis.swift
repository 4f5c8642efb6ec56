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
/// Complexity: n sweeps of O(points·(scoring + m log m)) plus the breakpoints of all m(m − 1)/2
/// pairs (O(m²) each for a linear scoring, O(m²/scanStep) otherwise), so meant for up to a few
/// thousand alternatives; the critical changes and intervals are O(n·m·(n + k²)) for a linear
/// scoring.
///
/// Example:
/// ```swift
/// let wsm = try WeightedSumScoring(matrix: matrix, normalization: .linear)
/// let a = try WeightSensitivityAnalysis(wsm, weights: [0.6, 0.4], topK: 3, points: 11)
/// a.topOrderChanges[0]   // weights of criterion 1 at which one of the first 3 places changes hands
/// a.stability[0]         // [lower, upper] of criterion 1's weight keeping the winner
/// ```
public struct WeightSensitivityAnalysis: Sendable {
    /// The normalised weights analysed (Σ = 1).
    public let weights: [Double]
    /// k: the number of leading places followed (1 … m).
    public let topK: Int
    /// The first k alternatives at the base weights, best first (ties by index).
    public let topAlternatives: [Int]
    /// One sweep per criterion, on a grid of `points` weights.
    public let sweeps: [WeightSweep]
    /// Per criterion, the breakpoints of its sweep at which one of the first k places changes hands,
    /// in order of weight.
    public let topOrderChanges: [[TopOrderChange]]
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
        let k = min(topK, scoring.alternativeCount)
        let critical = try WeightSensitivity.criticalChanges(scoring, weights: weights, topK: k, search: search)
        let n = critical.baseWeights.count
        let sweeps = try (0..<n).map { try WeightSensitivity.sweep(scoring, weights: weights, criterion: $0, points: points, search: search) }
        self.weights = critical.baseWeights
        self.topK = k
        self.topAlternatives = critical.topAlternatives
        self.sweeps = sweeps
        self.topOrderChanges = try sweeps.map { try $0.topOrderChanges(scoring, topK: k) }
        self.critical = critical
        self.stability = try WeightSensitivity.stabilityIntervals(scoring, weights: weights, topK: 1, search: search)
    }

    /// The ranks of alternative `alternative` at every grid point of the sweep of `criterion`.
    public func rankPath(criterion: Int, alternative: Int) -> [Double] {
        let sweep = sweeps[criterion]
        let m = sweep.ranks.count / sweep.grid.count
        return sweep.grid.indices.map { sweep.ranks[$0 * m + alternative] }
    }
}

/// A breakpoint at which one of the first k places changes hands.
public struct TopOrderChange: Sendable, Equatable {
    /// The swap: the weight, the alternative ahead below it and the one ahead above it.
    public let breakpoint: RankBreakpoint
    /// The better of the two places being exchanged, 1-based (1: the winner changes).
    public let place: Int
}

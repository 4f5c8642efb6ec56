/// Scores all alternatives for one weight vector: the abstraction through which sensitivity
/// analyses (SMAA, sweeps, critical weight changes) see a ranking method.
///
/// A conformer is an immutable, precomputed kernel (for example R·w for a weighted sum) that can be
/// called millions of times from several threads. ``WeightedSumScoring`` and ``TOPSISScoring`` are
/// fast kernels; ``ClosureScoring`` wraps any other method.
public protocol WeightedScoring: Sendable {
    /// m, the number of alternatives.
    var alternativeCount: Int { get }
    /// n, the number of criteria.
    var criterionCount: Int { get }
    /// Whether a larger (`descending`) or a smaller (`ascending`) score is better.
    var order: Ranking.Order { get }
    /// Writes one score per alternative for `weights` (n entries, Σ = 1) into `scores` (m entries).
    /// Must be thread-safe (no shared mutable state) and must not allocate in fast kernels.
    func scores(weights: UnsafeBufferPointer<Double>, into scores: UnsafeMutableBufferPointer<Double>)
    /// ``scores(weights:into:)`` for kernels that can fail on some weights (a method run through
    /// ``ClosureScoring``): throws instead of writing placeholder scores. Simulations call this one.
    /// The default forwards to ``scores(weights:into:)``.
    func checkedScores(weights: UnsafeBufferPointer<Double>, into scores: UnsafeMutableBufferPointer<Double>) throws
    /// The scores of the alternatives in `members` only (`scores[k]` for `members[k]`), the same
    /// bits as ``scores(weights:into:)`` gives them: what a search that follows two alternatives
    /// needs. The default scores every alternative and picks; a kernel whose scores are separate
    /// per alternative (``TOPSISScoring``) computes only the members'.
    func memberScores(weights: UnsafeBufferPointer<Double>, members: UnsafeBufferPointer<Int>, into scores: UnsafeMutableBufferPointer<Double>)
}

/// A scoring whose scores are linear in the weights, sᵢ = Σⱼ cᵢⱼ wⱼ. Deterministic analyses use
/// the coefficients to find rank changes in closed form instead of by bisection.
public protocol LinearScoring: WeightedScoring {
    /// cᵢⱼ, row-major m × n.
    var coefficients: [Double] { get }
}

/// Builds a scoring from a (perturbed) decision matrix: how SMAA with data uncertainty rebuilds
/// the kernel for every sample. It receives the matrix with the user's directions and targets.
public typealias ScoringFactory = @Sendable (DecisionMatrix) throws -> any WeightedScoring

extension WeightedScoring {
    public func memberScores(weights: UnsafeBufferPointer<Double>, members: UnsafeBufferPointer<Int>, into scores: UnsafeMutableBufferPointer<Double>) {
        var all = [Double](repeating: 0, count: alternativeCount)
        all.withUnsafeMutableBufferPointer { self.scores(weights: weights, into: $0) }
        for (k, i) in members.enumerated() { scores[k] = all[i] }
    }

    public func checkedScores(weights: UnsafeBufferPointer<Double>, into scores: UnsafeMutableBufferPointer<Double>) throws {
        self.scores(weights: weights, into: scores)
    }

    /// Scores for an array of weights (convenience for tests and reports; allocates).
    public func scores(weights: [Double]) -> [Double] {
        precondition(weights.count == criterionCount, "expected \(criterionCount) weights")
        var out = [Double](repeating: 0, count: alternativeCount)
        weights.withUnsafeBufferPointer { w in out.withUnsafeMutableBufferPointer { scores(weights: w, into: $0) } }
        return out
    }
}

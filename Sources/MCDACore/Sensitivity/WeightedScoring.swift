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
    /// Scores for an array of weights (convenience for tests and reports; allocates).
    public func scores(weights: [Double]) -> [Double] {
        precondition(weights.count == criterionCount, "expected \(criterionCount) weights")
        var out = [Double](repeating: 0, count: alternativeCount)
        weights.withUnsafeBufferPointer { w in out.withUnsafeMutableBufferPointer { scores(weights: w, into: $0) } }
        return out
    }
}

/// The weighted sum sᵢ = Σⱼ rᵢⱼ wⱼ over a benefit-oriented normalised matrix (WSM / SAW).
///
/// The kernel keeps a column-major copy of R so that each criterion adds one contiguous,
/// vectorisable pass: O(m·n) per call, no allocation.
///
/// Example:
/// ```swift
/// let r = try Normalization.linear.apply(to: matrix)
/// let wsm = WeightedSumScoring(normalized: r)
/// wsm.scores(weights: [0.5, 0.5])
/// ```
public struct WeightedSumScoring: LinearScoring {
    public let alternativeCount: Int
    public let criterionCount: Int
    public var order: Ranking.Order { .descending }
    /// rᵢⱼ, row-major.
    public let coefficients: [Double]
    /// rᵢⱼ, column-major (the kernel's layout).
    private let columns: [Double]

    /// A kernel over `normalized` (from ``Normalization/apply(to:)``).
    public init(normalized: NormalizedMatrix) {
        let m = normalized.rowCount, n = normalized.columnCount
        alternativeCount = m
        criterionCount = n
        coefficients = normalized.values
        var c = [Double](repeating: 0, count: m * n)
        for i in 0..<m { for j in 0..<n { c[j * m + i] = normalized.values[i * n + j] } }
        columns = c
    }

    /// Resolves targets, normalises `matrix` and builds the kernel.
    public init(matrix: DecisionMatrix, normalization: Normalization) throws {
        self.init(normalized: try normalization.apply(to: matrix.resolvingTargets()))
    }

    /// A factory for SMAA with data uncertainty.
    public static func factory(normalization: Normalization) -> ScoringFactory {
        { try WeightedSumScoring(matrix: $0, normalization: normalization) }
    }

    public func scores(weights: UnsafeBufferPointer<Double>, into scores: UnsafeMutableBufferPointer<Double>) {
        let m = alternativeCount, n = criterionCount
        precondition(weights.count == n && scores.count == m)
        guard let out = scores.baseAddress else { return }
        columns.withUnsafeBufferPointer { c in
            let base = c.baseAddress!
            // Four columns per pass over the scores; the sum runs left to right over j as in Σⱼ.
            var j = 0
            while j < n {
                let width = min(4, n - j)
                let c0 = base + j * m, w0 = weights[j]
                if width == 4 {
                    let c1 = c0 + m, c2 = c1 + m, c3 = c2 + m
                    let w1 = weights[j + 1], w2 = weights[j + 2], w3 = weights[j + 3]
                    if j == 0 {
                        for i in 0..<m { out[i] = w0 * c0[i] + w1 * c1[i] + w2 * c2[i] + w3 * c3[i] }
                    } else {
                        for i in 0..<m { out[i] = out[i] + w0 * c0[i] + w1 * c1[i] + w2 * c2[i] + w3 * c3[i] }
                    }
                } else if j == 0 {
                    for i in 0..<m { out[i] = w0 * c0[i] }
                    width > 1 ? Self.accumulate(out, base + m, weights, from: 1, to: width, m: m) : ()
                } else {
                    Self.accumulate(out, c0, weights, from: j, to: j + width, m: m)
                }
                j += width
            }
        }
    }

    /// scores += Σ_{j ∈ from..<to} wⱼ·cⱼ, one column at a time (for the last few columns).
    private static func accumulate(_ out: UnsafeMutablePointer<Double>, _ base: UnsafePointer<Double>,
                                   _ weights: UnsafeBufferPointer<Double>, from: Int, to: Int, m: Int) {
        for j in from..<to {
            let c = base + (j - from) * m, w = weights[j]
            for i in 0..<m { out[i] = out[i] + w * c[i] }
        }
    }
}

/// Any method as a scoring, through a closure from weights to scores: the slow path (one array
/// allocation per call) for methods without a dedicated kernel (VIKOR, PROMETHEE, WPM, …).
///
/// Scores that are NaN are replaced by the worst possible score (−∞ when larger is better, +∞
/// otherwise) so that a failing method can never poison a ranking.
///
/// Example:
/// ```swift
/// let vikor = ClosureScoring(alternatives: 5, criteria: 3, order: .ascending) { w in
///     (try? method.evaluate(matrix, weights: w).scores) ?? []
/// }
/// ```
public struct ClosureScoring: WeightedScoring {
    public let alternativeCount: Int
    public let criterionCount: Int
    public let order: Ranking.Order
    private let score: @Sendable ([Double]) -> [Double]

    /// - Parameters:
    ///   - alternatives: m ≥ 1.
    ///   - criteria: n ≥ 1.
    ///   - order: which scores are better.
    ///   - score: weights (n, Σ = 1) to scores; a result of the wrong length counts as all-NaN.
    public init(alternatives: Int, criteria: Int, order: Ranking.Order,
                _ score: @escaping @Sendable ([Double]) -> [Double]) {
        precondition(alternatives >= 1 && criteria >= 1)
        alternativeCount = alternatives
        criterionCount = criteria
        self.order = order
        self.score = score
    }

    public func scores(weights: UnsafeBufferPointer<Double>, into scores: UnsafeMutableBufferPointer<Double>) {
        precondition(weights.count == criterionCount && scores.count == alternativeCount)
        let result = score(Array(weights))
        let worst = order == .descending ? -Double.infinity : Double.infinity
        for i in 0..<alternativeCount {
            let s = result.count == alternativeCount ? result[i] : .nan
            scores[i] = s.isNaN ? worst : s
        }
    }
}

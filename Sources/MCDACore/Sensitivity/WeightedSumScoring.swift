/// The weighted sum sᵢ = Σⱼ rᵢⱼ wⱼ over a benefit-oriented normalised matrix (WSM / SAW).
///
/// The kernel keeps a column-major copy of R and adds four criteria per contiguous, vectorisable
/// pass over the scores (two for the last two or three; summing left to right over j): O(m·n) per
/// call, no allocation.
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
                } else if width >= 2 {
                    // Two columns per pass (a third, if any, in its own pass), left to right as above.
                    let c1 = c0 + m, w1 = weights[j + 1]
                    if j == 0 {
                        for i in 0..<m { out[i] = w0 * c0[i] + w1 * c1[i] }
                    } else {
                        for i in 0..<m { out[i] = out[i] + w0 * c0[i] + w1 * c1[i] }
                    }
                    width == 3 ? Self.accumulate(out, c1 + m, weights, from: j + 2, to: j + 3, m: m) : ()
                } else if j == 0 {
                    for i in 0..<m { out[i] = w0 * c0[i] }
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

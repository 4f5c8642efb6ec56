/// A ``LinearScoring`` kernel over fixed per-alternative coefficients, sᵢ = Σⱼ cᵢⱼ wⱼ summed left
/// to right from 0, in either score order: the form of every method whose score is a weighted sum
/// of values that do not depend on the weights (SPOTIS's distances, smaller is better; RAFSI's
/// mapped values, larger is better).
///
/// A call is O(m·n) with no allocation and gives the same bits as a method that adds
/// `c[i, j] * w[j]` to 0 in criterion order. Because the scores are linear, sweeps and critical
/// weight changes locate rank changes exactly.
///
/// Example:
/// ```swift
/// let kernel = try SPOTIS().scoring(for: x)
/// kernel.scores(weights: [0.5, 0.3, 0.2])   // SPOTIS().evaluate(x, weights: …).scores
/// ```
public struct CoefficientScoring: LinearScoring {
    public let alternativeCount: Int
    public let criterionCount: Int
    public let order: Ranking.Order
    /// cᵢⱼ, row-major m × n.
    public let coefficients: [Double]

    /// A kernel over `coefficients` (m × n, row-major) scoring in `order`.
    public init(coefficients: [Double], alternatives m: Int, criteria n: Int, order: Ranking.Order) {
        precondition(coefficients.count == m * n, "expected m × n coefficients")
        self.coefficients = coefficients
        alternativeCount = m
        criterionCount = n
        self.order = order
    }

    public func scores(weights: UnsafeBufferPointer<Double>, into scores: UnsafeMutableBufferPointer<Double>) {
        let m = alternativeCount, n = criterionCount
        precondition(weights.count == n && scores.count == m)
        coefficients.withUnsafeBufferPointer { c in
            for i in 0..<m {
                var total = 0.0
                for j in 0..<n { total += c[i * n + j] * weights[j] }
                scores[i] = total
            }
        }
    }
}

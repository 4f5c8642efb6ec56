/// TOPSIS closeness as a fast ``WeightedScoring`` kernel (Hwang & Yoon 1981, *Multiple Attribute
/// Decision Making*, doi:10.1007/978-3-642-48318-9).
///
/// On a benefit-oriented normalised matrix R and weights w ≥ 0, the weighted matrix is wⱼ rᵢⱼ, its
/// ideal is wⱼ maxᵢ rᵢⱼ and its anti-ideal wⱼ minᵢ rᵢⱼ, so
///
///     d⁺ᵢ² = Σⱼ wⱼ² (rᵢⱼ − maxₖ rₖⱼ)²,   d⁻ᵢ² = Σⱼ wⱼ² (rᵢⱼ − minₖ rₖⱼ)²,   Cᵢ = d⁻ᵢ / (d⁺ᵢ + d⁻ᵢ)
///
/// (Cᵢ = 0.5 when both distances are 0). The squared gaps are precomputed, so one call is two
/// matrix–vector products with the squared weights plus two square roots per alternative:
/// O(m·n), no heap allocation. Equal to a full TOPSIS evaluation up to rounding (≈1e-16), also
/// for cost columns, because the normalisations orient them as a ± r (see ``Normalization``).
///
/// Example:
/// ```swift
/// let topsis = TOPSISScoring(normalized: try Normalization.vector.apply(to: matrix))
/// topsis.scores(weights: [0.2, 0.3, 0.5])   // closeness coefficients
/// ```
public struct TOPSISScoring: WeightedScoring {
    /// The distance to the ideal and anti-ideal points.
    public enum Distance: String, Sendable, CaseIterable {
        /// The Euclidean (L2) distance.
        case euclidean
    }

    public let alternativeCount: Int
    public let criterionCount: Int
    public var order: Ranking.Order { .descending }
    /// The distance used.
    public let distance: Distance
    /// (rᵢⱼ − maxₖ rₖⱼ)², column-major.
    private let idealGaps: [Double]
    /// (rᵢⱼ − minₖ rₖⱼ)², column-major.
    private let antiIdealGaps: [Double]

    /// Alternatives processed per pass (two stack buffers of this size).
    private static let chunk = 256

    /// A kernel over `normalized` (from ``Normalization/apply(to:)``).
    public init(normalized: NormalizedMatrix, distance: Distance = .euclidean) {
        let m = normalized.rowCount, n = normalized.columnCount
        alternativeCount = m
        criterionCount = n
        self.distance = distance
        var plus = [Double](repeating: 0, count: m * n), minus = plus
        for j in 0..<n {
            var hi = -Double.infinity, lo = Double.infinity
            for i in 0..<m { hi = max(hi, normalized[i, j]); lo = min(lo, normalized[i, j]) }
            for i in 0..<m {
                let r = normalized[i, j]
                plus[j * m + i] = (r - hi) * (r - hi)
                minus[j * m + i] = (r - lo) * (r - lo)
            }
        }
        idealGaps = plus
        antiIdealGaps = minus
    }

    /// Resolves targets, normalises `matrix` and builds the kernel.
    public init(matrix: DecisionMatrix, normalization: Normalization, distance: Distance = .euclidean) throws {
        self.init(normalized: try normalization.apply(to: matrix.resolvingTargets()), distance: distance)
    }

    /// A factory for SMAA with data uncertainty.
    public static func factory(normalization: Normalization, distance: Distance = .euclidean) -> ScoringFactory {
        { try TOPSISScoring(matrix: $0, normalization: normalization, distance: distance) }
    }

    /// Cᵢ = √d⁻ᵢ² / (√d⁺ᵢ² + √d⁻ᵢ²), 0.5 when both are 0; four lanes at a time.
    @inline(__always)
    private static func closeness(plus: UnsafeMutablePointer<Double>, minus: UnsafeMutablePointer<Double>,
                                  into out: UnsafeMutablePointer<Double>, count: Int) {
        var i = 0
        while i + 4 <= count {
            let a = UnsafeRawPointer(plus + i).loadUnaligned(as: SIMD4<Double>.self).squareRoot()
            let b = UnsafeRawPointer(minus + i).loadUnaligned(as: SIMD4<Double>.self).squareRoot()
            let total = a + b
            var c = b / total
            c.replace(with: 0.5, where: .!(total .> 0))
            UnsafeMutableRawPointer(out + i).storeBytes(of: c, as: SIMD4<Double>.self)
            i += 4
        }
        while i < count {
            let a = plus[i].squareRoot(), b = minus[i].squareRoot()
            out[i] = a + b > 0 ? b / (a + b) : 0.5
            i += 1
        }
    }

    /// The members' closeness alone, O(k·n): each alternative's distances depend only on its own
    /// gaps, summed in the same order as ``scores(weights:into:)``, and square roots and division
    /// round the same in SIMD lanes as alone, so the bits are those of the full scoring.
    public func memberScores(weights: UnsafeBufferPointer<Double>, members: UnsafeBufferPointer<Int>,
                             into scores: UnsafeMutableBufferPointer<Double>) {
        let m = alternativeCount, n = criterionCount
        precondition(weights.count == n && scores.count == members.count)
        idealGaps.withUnsafeBufferPointer { plus in
            antiIdealGaps.withUnsafeBufferPointer { minus in
                for (k, i) in members.enumerated() {
                    precondition(i >= 0 && i < m)
                    var dp = 0.0, dn = 0.0
                    for j in 0..<n {
                        let v = weights[j] * weights[j]
                        dp = dp + v * plus[j * m + i]
                        dn = dn + v * minus[j * m + i]
                    }
                    let a = dp.squareRoot(), b = dn.squareRoot(), total = a + b
                    scores[k] = total > 0 ? b / total : 0.5
                }
            }
        }
    }

    public func scores(weights: UnsafeBufferPointer<Double>, into scores: UnsafeMutableBufferPointer<Double>) {
        let m = alternativeCount, n = criterionCount
        precondition(weights.count == n && scores.count == m)
        guard let out = scores.baseAddress else { return }
        withUnsafeTemporaryAllocation(of: Double.self, capacity: 2 * Self.chunk) { buffer in
            let dp = buffer.baseAddress!, dn = dp + Self.chunk
            idealGaps.withUnsafeBufferPointer { plus in
                antiIdealGaps.withUnsafeBufferPointer { minus in
                    var start = 0
                    while start < m {
                        let count = min(Self.chunk, m - start)
                        dp.update(repeating: 0, count: count)
                        dn.update(repeating: 0, count: count)
                        for j in 0..<n {
                            let v = weights[j] * weights[j]
                            let p = plus.baseAddress! + (j * m + start), q = minus.baseAddress! + (j * m + start)
                            for i in 0..<count {
                                dp[i] = dp[i] + v * p[i]
                                dn[i] = dn[i] + v * q[i]
                            }
                        }
                        Self.closeness(plus: dp, minus: dn, into: out + start, count: count)
                        start += count
                    }
                }
            }
        }
    }
}

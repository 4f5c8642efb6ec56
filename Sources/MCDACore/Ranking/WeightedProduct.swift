import RealModule

/// The weighted product model (WPM): the score of an alternative is the product of its normalised
/// values raised to the weights,
///
///     Pᵢ = Πⱼ rᵢⱼ^wⱼ,   log₁₀ Pᵢ = Σⱼ wⱼ log₁₀ rᵢⱼ,
///
/// computed through logarithms so that long products neither overflow nor underflow. Larger is better.
///
/// The default normalisation is ``Normalization/none`` (x for benefit, 1/x for cost), the classic
/// ratio-free form Πⱼ xᵢⱼ^(±wⱼ) of Bridgman (1922) and Miller & Starr (1969). ``Normalization/sum``
/// (pymcdm's default) and ``Normalization/linear`` rescale every score by the same factor, so all
/// three rank identically. Every normalised value on a criterion with a positive weight must be
/// positive; criteria with weight 0 are skipped (r⁰ = 1).
///
/// Complexity: O(m·n) logarithms.
///
/// Reference: E. Triantaphyllou, *Multi-Criteria Decision Making Methods: A Comparative Study*,
/// Springer (2000), ch. 2.2, doi:10.1007/978-1-4757-3157-6.
///
/// Example:
/// ```swift
/// let result = try WeightedProduct().evaluate(fighters, weights: [0.2, 0.1, 0.1, 0.1, 0.2, 0.3])
/// result.scores  // ≈ [14.453, 11.805, 14.812, 12.697]
/// ```
public struct WeightedProduct: RankingMethod {
    /// The column normalisation (default none: x for benefit, 1/x for cost).
    public var normalization: Normalization


    /// - Parameter normalization: default none; every normalised value on a weighted criterion must be positive.
    public init(normalization: Normalization = .none) {
        self.normalization = normalization
    }

    /// Scores `matrix` under `weights` (one finite non-negative weight per criterion, used as given).
    /// - Throws: ``MCDAError/nonPositiveValue(method:alternative:criterion:value:)`` naming the cell
    ///   when a normalised value is not positive (for example a cost value 0, or the worst cost value
    ///   under max normalisation, which maps to 0), and ``MCDAError`` for invalid weights.
    public func evaluate(_ matrix: DecisionMatrix, weights: [Double]) throws -> WeightedProductResult {
        let resolved = try prepare(matrix, weights: weights)
        let r = try normalizing(resolved, with: normalization, method: "WPM")
        let log10Scores = try Self.log10Products(r, weights: weights, matrix: resolved,
                                                 method: "WPM (on \(normalization.rawValue)-normalised values)")
        try requireFinite(log10Scores)
        return WeightedProductResult(normalized: r, log10Scores: log10Scores,
                                     scores: log10Scores.map { Double.exp10($0) })
    }

    /// Σⱼ wⱼ log₁₀ rᵢⱼ for every row of `r` (also used by ``WASPAS``); the error names the cell and
    /// its normalised value.
    static func log10Products(_ r: NormalizedMatrix, weights: [Double], matrix: DecisionMatrix,
                              method: String) throws -> [Double] {
        let m = r.rowCount, n = r.columnCount
        var logs = [Double](repeating: 0, count: m)
        for i in 0..<m {
            var s = 0.0
            for j in 0..<n where weights[j] > 0 {
                let x = r.values[i * n + j]
                guard x > 0 else {
                    throw MCDAError.nonPositiveValue(method: method, alternative: matrix.alternatives[i],
                                                     criterion: matrix.criteria[j].id, value: x)
                }
                s += weights[j] * Double.log10(x)
            }
            logs[i] = s
        }
        return logs
    }
}

/// The outcome of ``WeightedProduct``.
public struct WeightedProductResult: RankingResult, Equatable {
    /// The benefit-oriented normalised matrix r, with the normalisation used.
    public let normalized: NormalizedMatrix
    /// Σⱼ wⱼ log₁₀ rᵢⱼ (what scikit-criteria reports); ranks the same as the scores.
    public let log10Scores: [Double]
    /// Πⱼ rᵢⱼ^wⱼ = 10^log10Scores; larger is better. Can underflow to 0 or overflow to +∞ for
    /// extreme data: ``log10Scores`` stays finite.
    public let scores: [Double]

    /// The normalisation used.
    public var normalization: Normalization { normalized.normalization }
    public var scoreOrder: Ranking.Order { .descending }
    public var settings: [(String, String)] { [("normalization", normalization.rawValue)] }
    /// ``log10Scores``: the same order as the scores, and still right when the products overflow
    /// to +∞ or underflow to 0 (weights given as percentages on raw values, say).
    public var rankingScores: [Double] { log10Scores }
    /// Whether some products overflowed or underflowed (the report says ranks come from log₁₀).
    public var productsOutOfRange: Bool { scores.contains { $0 == 0 || !$0.isFinite } }
}

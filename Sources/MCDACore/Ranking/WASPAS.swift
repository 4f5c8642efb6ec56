import RealModule

/// WASPAS, the weighted aggregated sum product assessment: a blend of the weighted sum and the
/// weighted product on the same linear normalisation,
///
///     Qᵢ = λ Σⱼ wⱼ rᵢⱼ + (1 − λ) Πⱼ rᵢⱼ^wⱼ,
///
/// with rᵢⱼ = x/max for benefit and min/x for cost (``Normalization/linear``) and w used as given.
/// λ = 1 is the WSM, λ = 0 the WPM; the authors recommend λ = 0.5 (default). Larger is better.
///
/// - Parameter lambda: λ ∈ [0, 1].
///
/// Needs strictly positive values (the linear normalisation and the product both take logarithms
/// or ratios); the error names the cell.
///
/// Complexity: O(m·n).
///
/// Reference: E. K. Zavadskas, Z. Turskis, J. Antucheviciene, A. Zakarevicius, "Optimization of
/// weighted aggregated sum product assessment", Elektronika ir Elektrotechnika 122(6) (2012) 3–6,
/// doi:10.5755/j01.eee.122.6.1810.
///
/// Example:
/// ```swift
/// let result = try WASPAS(lambda: 0.5).evaluate(fighters, weights: [0.2, 0.1, 0.1, 0.1, 0.2, 0.3])
/// result.scores  // (result.wsmScores + result.wpmScores) / 2
/// ```
public struct WASPAS: RankingMethod {
    /// λ, the weight of the weighted sum (0…1, default 0.5).
    public var lambda: Double


    /// - Parameter lambda: λ ∈ [0, 1], checked by ``evaluate(_:weights:)`` (default 0.5).
    public init(lambda: Double = 0.5) {
        self.lambda = lambda
    }

    /// Scores `matrix` under `weights` (one finite non-negative weight per criterion, used as given).
    /// - Throws: ``MCDAError/invalidParameter(name:value:expected:)`` when λ is outside [0, 1];
    ///   ``MCDAError/nonPositiveValue(method:alternative:criterion:value:)`` for a non-positive value;
    ///   ``MCDAError`` for invalid weights.
    public func evaluate(_ matrix: DecisionMatrix, weights: [Double]) throws -> WASPASResult {
        try requireUnitInterval(lambda, name: "WASPAS λ")
        let resolved = try prepare(matrix, weights: weights)
        let r = try normalizing(resolved, with: .linear, method: "WASPAS")
        let sums = WeightedSum.weightedSums(r, weights: weights)
        let products = try WeightedProduct.log10Products(r, weights: weights, matrix: resolved, method: "WASPAS (on linear-normalised values)")
            .map { Double.exp10($0) }
        let scores = zip(sums, products).map { lambda * $0 + (1 - lambda) * $1 }
        try requireFinite(scores)
        return WASPASResult(lambda: lambda, normalized: r, wsmScores: sums, wpmScores: products, scores: scores)
    }
}

/// The outcome of ``WASPAS``.
public struct WASPASResult: RankingResult, Equatable {
    /// λ, the weight of the weighted sum.
    public let lambda: Double
    /// The linear-normalised matrix r.
    public let normalized: NormalizedMatrix
    /// Σⱼ wⱼ rᵢⱼ.
    public let wsmScores: [Double]
    /// Πⱼ rᵢⱼ^wⱼ.
    public let wpmScores: [Double]
    /// λ · WSM + (1 − λ) · WPM; larger is better.
    public let scores: [Double]

    public var scoreOrder: Ranking.Order { .descending }
    public var settings: [(String, String)] {
        [("normalization", Normalization.linear.rawValue), ("lambda", "\(lambda)")]
    }
}

/// The weighted sum model (WSM), also called simple additive weighting (SAW): the score of an
/// alternative is the weighted sum of its normalised values,
///
///     Sᵢ = Σⱼ wⱼ rᵢⱼ,
///
/// with rᵢⱼ the benefit-oriented ``Normalization`` of column j and w used as given. Larger is better.
///
/// The default normalisation is ``Normalization/linear`` (x/max for benefit, min/x for cost), the
/// textbook SAW of Hwang & Yoon and of pyDecision's `saw_method`; ``Normalization/sum`` is pymcdm's
/// WSM default and ``Normalization/max`` pymcdm/pyrepo's `max_normalization` (1 − x/max for cost).
/// The choice changes the scores, so results record it.
///
/// Complexity: O(m·n).
///
/// Reference: C.-L. Hwang, K. Yoon, *Multiple Attribute Decision Making: Methods and Applications*,
/// Springer (1981), pp. 99–103, doi:10.1007/978-3-642-48318-9.
///
/// Example:
/// ```swift
/// let result = try WeightedSum().evaluate(fighters, weights: [0.2, 0.1, 0.1, 0.1, 0.2, 0.3])
/// result.ranks   // [2, 4, 1, 3] with linear normalisation
/// ```
public struct WeightedSum: RankingMethod {
    /// The column normalisation (default linear).
    public var normalization: Normalization


    /// - Parameter normalization: any ``Normalization`` (default linear); linear and sum need positive values.
    public init(normalization: Normalization = .linear) {
        self.normalization = normalization
    }

    /// Scores `matrix` under `weights` (one finite non-negative weight per criterion, used as given).
    /// - Throws: ``MCDAError`` for invalid weights, or values the normalisation cannot take
    ///   (non-positive values for linear and sum).
    public func evaluate(_ matrix: DecisionMatrix, weights: [Double]) throws -> WeightedSumResult {
        let r = try normalization.apply(to: prepare(matrix, weights: weights))
        let scores = Self.weightedSums(r, weights: weights)
        try requireFinite(scores)
        return WeightedSumResult(normalized: r, scores: scores)
    }

    /// Σⱼ wⱼ rᵢⱼ for every row of `r` (also used by ``WASPAS``).
    static func weightedSums(_ r: NormalizedMatrix, weights: [Double]) -> [Double] {
        let m = r.rowCount, n = r.columnCount
        var scores = [Double](repeating: 0, count: m)
        for i in 0..<m {
            var s = 0.0
            for j in 0..<n { s += weights[j] * r.values[i * n + j] }
            scores[i] = s
        }
        return scores
    }
}

/// The outcome of ``WeightedSum``.
public struct WeightedSumResult: RankingResult, Equatable {
    /// The benefit-oriented normalised matrix r, with the normalisation used.
    public let normalized: NormalizedMatrix
    /// Σⱼ wⱼ rᵢⱼ; larger is better.
    public let scores: [Double]

    /// The normalisation used.
    public var normalization: Normalization { normalized.normalization }
    public var scoreOrder: Ranking.Order { .descending }
    public var settings: [(String, String)] { [("normalization", normalization.rawValue)] }
}

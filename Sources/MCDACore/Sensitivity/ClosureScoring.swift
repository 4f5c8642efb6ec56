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

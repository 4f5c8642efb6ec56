/// Any method as a scoring, through a closure from weights to scores: the slow path (one array
/// allocation per call) for methods without a dedicated kernel (VIKOR, PROMETHEE, WPM, …).
///
/// When the closure throws (or returns the wrong number of scores), ``checkedScores(weights:into:)``
/// throws ``SensitivityError/methodFailed(method:reason:)``: simulations stop and say why rather than
/// counting a silent tie. ``scores(weights:into:)``, which cannot throw, writes the worst possible
/// score (−∞ when larger is better, +∞ otherwise) for a failure or a NaN score.
///
/// Example:
/// ```swift
/// let vikor = ClosureScoring(alternatives: 5, criteria: 3, order: .ascending, method: "vikor") { w in
///     try VIKOR().evaluate(matrix, weights: w).scores
/// }
/// ```
public struct ClosureScoring: WeightedScoring {
    public let alternativeCount: Int
    public let criterionCount: Int
    public let order: Ranking.Order
    /// The method's name, for errors.
    public let method: String
    private let score: @Sendable ([Double]) throws -> [Double]

    /// - Parameters:
    ///   - alternatives: m ≥ 1.
    ///   - criteria: n ≥ 1.
    ///   - order: which scores are better.
    ///   - method: the method's name, for errors.
    ///   - score: weights (n, Σ = 1) to scores; a result of the wrong length is a failure.
    public init(alternatives: Int, criteria: Int, order: Ranking.Order, method: String = "custom",
                _ score: @escaping @Sendable ([Double]) throws -> [Double]) {
        precondition(alternatives >= 1 && criteria >= 1)
        alternativeCount = alternatives
        criterionCount = criteria
        self.order = order
        self.method = method
        self.score = score
    }

    public func scores(weights: UnsafeBufferPointer<Double>, into scores: UnsafeMutableBufferPointer<Double>) {
        precondition(weights.count == criterionCount && scores.count == alternativeCount)
        let result = (try? score(Array(weights))) ?? []
        let worst = order == .descending ? -Double.infinity : Double.infinity
        for i in 0..<alternativeCount {
            let s = result.count == alternativeCount ? result[i] : .nan
            scores[i] = s.isNaN ? worst : s
        }
    }

    public func checkedScores(weights: UnsafeBufferPointer<Double>, into scores: UnsafeMutableBufferPointer<Double>) throws {
        precondition(weights.count == criterionCount && scores.count == alternativeCount)
        let w = Array(weights)
        let result: [Double]
        do { result = try score(w) } catch {
            throw SensitivityError.methodFailed(method: method, reason: "\(error) (at weights \(w.map { "\($0)" }.joined(separator: ", ")))")
        }
        guard result.count == alternativeCount else {
            throw SensitivityError.methodFailed(method: method, reason: "\(result.count) scores for \(alternativeCount) alternatives")
        }
        let worst = order == .descending ? -Double.infinity : Double.infinity
        for i in 0..<alternativeCount { scores[i] = result[i].isNaN ? worst : result[i] }
    }
}

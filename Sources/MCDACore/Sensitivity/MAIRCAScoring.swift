/// MAIRCA's total gap as a ``LinearScoring`` kernel: Qᵢ = Σⱼ (tpⱼ − tpⱼ nᵢⱼ) with tpⱼ = wⱼ/m and the
/// normalised matrix n computed once; coefficients cᵢⱼ = (1 − nᵢⱼ)/m. Smaller is better.
///
/// A call is O(m·n) with no allocation and gives the same bits as ``MAIRCA/evaluate(_:weights:)``
/// (the same operations in the same order). Because the scores are linear, sweeps and critical
/// weight changes locate rank changes exactly.
///
/// Example:
/// ```swift
/// let kernel = try MAIRCA().scoring(for: x)
/// kernel.scores(weights: [0.5, 0.3, 0.2])   // MAIRCA().evaluate(x, weights: …).scores
/// ```
public struct MAIRCAScoring: LinearScoring {
    public let alternativeCount: Int
    public let criterionCount: Int
    public var order: Ranking.Order { .ascending }
    /// cᵢⱼ = (1 − nᵢⱼ)/m, row-major m × n.
    public let coefficients: [Double]
    private let normalized: [Double]

    /// Resolves targets and normalises `matrix` as `method` does.
    /// - Throws: what ``MAIRCA/evaluate(_:weights:)`` throws for the matrix.
    public init(matrix: DecisionMatrix, method: MAIRCA) throws {
        let x = try matrix.resolvingTargets()
        normalized = try method.normalizing(x, with: method.normalization, method: "MAIRCA").values
        alternativeCount = x.rowCount
        criterionCount = x.columnCount
        let m = Double(x.rowCount)
        coefficients = normalized.map { (1 - $0) / m }
    }

    public func scores(weights: UnsafeBufferPointer<Double>, into scores: UnsafeMutableBufferPointer<Double>) {
        precondition(weights.count == criterionCount && scores.count == alternativeCount)
        let m = Double(alternativeCount), n = criterionCount
        for i in 0..<alternativeCount {
            var q = 0.0
            for j in 0..<n {
                let theoretical = weights[j] / m
                q = q + (theoretical - normalized[i * n + j] * theoretical)
            }
            scores[i] = q
        }
    }
}

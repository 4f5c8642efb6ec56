import RealModule

/// Angle weights: a criterion weighs more the wider the angle between its column and the uniform
/// column, in which every alternative would hold the same share (Shuai, Zongzhun, Yongji & Lei
/// 2012, "A new angular method to determine the objective weights", 24th Chinese Control and
/// Decision Conference, doi:10.1109/CCDC.2012.6244621; pymcdm 1.4.0's `angle_weights`).
///
/// For an m × n matrix of non-negative values x, with the sum-normalised column
/// rᵢⱼ = xᵢⱼ / Σᵢ xᵢⱼ and the reference column uᵢ = 1/m:
///
///     cos θⱼ = Σᵢ rᵢⱼ uᵢ / (‖r·ⱼ‖ ‖u‖) = (Σᵢ rᵢⱼ / m) / (‖r·ⱼ‖ · √m / m)
///     θⱼ     = arccos(cos θⱼ)                  0 ≤ θⱼ < π/2
///     wⱼ     = θⱼ / Σₖ θₖ
///
/// (pymcdm scales u by 1/n instead of 1/m; the factor cancels.) Directions are ignored; θ does not
/// depend on a column's unit. cos θ is clamped to [−1, 1] against rounding. A constant column has
/// θ = 0 and weight 0 with a ``WeightingDiagnostic/constantCriterion(_:)`` (an all-zero column
/// included); if every column is constant, equal weights are returned with
/// ``WeightingDiagnostic/equalWeightsFallback(method:)``.
///
/// - Throws: ``MCDAError/invalidParameter(name:value:expected:)`` naming the cell for a negative
///   value (shares of a column total must be non-negative).
///
/// Complexity: O(m·n) time, O(n) extra memory.
///
/// Example (columns [1, 1] and [1, 3]: θ = 0 and arccos(4 / (√10 · √2)) = 0.4636…):
/// ```swift
/// let w = try AngleWeights().evaluate(matrix).weights   // [0, 1]
/// ```
public struct AngleWeights: Sendable {
    public init() {}

    /// Angle weights of the criteria of `matrix`.
    public func evaluate(_ matrix: DecisionMatrix) throws -> ObjectiveWeightsResult {
        try WeightingInput.requireNonNegative(matrix, method: "angle weights", why: "share out each column's total")
        let m = matrix.rowCount, n = matrix.columnCount
        let constant = WeightingInput.constantColumns(matrix)
        var angles = [Double](repeating: 0, count: n)
        let referenceNorm = (Double(m) * (1 / Double(m)) * (1 / Double(m))).squareRoot()   // ‖u‖ = √m / m
        for j in 0..<n where !constant.contains(j) {
            var total = 0.0
            for i in 0..<m { total += matrix.values[i * n + j] }
            var sum = 0.0, squares = 0.0
            for i in 0..<m {
                let r = matrix.values[i * n + j] / total
                sum += r
                squares += r * r
            }
            let cosine = (sum / Double(m)) / (squares.squareRoot() * referenceNorm)
            angles[j] = Double.acos(Swift.min(1, Swift.max(-1, cosine)))
        }
        var diagnostics = constant.map { WeightingDiagnostic.constantCriterion(matrix.criteria[$0].id) }
        let weights = weightsFromScores(angles, method: .angle, diagnostics: &diagnostics)
        return ObjectiveWeightsResult(criteria: matrix.criteria.map(\.id), weights: weights, method: .angle,
                                      convention: "ignore-types", intermediates: [.init(name: "angles", values: angles)],
                                      diagnostics: diagnostics)
    }
}

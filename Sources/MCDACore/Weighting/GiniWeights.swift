/// Gini weights: a criterion weighs more the more unequally its values are spread, measured by
/// the Gini coefficient of its column (Gini 1912, *Variabilità e mutabilità*; the weighting is
/// pymcdm 1.4.0's `gini_weights`).
///
/// For an m × n matrix of non-negative values x, with column mean μⱼ = Σᵢ xᵢⱼ / m:
///
///     Gⱼ = Σᵢ Σₖ |xᵢⱼ − xₖⱼ| / (2 m² μⱼ)        0 ≤ Gⱼ < 1
///     wⱼ = Gⱼ / Σₖ Gₖ
///
/// Directions are ignored (inequality does not depend on which end is better). G is invariant to
/// the unit of a column but not to a shift of its origin. A constant column (an all-zero column
/// included) has G = 0 and weight 0 with a ``WeightingDiagnostic/constantCriterion(_:)``; if every
/// column is constant, equal weights are returned with ``WeightingDiagnostic/equalWeightsFallback(method:)``.
///
/// - Throws: ``MCDAError/invalidParameter(name:value:expected:)`` naming the cell for a negative
///   value (the coefficient divides by the column mean).
///
/// Complexity: O(n·m log m) time (each column sorted: Σᵢ Σₖ |xᵢ − xₖ| = 2 Σᵢ (2i − m + 1) x₍ᵢ₎ for
/// the sorted values x₍₀₎ ≤ … ≤ x₍ₘ₋₁₎), O(m) extra memory.
///
/// Example (columns [1, 2, 3] and [1, 1, 4]: G = 8/36 and 12/36 = 2/9 and 1/3):
/// ```swift
/// let w = try GiniWeights().evaluate(matrix).weights   // [0.4, 0.6]
/// ```
public struct GiniWeights: Sendable {
    public init() {}

    /// Gini weights of the criteria of `matrix`.
    public func evaluate(_ matrix: DecisionMatrix) throws -> ObjectiveWeightsResult {
        try WeightingInput.requireNonNegative(matrix, method: "Gini weights", why: "divide by each column's mean")
        let m = matrix.rowCount, n = matrix.columnCount
        let constant = WeightingInput.constantColumns(matrix)
        var gini = [Double](repeating: 0, count: n)
        for j in 0..<n where !constant.contains(j) {
            let column = (0..<m).map { matrix.values[$0 * n + j] }.sorted()
            var pairs = 0.0, total = 0.0
            for (i, v) in column.enumerated() {
                pairs += Double(2 * i - m + 1) * v
                total += v
            }
            // Σᵢ Σₖ |xᵢ − xₖ| / (2 m² μ) with μ = total / m.
            gini[j] = 2 * pairs / (2 * Double(m) * total)
        }
        var diagnostics = constant.map { WeightingDiagnostic.constantCriterion(matrix.criteria[$0].id) }
        let weights = weightsFromScores(gini, method: .gini, diagnostics: &diagnostics)
        return ObjectiveWeightsResult(criteria: matrix.criteria.map(\.id), weights: weights, method: .gini,
                                      convention: "ignore-types", intermediates: [.init(name: "giniCoefficients", values: gini)],
                                      diagnostics: diagnostics)
    }
}

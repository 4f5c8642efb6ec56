/// Variance weights: wⱼ = σⱼ² / Σₖ σₖ², the squared counterpart of ``StandardDeviationWeights``
/// (pymcdm 1.4.0's `variance_weights`; the dispersion idea of Diakoulaki, Mavrotas &
/// Papayannakis 1995, doi:10.1016/0305-0548(94)00059-H).
///
/// σⱼ² is the sample variance (divisor m − 1; m gives the same weights) of the min-max scaled
/// column rᵢⱼ = (xᵢⱼ − minᵢ xᵢⱼ) / (maxᵢ xᵢⱼ − minᵢ xᵢⱼ). Directions are ignored: 1 − r has the
/// same variance as r. Squaring favours the most dispersed criteria more than σ does. A constant
/// column gets weight 0 with a ``WeightingDiagnostic/constantCriterion(_:)``; if every column is
/// constant, equal weights are returned with ``WeightingDiagnostic/equalWeightsFallback(method:)``.
///
/// - Throws: ``MCDAError/tooFewAlternatives(method:needed:found:)`` for m < 2.
///
/// Complexity: O(m·n) time, O(m·n) memory (the scaled copy).
///
/// Example (columns [1, 2, 3] and [10, 10, 40]: scaled variances 1/4 and 1/3):
/// ```swift
/// let w = try VarianceWeights().evaluate(matrix).weights   // [3/7, 4/7]
/// ```
public struct VarianceWeights: Sendable {
    public init() {}

    /// Variance weights of the criteria of `matrix`.
    public func evaluate(_ matrix: DecisionMatrix) throws -> ObjectiveWeightsResult {
        let m = matrix.rowCount, n = matrix.columnCount
        guard m >= 2 else { throw MCDAError.tooFewAlternatives(method: "variance weights", needed: 2, found: m) }
        let r = try ColumnDispersion.minMax(matrix, orientByTypes: false)
        let covariance = ColumnDispersion.covariance(r.values, rows: m, columns: n, diagonalOnly: true)
        let constant = Set(r.constantColumns)
        let variances = (0..<n).map { constant.contains($0) ? 0 : covariance[$0 * n + $0] }
        var diagnostics = r.constantColumns.map { WeightingDiagnostic.constantCriterion(matrix.criteria[$0].id) }
        let weights = weightsFromScores(variances, method: .variance, diagnostics: &diagnostics)
        return ObjectiveWeightsResult(criteria: matrix.criteria.map(\.id), weights: weights, method: .variance,
                                      convention: "minmax", intermediates: [.init(name: "variances", values: variances)],
                                      diagnostics: diagnostics)
    }
}

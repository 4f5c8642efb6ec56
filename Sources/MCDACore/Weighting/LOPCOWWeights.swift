import RealModule

/// LOPCOW weights (LOgarithmic Percentage Change-driven Objective Weighting; Ecer & Pamučar 2022,
/// Omega 112:102690, doi:10.1016/j.omega.2022.102690; pymcdm 1.4.0's `lopcow_weights`).
///
/// A criterion weighs more the larger the gap, in logarithmic percentage, between the root mean
/// square of its scaled values and their standard deviation. For an m × n matrix x:
///
///     rᵢⱼ  = (xᵢⱼ − min) / (max − min)   (benefit)     (max − xᵢⱼ) / (max − min)   (cost)
///     PVⱼ  = |100 · ln( √(Σᵢ rᵢⱼ² / m) / σⱼ )|       σⱼ: sample standard deviation (m − 1) of r·ⱼ
///     wⱼ   = PVⱼ / Σₖ PVₖ
///
/// Directions matter (a target criterion is resolved to "distance from the target", a cost).
/// A constant column has σ = 0 and an infinite PV: we give it weight 0 with a
/// ``WeightingDiagnostic/constantCriterion(_:)`` (it cannot tell the alternatives apart; pymcdm
/// returns NaN weights). If every column is constant, or every PV is 0, equal weights are
/// returned with ``WeightingDiagnostic/equalWeightsFallback(method:)``.
///
/// - Throws: ``MCDAError/tooFewAlternatives(method:needed:found:)`` for m < 2.
///
/// Complexity: O(m·n) time, O(m·n) memory (the scaled copy).
///
/// Example (a benefit column [1, 2, 3]: r = [0, ½, 1], RMS = √(5/12), σ = ½,
/// PV = 100 · ln(2√(5/12)) = 25.5413…; a cost column [3, 1, 2]: r = [0, 1, ½], the same PV):
/// ```swift
/// let w = try LOPCOWWeights().evaluate(matrix).weights   // [0.5, 0.5]
/// ```
public struct LOPCOWWeights: Sendable {
    public init() {}

    /// LOPCOW weights of the criteria of `matrix`.
    public func evaluate(_ matrix: DecisionMatrix) throws -> ObjectiveWeightsResult {
        let m = matrix.rowCount, n = matrix.columnCount
        guard m >= 2 else { throw MCDAError.tooFewAlternatives(method: "LOPCOW weights", needed: 2, found: m) }
        let r = try ColumnDispersion.minMax(matrix, orientByTypes: true)
        let constant = Set(r.constantColumns)
        let variance = ColumnDispersion.covariance(r.values, rows: m, columns: n, diagonalOnly: true)
        var percentages = [Double](repeating: 0, count: n)
        for j in 0..<n where !constant.contains(j) {
            var squares = 0.0
            for i in 0..<m { squares += r.values[i * n + j] * r.values[i * n + j] }
            let rms = (squares / Double(m)).squareRoot()
            percentages[j] = Swift.abs(Double.log(rms / variance[j * n + j].squareRoot()) * 100)
        }
        var diagnostics = r.constantColumns.map { WeightingDiagnostic.constantCriterion(matrix.criteria[$0].id) }
        let weights = weightsFromScores(percentages, method: .lopcow, diagnostics: &diagnostics)
        return ObjectiveWeightsResult(criteria: matrix.criteria.map(\.id), weights: weights, method: .lopcow,
                                      convention: "directions", intermediates: [.init(name: "percentageValues", values: percentages)],
                                      diagnostics: diagnostics)
    }
}

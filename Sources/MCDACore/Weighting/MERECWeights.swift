import RealModule

/// MEREC weights (MEthod based on the Removal Effects of Criteria; Keshavarz-Ghorabaee, Amiri,
/// Zavadskas, Turskis & Antuchevičienė 2021, Symmetry 13(4):525, doi:10.3390/sym13040525).
///
/// A criterion weighs more the more the overall performance of the alternatives changes when it
/// is removed. For an m × n matrix of positive values x:
///
///     nᵢⱼ  = minᵢ xᵢⱼ / xᵢⱼ   (benefit)     nᵢⱼ = xᵢⱼ / maxᵢ xᵢⱼ   (cost)      0 < nᵢⱼ ≤ 1
///     Sᵢ   = ln(1 + (1/n) Σₖ |ln nᵢₖ|)             the overall performance of alternative i
///     S′ᵢⱼ = ln(1 + (1/n) Σₖ≠ⱼ |ln nᵢₖ|)           the same with criterion j removed
///     Eⱼ   = Σᵢ |S′ᵢⱼ − Sᵢ|                        the removal effect
///     wⱼ   = Eⱼ / Σₖ Eₖ
///
/// The divisor stays n when a criterion is removed (the paper's equation and pymcdm 1.4.0's
/// `merec_weights`). Directions matter: a target criterion is resolved to the cost criterion
/// "distance from the target" first. A constant column has nᵢⱼ = 1, Eⱼ = 0 and weight 0 (with a
/// ``WeightingDiagnostic/constantCriterion(_:)``); if every Eⱼ is 0, equal weights are returned
/// with ``WeightingDiagnostic/equalWeightsFallback(method:)``.
///
/// - Throws: ``MCDAError/nonPositiveValue(method:alternative:criterion:value:)`` (or
///   ``MCDAError/nonPositiveDistance(method:alternative:criterion:target:distance:)`` on a target
///   criterion) for a value ≤ 0: the logarithms need positive ratios.
///
/// Complexity: O(m·n²) time (each Σₖ≠ⱼ summed afresh, not as Σₖ minus a term, which would lose
/// digits), O(m·n) memory.
///
/// Example (by hand: columns [1, 2] benefit and [10, 40] cost give n = [[1, ¼], [½, 1]], so
/// S₁ = ln(1 + ln 4 / 2) and S₂ = ln(1 + ln 2 / 2); removing a criterion zeroes the one non-zero
/// term of a row, so E₁ = S₂ and E₂ = S₁):
/// ```swift
/// let w = try MERECWeights().evaluate(matrix).weights   // [0.36105…, 0.63894…]
/// ```
public struct MERECWeights: Sendable {
    public init() {}

    /// MEREC weights of the criteria of `matrix`.
    public func evaluate(_ matrix: DecisionMatrix) throws -> ObjectiveWeightsResult {
        let x = try matrix.resolvingTargets()
        try WeightingInput.requirePositive(x, method: "MEREC weights")
        let m = x.rowCount, n = x.columnCount
        let (lo, hi) = x.columnExtremes
        var logs = [Double](repeating: 0, count: m * n)      // |ln nᵢⱼ|
        for i in 0..<m {
            for j in 0..<n {
                let v = x.values[i * n + j]
                let r = x.criteria[j].isBenefit ? lo[j] / v : v / hi[j]
                logs[i * n + j] = Swift.abs(Double.log(r))
            }
        }
        var effects = [Double](repeating: 0, count: n)
        let inverse = 1 / Double(n)
        for i in 0..<m {
            var total = 0.0
            for j in 0..<n { total += logs[i * n + j] }
            let s = Double.log(1 + inverse * total)
            for j in 0..<n {
                var without = 0.0
                for k in 0..<n where k != j { without += logs[i * n + k] }
                effects[j] += Swift.abs(Double.log(1 + inverse * without) - s)
            }
        }
        var diagnostics = WeightingInput.constantColumns(x).map { WeightingDiagnostic.constantCriterion(x.criteria[$0].id) }
        let weights = weightsFromScores(effects, method: .merec, diagnostics: &diagnostics)
        return ObjectiveWeightsResult(criteria: matrix.criteria.map(\.id), weights: weights, method: .merec,
                                      convention: "directions", intermediates: [.init(name: "removalEffects", values: effects)],
                                      diagnostics: diagnostics)
    }
}

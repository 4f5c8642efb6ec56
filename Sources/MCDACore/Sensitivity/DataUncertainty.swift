/// Uncertainty of the performance values in SMAA: how each sample perturbs the decision matrix
/// before the scoring is rebuilt from it (Lahdelma & Salminen 2001, "criteria measurements ξ").
///
/// - ``exact``: no perturbation (the fast path: one scoring for all samples).
/// - ``relative(_:)``: xᵢⱼ · (1 + pⱼ·U), U uniform on [−1, 1], independently per value; pⱼ ≥ 0
///   is the ± fraction for criterion j (0.1 for ±10 %).
/// - ``intervals(lower:upper:)``: xᵢⱼ uniform on [lᵢⱼ, uᵢⱼ] (row-major m × n), independently.
///
/// Values are perturbed on the matrix as given (before targets are resolved and before
/// normalisation); the ``ScoringFactory`` resolves and normalises each perturbed matrix.
public enum DataUncertainty: Sendable, Equatable {
    case exact
    case relative([Double])
    case intervals(lower: [Double], upper: [Double])

    /// True for ``exact``.
    public var isExact: Bool { if case .exact = self { return true }; return false }

    /// A short description for reports.
    public var summary: String {
        switch self {
        case .exact: return "exact"
        case .relative(let p): return "relative ±" + p.map { "\($0)" }.joined(separator: ",")
        case .intervals: return "intervals"
        }
    }

    /// Checks the description against `matrix`.
    /// - Throws: ``SensitivityError/dimensionMismatch(what:expected:found:)`` or
    ///   ``MCDAError/invalidParameter(name:value:expected:)`` naming the cell.
    public func validate(for matrix: DecisionMatrix) throws {
        let m = matrix.rowCount, n = matrix.columnCount
        switch self {
        case .exact:
            return
        case .relative(let p):
            guard p.count == n else { throw SensitivityError.dimensionMismatch(what: "relative uncertainty", expected: n, found: p.count) }
            for j in 0..<n where !(p[j].isFinite && p[j] >= 0) {
                throw MCDAError.invalidParameter(name: "uncertainty of \(matrix.criteria[j].id)", value: "\(p[j])",
                                                 expected: "a finite fraction ≥ 0")
            }
        case .intervals(let lower, let upper):
            guard lower.count == m * n else { throw SensitivityError.dimensionMismatch(what: "lower values", expected: m * n, found: lower.count) }
            guard upper.count == m * n else { throw SensitivityError.dimensionMismatch(what: "upper values", expected: m * n, found: upper.count) }
            for k in 0..<(m * n) where !(lower[k].isFinite && upper[k].isFinite && lower[k] <= upper[k]) {
                throw MCDAError.invalidParameter(
                    name: "interval of \(matrix.alternatives[k / n]) on \(matrix.criteria[k % n].id)",
                    value: "[\(lower[k]), \(upper[k])]", expected: "finite bounds with lower ≤ upper")
            }
        }
    }

    /// One perturbed copy of `matrix` (m·n uniform draws from `rng`, in row-major order).
    func perturb(_ matrix: DecisionMatrix, using rng: inout Xoshiro256StarStar) -> DecisionMatrix {
        let n = matrix.columnCount
        var v = matrix.values
        switch self {
        case .exact:
            return matrix
        case .relative(let p):
            for k in v.indices { v[k] *= 1 + p[k % n] * (2 * rng.nextUnit() - 1) }
        case .intervals(let lower, let upper):
            for k in v.indices { let u = rng.nextUnit(); v[k] = lower[k] * (1 - u) + upper[k] * u }
        }
        return DecisionMatrix(unchecked: matrix.alternatives, criteria: matrix.criteria, values: v)
    }
}

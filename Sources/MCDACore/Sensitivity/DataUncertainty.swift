/// Uncertainty of the performance values in SMAA: how each sample perturbs the decision matrix
/// before the scoring is rebuilt from it (Lahdelma & Salminen 2001, "criteria measurements ξ").
///
/// - ``exact``: no perturbation (the fast path: one scoring for all samples).
/// - ``relative(_:)``: xᵢⱼ · (1 + pⱼ·U), U uniform on [−1, 1], independently per value; 0 ≤ pⱼ < 1
///   is the ± fraction for criterion j (0.1 for ±10 %).
/// - ``intervals(lower:upper:)``: xᵢⱼ uniform on [lᵢⱼ, uᵢⱼ] (row-major m × n), independently.
/// - ``distributions(_:)``: xᵢⱼ drawn from its own ``ValueDistribution`` (row-major m × n:
///   exact, uniform, beta, normal or log-normal), independently. The usual model for clinical
///   proportions (beta posteriors; Tervonen et al. 2011, "A stochastic multicriteria model for
///   evidence-based decision making in drug benefit-risk analysis", Stat. Med. 30(12),
///   doi:10.1002/sim.4194) and for measured quantities (normal, log-normal).
///
/// Values are perturbed on the matrix as given (before targets are resolved and before
/// normalisation); the ``ScoringFactory`` resolves and normalises each perturbed matrix.
public enum DataUncertainty: Sendable, Equatable {
    case exact
    case relative([Double])
    case intervals(lower: [Double], upper: [Double])
    case distributions([ValueDistribution])

    /// True for ``exact``.
    public var isExact: Bool { if case .exact = self { return true }; return false }

    /// A short description for reports.
    public var summary: String {
        switch self {
        case .exact: return "exact"
        case .relative(let p): return "relative ±" + p.map { "\($0)" }.joined(separator: ",")
        case .intervals: return "intervals"
        case .distributions(let d): return "distributions (" + Self.census(d) + ")"
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
            for j in 0..<n where !(p[j] >= 0 && p[j] < 1) {  // x(1 ± p) keeps the sign of x only for p < 1
                throw MCDAError.invalidParameter(name: "uncertainty of \(matrix.criteria[j].id)", value: "\(p[j])",
                                                 expected: "a ± fraction from 0 to below 1 (0.1 for ±10 %), as in criterion files")
            }
        case .intervals(let lower, let upper):
            guard lower.count == m * n else { throw SensitivityError.dimensionMismatch(what: "lower values", expected: m * n, found: lower.count) }
            guard upper.count == m * n else { throw SensitivityError.dimensionMismatch(what: "upper values", expected: m * n, found: upper.count) }
            for k in 0..<(m * n) where !(lower[k].isFinite && upper[k].isFinite && lower[k] <= upper[k]) {
                throw MCDAError.invalidParameter(
                    name: "interval of \(matrix.alternatives[k / n]) on \(matrix.criteria[k % n].id)",
                    value: "[\(lower[k]), \(upper[k])]", expected: "finite bounds with lower ≤ upper")
            }
        case .distributions(let d):
            guard d.count == m * n else { throw SensitivityError.dimensionMismatch(what: "value distributions", expected: m * n, found: d.count) }
            for k in 0..<(m * n) {
                if let expected = d[k].problem {
                    throw MCDAError.invalidParameter(
                        name: "distribution of \(matrix.alternatives[k / n]) on \(matrix.criteria[k % n].id)",
                        value: d[k].parameterText, expected: expected)
                }
            }
        }
    }

    /// How many values follow each kind of distribution, in a fixed order: "4 beta, 2 exact".
    static func census(_ d: [ValueDistribution]) -> String {
        counts(d).map { "\($0.count) \($0.kind)" }.joined(separator: ", ")
    }

    /// How many values follow each kind of distribution (``ValueDistribution/name``), in the order
    /// uniform, beta, normal, log-normal, exact; kinds without values are left out.
    public static func counts(_ d: [ValueDistribution]) -> [(kind: String, count: Int)] {
        let kinds = ["uniform", "beta", "normal", "log-normal", "exact"]
        var counts = [Int](repeating: 0, count: kinds.count)
        for x in d { if let k = kinds.firstIndex(of: x.name) { counts[k] += 1 } }
        return kinds.indices.filter { counts[$0] > 0 }.map { (kinds[$0], counts[$0]) }
    }

    /// One perturbed copy of `matrix`, drawing the values from `rng` in row-major order.
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
        case .distributions(let d):
            for k in v.indices { v[k] = d[k].draw(value: v[k], using: &rng) }
        }
        return DecisionMatrix(unchecked: matrix.alternatives, criteria: matrix.criteria, values: v)
    }
}

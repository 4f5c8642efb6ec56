/// CILOS weights (Criterion Impact LOSs; Zavadskas & Podvezko 2016, "Integrated determination of
/// objective criteria weights in MCDM", International Journal of Information Technology &
/// Decision Making 15(2):267–283, doi:10.1142/S0219622016500036; pymcdm 1.4.0's `cilos_weights`).
///
/// A criterion weighs more the less the other criteria lose when it is favoured. For an m × n
/// matrix of positive values x:
///
///     x̄ᵢⱼ = minᵢ xᵢⱼ / xᵢⱼ on cost columns, xᵢⱼ otherwise; rᵢⱼ = x̄ᵢⱼ / Σᵢ x̄ᵢⱼ
///     aₖ   = the row of r of the alternative that is best on criterion k (the first of equals)
///     pₖⱼ  = (aⱼⱼ − aₖⱼ) / aⱼⱼ          the relative loss on criterion j when criterion k picks
///     F    = P − diag(Σₖ pₖⱼ)           every column of F sums to 0
///     F q = 0,  Σⱼ qⱼ = 1,  wⱼ = qⱼ
///
/// F is the transpose of a Markov generator (off-diagonal pₖⱼ ≥ 0, zero column sums), so q is its
/// stationary distribution: non-negative, and unique when the null space of F is one-dimensional.
/// It is found by Gaussian elimination with complete pivoting. Target criteria are resolved to the
/// cost criterion "distance from the target" first.
///
/// - Throws: ``MCDAError/nonPositiveValue(method:alternative:criterion:value:)`` (or
///   ``MCDAError/nonPositiveDistance(method:alternative:criterion:target:distance:)``) for a value
///   ≤ 0; ``MCDAError/invalidParameter(name:value:expected:)`` when F q = 0 has more than one
///   weight vector as solution (for example when one alternative is best on every criterion, so
///   that no criterion loses anything), where pymcdm returns a vector of the wrong length.
///
/// Complexity: O(m·n + n³) time, O(m·n + n²) memory.
///
/// Example (a check by hand: two criteria, A1 best on the first, A2 on the second, with shares
/// r = [[0.6, 0.25], [0.4, 0.75]]: p₂₁ = 1/3, p₁₂ = 2/3, and q ∝ (p₁₂, p₂₁)):
/// ```swift
/// let w = try CILOSWeights().evaluate(matrix).weights   // [2/3, 1/3]
/// ```
public struct CILOSWeights: Sendable {
    public init() {}

    /// CILOS weights of the criteria of `matrix`.
    public func evaluate(_ matrix: DecisionMatrix) throws -> ObjectiveWeightsResult {
        let x = try matrix.resolvingTargets()
        try WeightingInput.requirePositive(x, method: "CILOS weights")
        let m = x.rowCount, n = x.columnCount
        let (lo, _) = x.columnExtremes
        var r = x.values
        for j in 0..<n {
            var total = 0.0
            for i in 0..<m {
                if !x.criteria[j].isBenefit { r[i * n + j] = lo[j] / r[i * n + j] }
                total += r[i * n + j]
            }
            for i in 0..<m { r[i * n + j] /= total }
        }
        let best = (0..<n).map { k in (0..<m).reduce(0) { r[$1 * n + k] > r[$0 * n + k] ? $1 : $0 } }
        var f = [Double](repeating: 0, count: n * n)
        var losses = [Double](repeating: 0, count: n)
        for k in 0..<n {
            for j in 0..<n where j != k {
                let top = r[best[j] * n + j]
                let p = (top - r[best[k] * n + j]) / top
                f[k * n + j] = p
                losses[j] += p
            }
        }
        for j in 0..<n { f[j * n + j] = -losses[j] }
        guard let q = Self.stationary(f, n: n) else {
            throw MCDAError.invalidParameter(
                name: "the data of CILOS weights", value: "\(m) alternatives × \(n) criteria",
                expected: "a unique weight vector, but F q = 0 has several (the alternatives best on each criterion lose nothing on other criteria, e.g. one alternative is best on all); use another weighting method")
        }
        return ObjectiveWeightsResult(criteria: matrix.criteria.map(\.id), weights: q, method: .cilos, convention: "directions",
                                      intermediates: [.init(name: "impactLosses", values: losses)], diagnostics: [])
    }

    /// The q ≥ 0 with Σ q = 1 and F q = 0 (F row-major n × n) when that null space is
    /// one-dimensional; nil otherwise. Complete pivoting reveals the rank.
    static func stationary(_ f: [Double], n: Int) -> [Double]? {
        var a = f
        var columns = Array(0..<n)
        let scale = a.reduce(0) { Swift.max($0, Swift.abs($1)) }
        guard scale > 0 else { return n == 1 ? [1] : nil }
        let tolerance = 1e-12 * scale * Double(n)
        for k in 0..<(n - 1) {
            var (pi, pj, pivot) = (k, k, 0.0)
            for i in k..<n { for j in k..<n where Swift.abs(a[i * n + j]) > pivot { (pi, pj, pivot) = (i, j, Swift.abs(a[i * n + j])) } }
            guard pivot > tolerance else { return nil }
            if pi != k { for j in 0..<n { a.swapAt(k * n + j, pi * n + j) } }
            if pj != k {
                for i in 0..<n { a.swapAt(i * n + k, i * n + pj) }
                columns.swapAt(k, pj)
            }
            for i in (k + 1)..<n {
                let factor = a[i * n + k] / a[k * n + k]
                guard factor != 0 else { continue }
                for j in k..<n { a[i * n + j] -= factor * a[k * n + j] }
            }
        }
        // Upper triangular with a (numerically) zero last row: the last unknown is free.
        var y = [Double](repeating: 0, count: n)
        y[n - 1] = 1
        for k in stride(from: n - 2, through: 0, by: -1) {
            var s = 0.0
            for j in (k + 1)..<n { s += a[k * n + j] * y[j] }
            y[k] = -s / a[k * n + k]
        }
        let total = y.reduce(0, +)
        guard total != 0, total.isFinite else { return nil }
        var q = [Double](repeating: 0, count: n)
        for k in 0..<n { q[columns[k]] = y[k] / total }
        guard q.allSatisfy({ $0 > -1e-9 }) else { return nil }
        return q.map { Swift.max(0, $0) }
    }
}

import RealModule

/// How priorities (local weights) are derived from a pairwise comparison matrix A (n×n).
///
/// - ``eigenvector``: the principal right eigenvector of A (Saaty 1977, doi:10.1016/0022-2496(77)90033-5),
///   computed by LAPACK `dgeev`: A w = λmax w, Σ w = 1. The default.
/// - ``geometricMean``: row geometric means wᵢ ∝ (Πⱼ aᵢⱼ)^(1/n), the logarithmic least-squares
///   solution (Crawford & Williams 1985, doi:10.1016/0022-2496(85)90005-7).
/// - ``columnMean``: the "approximate" method wᵢ = (1/n) Σⱼ aᵢⱼ / Σₖ aₖⱼ (pyDecision's default).
///
/// All three coincide for a consistent matrix. λmax, CI and CR are properties of the matrix, so
/// they are always computed from the Perron eigenvalue, whichever method gives the priorities.
public enum PriorityMethod: String, CaseIterable, Sendable, Codable {
    case eigenvector = "eigenvector"
    case geometricMean = "geometric-mean"
    case columnMean = "column-mean"

    /// The method used when none is chosen.
    public static let `default` = PriorityMethod.eigenvector
}

extension PairwiseComparisonMatrix {
    /// Row geometric means normalised to sum 1; computed in logarithms so that large n cannot overflow.
    public func geometricMeanPriorities() -> [Double] {
        let n = order
        var logs = [Double](repeating: 0, count: n)
        for i in 0..<n {
            var s = 0.0
            for j in 0..<n { s += Double.log(entries[i * n + j]) }
            logs[i] = s / Double(n)
        }
        let top = logs.max() ?? 0
        let raw = logs.map { Double.exp($0 - top) }
        let total = raw.reduce(0, +)
        return raw.map { $0 / total }
    }

    /// Mean of the column-normalised matrix: wᵢ = (1/n) Σⱼ aᵢⱼ / Σₖ aₖⱼ.
    public func columnMeanPriorities() -> [Double] {
        let n = order
        var columnSums = [Double](repeating: 0, count: n)
        for i in 0..<n { for j in 0..<n { columnSums[j] += entries[i * n + j] } }
        var w = [Double](repeating: 0, count: n)
        for i in 0..<n {
            var s = 0.0
            for j in 0..<n { s += entries[i * n + j] / columnSums[j] }
            w[i] = s / Double(n)
        }
        return w
    }
}

import RealModule

/// LMAW, the Logarithm Methodology of Additive Weights: values are shifted into (1, 2], their
/// logarithms are taken relative to the logarithm of the column product, and the weights enter
/// through a non-linear aggregation whose terms are summed.
///
/// Steps, for an m × n matrix of positive values with weights w (used as given):
/// 1. sᵢⱼ = (xᵢⱼ + maxᵢ xᵢⱼ)/maxᵢ xᵢⱼ for a benefit criterion, (xᵢⱼ + minᵢ xᵢⱼ)/xᵢⱼ for a cost
///    criterion, so sᵢⱼ ∈ (1, 2] and larger is better.
/// 2. φᵢⱼ = ln sᵢⱼ / ln Πᵢ sᵢⱼ = ln sᵢⱼ / Σᵢ ln sᵢⱼ ∈ (0, 1) (the sum of logarithms rather than the
///    logarithm of the product, which overflows beyond about 1000 alternatives).
/// 3. ξᵢⱼ = 2 φᵢⱼ^wⱼ / ((2 − φᵢⱼ)^wⱼ + φᵢⱼ^wⱼ).
/// 4. Qᵢ = Σⱼ ξᵢⱼ; larger is better.
///
/// The method takes the decision matrix and weights already aggregated over decision makers (as
/// pymcdm does; its aggregation helpers are not part of this type).
///
/// Complexity: O(m·n).
///
/// Reference: D. Pamučar, M. Žižović, S. Biswas, D. Božanić, "A new logarithm methodology of
/// additive weights (LMAW) for multi-criteria decision-making: application in logistics", Facta
/// Universitatis, Series: Mechanical Engineering 19(3) (2021) 361–380,
/// doi:10.22190/FUME210214031P.
///
/// Example (Pamučar et al. 2021, the 6 × 6 logistics example):
/// ```swift
/// let result = try LMAW().evaluate(x, weights: [0.215, 0.126, 0.152, 0.09, 0.19, 0.226])
/// result.scores   // ≈ [4.840, 4.681, 4.799, 4.733, 4.736, 4.704]; A1 is best
/// ```
public struct LMAW: RankingMethod {
    /// LMAW has no options.
    public init() {}

    /// Scores `matrix` under `weights` (one finite non-negative weight per criterion, used as given).
    /// - Throws: ``MCDAError/nonPositiveValue(method:alternative:criterion:value:)`` for a value
    ///   ≤ 0, naming the criterion and the alternative; ``MCDAError`` for invalid weights.
    public func evaluate(_ matrix: DecisionMatrix, weights: [Double]) throws -> LMAWResult {
        let x = try prepare(matrix, weights: weights)
        try requirePositive(x, method: "lmaw")
        let m = x.rowCount, n = x.columnCount
        let (lo, hi) = x.columnExtremes
        var s = [Double](repeating: 0, count: m * n), phi = s, xi = s
        var logSums = [Double](repeating: 0, count: n)
        for i in 0..<m {
            for j in 0..<n {
                s[i * n + j] = x.criteria[j].isBenefit ? (x[i, j] + hi[j]) / hi[j] : (x[i, j] + lo[j]) / x[i, j]
                logSums[j] += Double.log(s[i * n + j])
            }
        }
        var q = [Double](repeating: 0, count: m)
        for i in 0..<m {
            for j in 0..<n {
                let f = Double.log(s[i * n + j]) / logSums[j]
                let p = Double.pow(f, weights[j])
                phi[i * n + j] = f
                xi[i * n + j] = 2 * p / (Double.pow(2 - f, weights[j]) + p)
                q[i] += xi[i * n + j]
            }
        }
        try requireFinite(q)
        return LMAWResult(shifted: s, logarithmic: phi, aggregated: xi, scores: q)
    }
}

/// The outcome of ``LMAW``, with its intermediate values (row-major m × n matrices).
public struct LMAWResult: RankingResult, Equatable {
    /// sᵢⱼ ∈ (1, 2].
    public let shifted: [Double]
    /// φᵢⱼ = ln sᵢⱼ / Σᵢ ln sᵢⱼ.
    public let logarithmic: [Double]
    /// ξᵢⱼ = 2 φᵢⱼ^wⱼ / ((2 − φᵢⱼ)^wⱼ + φᵢⱼ^wⱼ).
    public let aggregated: [Double]
    /// Qᵢ = Σⱼ ξᵢⱼ (larger is better).
    public let scores: [Double]

    public var scoreOrder: Ranking.Order { .descending }
    public var settings: [(String, String)] { [] }
}

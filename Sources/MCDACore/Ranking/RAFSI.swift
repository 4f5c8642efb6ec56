/// RAFSI, Ranking of Alternatives through Functional mapping of criterion sub-intervals into a
/// Single Interval: every criterion's range between an ideal and an anti-ideal value is mapped
/// linearly onto one common interval [n₁, n₂ₖ], then normalised and summed with the weights. An
/// alternative's score depends only on its own values, so with given ideal and anti-ideal values
/// adding or removing alternatives never reverses a ranking.
///
/// Steps, for an m × n matrix with weights w (used as given):
/// 1. Per criterion, the ideal and anti-ideal values read as one interval [Lⱼ, Uⱼ] (either order,
///    as pymcdm reads them), which must contain every value.
/// 2. sᵢⱼ = (n₂ₖ − n₁)/(Uⱼ − Lⱼ) · xᵢⱼ + (n₁Uⱼ − n₂ₖLⱼ)/(Uⱼ − Lⱼ), so Lⱼ ↦ n₁ and Uⱼ ↦ n₂ₖ.
/// 3. With A = (n₁ + n₂ₖ)/2 and H = 2/(1/n₁ + 1/n₂ₖ): ŝᵢⱼ = sᵢⱼ/(2A) for a benefit criterion,
///    H/(2sᵢⱼ) for a cost criterion.
/// 4. Vᵢ = Σⱼ wⱼ ŝᵢⱼ; larger is better.
///
/// The paper writes the ideal of a cost criterion below its anti-ideal; pymcdm sorts each pair and
/// maps the smaller value to n₁ whatever the direction, which gives the paper's example. Without
/// given values this type takes each column's best and worst value (pymcdm requires them), which
/// makes scores depend on the other alternatives again.
///
/// - Parameters:
///   - ideal, antiIdeal: one value per criterion each, different, with every value between them
///     (default: each column's best and worst value).
///   - n1, n2k: 0 < n₁ < n₂ₖ, the common interval (default 1 and 6: the ideal is six times as good
///     as the anti-ideal, as the paper and pymcdm).
///
/// Complexity: O(m·n).
///
/// Reference: M. Žižović, D. Pamučar, M. Albijanić, P. Chatterjee, I. Pribićević, "Eliminating
/// rank reversal problem using a new multi-attribute model—the RAFSI method", Mathematics 8(6)
/// (2020) 1015, doi:10.3390/math8061015.
///
/// Example (Žižović et al. 2020, the 6 × 5 example):
/// ```swift
/// let rafsi = RAFSI(ideal: [200, 12, 10, 100, 8], antiIdeal: [120, 6, 20, 200, 2])
/// try rafsi.evaluate(x, weights: [0.35, 0.25, 0.15, 0.15, 0.1]).scores
/// // ≈ [0.5081, 0.4522, 0.4381, 0.4560, 0.5299, 0.4373]; A5 is best
/// ```
public struct RAFSI: RankingMethod {
    /// The ideal value of each criterion (nil: each column's best value).
    public var ideal: [Double]?
    /// The anti-ideal value of each criterion (nil: each column's worst value).
    public var antiIdeal: [Double]?
    /// n₁ and n₂ₖ, the common interval (0 < n₁ < n₂ₖ; default 1 and 6).
    public var n1: Double, n2k: Double

    /// - Parameters:
    ///   - ideal: the ideal value of each criterion (checked by ``evaluate(_:weights:)``); nil for each column's best value.
    ///   - antiIdeal: the anti-ideal value of each criterion; nil for each column's worst value.
    ///   - n1: the lower end of the common interval, 0 < n₁ < n₂ₖ.
    ///   - n2k: the upper end of the common interval.
    public init(ideal: [Double]? = nil, antiIdeal: [Double]? = nil, n1: Double = 1, n2k: Double = 6) {
        self.ideal = ideal
        self.antiIdeal = antiIdeal
        self.n1 = n1
        self.n2k = n2k
    }

    /// Scores `matrix` under `weights` (one finite non-negative weight per criterion, used as given).
    /// - Throws: ``MCDAError/invalidParameter(name:value:expected:)`` for n₁, n₂ₖ out of order,
    ///   lists of the wrong length, equal ideal and anti-ideal values or a value outside them
    ///   (naming the criterion and the alternative); ``MCDAError`` for invalid weights.
    public func evaluate(_ matrix: DecisionMatrix, weights: [Double]) throws -> RAFSIResult {
        let x = try prepare(matrix, weights: weights)
        let (intervals, s) = try mapped(x)
        let m = x.rowCount, n = x.columnCount
        var v = [Double](repeating: 0, count: m)
        for i in 0..<m { for j in 0..<n { v[i] += s[i * n + j] * weights[j] } }
        try requireFinite(v)
        return RAFSIResult(intervals: intervals, given: ideal != nil || antiIdeal != nil, n1: n1, n2k: n2k, normalized: s, scores: v)
    }

    /// The intervals and ŝᵢⱼ (row-major) of `x` (targets resolved): what ``evaluate(_:weights:)``
    /// and the kernel weight.
    func mapped(_ x: DecisionMatrix) throws -> (intervals: [ValueRange], values: [Double]) {
        guard n1 > 0, n1 < n2k, n2k.isFinite else {
            throw MCDAError.invalidParameter(name: "rafsi n1 and n2k", value: "\(n1), \(n2k)", expected: "0 < n1 < n2k")
        }
        let m = x.rowCount, n = x.columnCount
        for (name, list) in [("ideal", ideal), ("anti-ideal", antiIdeal)] {
            if let list { try requireOnePerCriterion(list.count, in: x, method: "rafsi", parameter: name) }
        }
        let (lo, hi) = x.columnExtremes
        let best = ideal ?? (0..<n).map { x.criteria[$0].isBenefit ? hi[$0] : lo[$0] }
        let worst = antiIdeal ?? (0..<n).map { x.criteria[$0].isBenefit ? lo[$0] : hi[$0] }
        let intervals = try criterionIntervals((0..<n).map { ValueRange(worst[$0], best[$0]) }, of: x, method: "rafsi",
                                               parameter: "ideal and anti-ideal")
        let a = (n1 + n2k) / 2, h = 2 / (1 / n1 + 1 / n2k)
        var s = [Double](repeating: 0, count: m * n)
        for j in 0..<n {
            let (l, u) = (intervals[j].lower, intervals[j].upper)
            let slope = (n2k - n1) / (u - l), offset = (n1 * u - n2k * l) / (u - l)
            for i in 0..<m {
                let value = slope * x[i, j] + offset
                s[i * n + j] = x.criteria[j].isBenefit ? value / (2 * a) : h / (2 * value)
            }
        }
        return (intervals, s)
    }
}

/// The outcome of ``RAFSI``, with its intermediate values.
public struct RAFSIResult: RankingResult, Equatable {
    /// [Lⱼ, Uⱼ], the anti-ideal and ideal values of each criterion in increasing order.
    public let intervals: [ValueRange]
    /// True when ideal or anti-ideal values were given (false: the columns' best and worst).
    public let given: Bool
    /// n₁ and n₂ₖ.
    public let n1: Double, n2k: Double
    /// ŝᵢⱼ, the mapped and normalised values, row-major m × n.
    public let normalized: [Double]
    /// Vᵢ = Σⱼ wⱼ ŝᵢⱼ (larger is better).
    public let scores: [Double]

    public var scoreOrder: Ranking.Order { .descending }
    public var settings: [(String, String)] {
        [("ideal and anti-ideal", given ? MethodParameterValue.ranges(intervals).description : "column best and worst"),
         ("n1", "\(n1)"), ("n2k", "\(n2k)")]
    }
}

import RealModule

/// ERVD, Election based on Relative Value Distances: values are judged as gains or losses against
/// a reference point through a prospect-theory value function (losses loom larger than gains),
/// and alternatives are ranked, TOPSIS-like, by their closeness to the best value profile.
///
/// Steps, for an m × n matrix with weights w (used as given) and a reference point μ:
/// 1. rᵢⱼ = xᵢⱼ / Σᵢ xᵢⱼ and μ′ⱼ = μⱼ / Σᵢ xᵢⱼ (sum normalisation of every column; values must be
///    positive).
/// 2. Value of each rᵢⱼ relative to μ′ⱼ, with loss aversion λ and curvature α:
///    benefit: vᵢⱼ = (rᵢⱼ − μ′ⱼ)^α if rᵢⱼ > μ′ⱼ, else −λ (μ′ⱼ − rᵢⱼ)^α;
///    cost:    vᵢⱼ = (μ′ⱼ − rᵢⱼ)^α if rᵢⱼ < μ′ⱼ, else −λ (rᵢⱼ − μ′ⱼ)^α.
/// 3. vⱼ⁺ = maxᵢ vᵢⱼ, vⱼ⁻ = minᵢ vᵢⱼ; Sᵢ⁺ = Σⱼ wⱼ |vᵢⱼ − vⱼ⁺|, Sᵢ⁻ = Σⱼ wⱼ |vᵢⱼ − vⱼ⁻|.
/// 4. φᵢ = Sᵢ⁻ / (Sᵢ⁺ + Sᵢ⁻) ∈ [0, 1]; larger is better. When Sᵢ⁺ + Sᵢ⁻ = 0 (every alternative has
///    the same values on the weighted criteria) φᵢ = ½, never NaN.
///
/// pymcdm requires the reference point; without one this type takes each column's mean (the
/// average alternative), which makes scores depend on the other alternatives.
///
/// - Parameters:
///   - reference: the reference point, one finite value per criterion (default: the column means).
///   - lossAversion: λ > 0, how much more a loss weighs than a gain (default 2.25, as pymcdm and the paper).
///   - alpha: α > 0, the curvature of the value function (default 0.88, as pymcdm and the paper).
///
/// Complexity: O(m·n).
///
/// Reference: H.-J. Shyur, L. Yin, H.-S. Shih, C.-B. Cheng, "A multiple criteria decision making
/// method based on relative value distances", Foundations of Computing and Decision Sciences
/// 40(4) (2015) 299–315, doi:10.1515/fcds-2015-0018.
///
/// Example (Shyur et al. 2015, 17 alternatives, reference 80 on every criterion):
/// ```swift
/// let ervd = ERVD(reference: [Double](repeating: 80, count: 7))
/// try ervd.evaluate(x, weights: w).scores   // ≈ [0.660, 0.503, 0.885, …]; A16 (0.972) is best
/// ```
public struct ERVD: RankingMethod {
    /// The reference point (nil: each column's mean).
    public var reference: [Double]?
    /// λ, the loss aversion (> 0, default 2.25).
    public var lossAversion: Double
    /// α, the curvature of the value function (> 0, default 0.88).
    public var alpha: Double

    /// - Parameters:
    ///   - reference: one value per criterion (checked by ``evaluate(_:weights:)``).
    ///   - lossAversion: λ > 0.
    ///   - alpha: α > 0.
    public init(reference: [Double]? = nil, lossAversion: Double = 2.25, alpha: Double = 0.88) {
        self.reference = reference
        self.lossAversion = lossAversion
        self.alpha = alpha
    }

    /// Scores `matrix` under `weights` (one finite non-negative weight per criterion, used as given).
    /// - Throws: ``MCDAError/nonPositiveValue(method:alternative:criterion:value:)`` for a value
    ///   ≤ 0; ``MCDAError/invalidParameter(name:value:expected:)`` for a reference point of the
    ///   wrong length or non-finite, or λ, α not positive; ``MCDAError`` for invalid weights.
    public func evaluate(_ matrix: DecisionMatrix, weights: [Double]) throws -> ERVDResult {
        for (name, value) in [("ervd loss-aversion", lossAversion), ("ervd alpha", alpha)] where !(value > 0 && value.isFinite) {
            throw MCDAError.invalidParameter(name: name, value: "\(value)", expected: "a positive number")
        }
        let x = try prepare(matrix, weights: weights)
        let m = x.rowCount, n = x.columnCount
        if let reference {
            try requireOnePerCriterion(reference.count, in: x, method: "ervd", parameter: "reference")
            if let j = reference.firstIndex(where: { !$0.isFinite }) {
                throw MCDAError.invalidParameter(name: "ervd reference of criterion '\(x.criteria[j].id)'", value: "\(reference[j])", expected: "a finite number")
            }
        }
        let r = try normalizing(x.allBenefit, with: .sum, method: "ervd")
        var sums = [Double](repeating: 0, count: n)
        for i in 0..<m { for j in 0..<n { sums[j] += x[i, j] } }
        let point = reference ?? sums.map { $0 / Double(m) }
        let mu = (0..<n).map { point[$0] / sums[$0] }
        var v = [Double](repeating: 0, count: m * n)
        for i in 0..<m {
            for j in 0..<n {
                let gain = x.criteria[j].isBenefit ? r[i, j] - mu[j] : mu[j] - r[i, j]
                v[i * n + j] = gain > 0 ? Double.pow(gain, alpha) : -lossAversion * Double.pow(-gain, alpha)
            }
        }
        var best = [Double](repeating: -.infinity, count: n), worst = [Double](repeating: .infinity, count: n)
        for i in 0..<m { for j in 0..<n { best[j] = Swift.max(best[j], v[i * n + j]); worst[j] = Swift.min(worst[j], v[i * n + j]) } }
        var plus = [Double](repeating: 0, count: m), minus = plus, phi = plus
        for i in 0..<m {
            for j in 0..<n {
                plus[i] += weights[j] * abs(v[i * n + j] - best[j])
                minus[i] += weights[j] * abs(v[i * n + j] - worst[j])
            }
            phi[i] = plus[i] + minus[i] > 0 ? minus[i] / (plus[i] + minus[i]) : 0.5
        }
        try requireFinite(phi)
        return ERVDResult(reference: point, referenceGiven: reference != nil, lossAversion: lossAversion, alpha: alpha,
                          normalizedReference: mu, values: v, best: best, worst: worst, sPlus: plus, sMinus: minus, scores: phi)
    }
}

/// The outcome of ``ERVD``, with its intermediate values.
public struct ERVDResult: RankingResult, Equatable {
    /// The reference point used.
    public let reference: [Double]
    /// True when the reference point was given (false: the column means).
    public let referenceGiven: Bool
    /// λ and α.
    public let lossAversion: Double, alpha: Double
    /// μ′ⱼ = μⱼ / Σᵢ xᵢⱼ.
    public let normalizedReference: [Double]
    /// vᵢⱼ, the value of each normalised entry against the reference, row-major m × n.
    public let values: [Double]
    /// vⱼ⁺ and vⱼ⁻, the best and worst value of each criterion.
    public let best: [Double], worst: [Double]
    /// Sᵢ⁺ and Sᵢ⁻, the weighted distances from the best and the worst value profile.
    public let sPlus: [Double], sMinus: [Double]
    /// φᵢ = Sᵢ⁻ / (Sᵢ⁺ + Sᵢ⁻) (larger is better).
    public let scores: [Double]

    public var scoreOrder: Ranking.Order { .descending }
    public var settings: [(String, String)] {
        [("reference", referenceGiven ? MethodParameterValue.numbers(reference).description : "column mean"),
         ("loss-aversion", "\(lossAversion)"), ("alpha", "\(alpha)")]
    }
}

import RealModule

/// AROMAN, the Alternative Ranking Order Method Accounting for two-step Normalization: min-max
/// and vector normalisation are blended, and the weighted cost and benefit sums are combined by
/// powers that set their balance.
///
/// Steps, for an m × n matrix with weights w (used as given):
/// 1. Both normalisations of every column, read as a benefit one (as pymcdm):
///    tᵢⱼ = (xᵢⱼ − minᵢ xᵢⱼ)/(maxᵢ xᵢⱼ − minᵢ xᵢⱼ) and t′ᵢⱼ = xᵢⱼ / √Σᵢ xᵢⱼ²
///    (a constant column gives tᵢⱼ = 1, a column of zeros t′ᵢⱼ = 1).
/// 2. Blend: tᵢⱼᴺ = (β tᵢⱼ + (1 − β) t′ᵢⱼ) / 2, weighted: t̂ᵢⱼ = wⱼ tᵢⱼᴺ.
/// 3. Lᵢ = Σ over cost criteria of t̂ᵢⱼ, Aᵢ = Σ over benefit criteria of t̂ᵢⱼ.
/// 4. Rᵢ = Lᵢ^λ + Aᵢ^(1 − λ); larger is better (as pymcdm computes it, the directions only split
///    the sums: a larger cost sum raises the score too).
///
/// Values must not be negative (a negative sum has no real fractional power); 0⁰ = 1.
///
/// - Parameters:
///   - lambda: λ ∈ [0, 1], the exponent of the cost sum (default 0.5, pymcdm's `lam`).
///   - beta: β ∈ [0, 1], the share of min-max normalisation in the blend (default 0.5).
///
/// Complexity: O(m·n).
///
/// Reference: S. Bošković, L. Švadlenka, S. Jovčić, M. Dobrodolac, V. Simić, N. Bacanin, "An
/// alternative ranking order method accounting for two-step normalization (AROMAN)—A case study
/// of the electric vehicle selection problem", IEEE Access 11 (2023) 39496–39507,
/// doi:10.1109/ACCESS.2023.3265818.
///
/// Example (pymcdm 1.4.0's AROMAN example):
/// ```swift
/// let result = try AROMAN().evaluate(x, weights: [0.28, 0.22, 0.26, 0.15, 0.09])
/// result.scores   // ≈ [0.6727, 0.5535, 0.4721, 0.8718]; A4 is best
/// ```
public struct AROMAN: RankingMethod {
    /// λ, the exponent of the cost sum (0…1, default 0.5).
    public var lambda: Double
    /// β, the share of min-max normalisation (0…1, default 0.5).
    public var beta: Double

    /// - Parameters:
    ///   - lambda: λ ∈ [0, 1], checked by ``evaluate(_:weights:)``.
    ///   - beta: β ∈ [0, 1].
    public init(lambda: Double = 0.5, beta: Double = 0.5) {
        self.lambda = lambda
        self.beta = beta
    }

    /// Scores `matrix` under `weights` (one finite non-negative weight per criterion, used as given).
    /// - Throws: ``MCDAError/invalidParameter(name:value:expected:)`` for λ or β outside [0, 1] or
    ///   a negative value (naming the criterion and the alternative); ``MCDAError`` for invalid weights.
    public func evaluate(_ matrix: DecisionMatrix, weights: [Double]) throws -> AROMANResult {
        try requireUnitInterval(lambda, name: "aroman lambda")
        try requireUnitInterval(beta, name: "aroman beta")
        let x = try prepare(matrix, weights: weights)
        let m = x.rowCount, n = x.columnCount
        for i in 0..<m {
            for j in 0..<n where !(x[i, j] >= 0) {
                throw MCDAError.invalidParameter(
                    name: "aroman value of alternative '\(x.alternatives[i])' on criterion '\(x.criteria[j].id)'", value: Self.text(x[i, j]),
                    expected: "a number ≥ 0 (AROMAN raises sums of normalised values to fractional powers)")
            }
        }
        let linear = try Normalization.minMax.apply(to: x.allBenefit), vector = try Normalization.vector.apply(to: x.allBenefit)
        var blended = [Double](repeating: 0, count: m * n)
        var cost = [Double](repeating: 0, count: m), benefit = cost, r = cost
        for i in 0..<m {
            for j in 0..<n {
                blended[i * n + j] = (beta * linear[i, j] + (1 - beta) * vector[i, j]) / 2
                let t = blended[i * n + j] * weights[j]
                if x.criteria[j].isBenefit { benefit[i] += t } else { cost[i] += t }
            }
            r[i] = Self.power(cost[i], lambda) + Self.power(benefit[i], 1 - lambda)
        }
        try requireFinite(r)
        return AROMANResult(lambda: lambda, beta: beta, blended: blended, costSums: cost, benefitSums: benefit, scores: r)
    }

    /// xʸ for x ≥ 0 with x⁰ = 1, as C's `pow` and numpy give it (RealModule's `pow(0, 0)` is NaN).
    private static func power(_ x: Double, _ y: Double) -> Double { y == 0 ? 1 : Double.pow(x, y) }
}

/// The outcome of ``AROMAN``, with its intermediate values.
public struct AROMANResult: RankingResult, Equatable {
    /// λ and β.
    public let lambda: Double, beta: Double
    /// tᵢⱼᴺ, the blended normalisation before weighting, row-major m × n.
    public let blended: [Double]
    /// Lᵢ, the weighted sum over cost criteria.
    public let costSums: [Double]
    /// Aᵢ, the weighted sum over benefit criteria.
    public let benefitSums: [Double]
    /// Rᵢ = Lᵢ^λ + Aᵢ^(1 − λ) (larger is better).
    public let scores: [Double]

    public var scoreOrder: Ranking.Order { .descending }
    public var settings: [(String, String)] { [("lambda", "\(lambda)"), ("beta", "\(beta)")] }
}

import RealModule

/// RAM, the Root Assessment Method: the weighted sums of an alternative's normalised benefit and
/// cost values are combined into one root, which grows with the benefit sum and shrinks as the cost
/// sum grows.
///
/// Steps, for an m × n matrix with weights w (used as given):
/// 1. rᵢⱼ = the ``Normalization`` of column j applied as to a benefit column (default
///    ``Normalization/sum``, rᵢⱼ = xᵢⱼ / Σᵢ xᵢⱼ, for cost columns too: the direction enters in
///    step 3, not here).
/// 2. yᵢⱼ = wⱼ rᵢⱼ.
/// 3. Sᵢ⁺ = Σ over benefit criteria of yᵢⱼ, Sᵢ⁻ = Σ over cost criteria of yᵢⱼ.
/// 4. RIᵢ = (2 + Sᵢ⁺)^(1 / (2 + Sᵢ⁻)); larger is better.
///
/// Under sum, minmax and vector normalisation 2 + S⁺ ≥ 1 and 2 + S⁻ ≥ 1. Other normalisations of
/// negative data can make either non-positive, where the root is undefined: that is an error
/// naming the alternative.
///
/// - Parameter normalization: any ``Normalization``, read as pymcdm's function of that name applied
///   to every column as a benefit (default sum, the paper's).
///
/// Complexity: O(m·n).
///
/// Reference: A. Sotoudeh-Anvari, "Root Assessment Method (RAM): A novel multi-criteria decision
/// making method and its applications in sustainability challenges", Journal of Cleaner
/// Production 423 (2023) 138695, doi:10.1016/j.jclepro.2023.138695.
///
/// Example (Sotoudeh-Anvari 2023, the 10 × 7 example):
/// ```swift
/// let result = try RAM().evaluate(x, weights: [0.132, 0.135, 0.138, 0.162, 0.09, 0.223, 0.12])
/// result.scores   // ≈ [1.4332, 1.4392, 1.4353, …]; A7 (1.4394) is best
/// ```
public struct RAM: RankingMethod {
    /// The column normalisation, applied to every column as to a benefit one (default sum).
    public var normalization: Normalization

    /// - Parameter normalization: any ``Normalization`` (default sum, as the paper and pymcdm).
    public init(normalization: Normalization = .sum) {
        self.normalization = normalization
    }

    /// Scores `matrix` under `weights` (one finite non-negative weight per criterion, used as given).
    /// - Throws: ``MCDAError`` for values the normalisation cannot take (sum: a value ≤ 0, naming
    ///   the criterion and the alternative), ``MCDAError/invalidParameter(name:value:expected:)``
    ///   when 2 + S⁺ or 2 + S⁻ is not positive, and for invalid weights.
    public func evaluate(_ matrix: DecisionMatrix, weights: [Double]) throws -> RAMResult {
        let x = try prepare(matrix, weights: weights)
        let r = try normalizing(x.allBenefit, with: normalization, method: "ram")
        let m = x.rowCount, n = x.columnCount
        var plus = [Double](repeating: 0, count: m), minus = [Double](repeating: 0, count: m), ri = [Double](repeating: 0, count: m)
        for i in 0..<m {
            for j in 0..<n {
                let y = r[i, j] * weights[j]
                if x.criteria[j].isBenefit { plus[i] += y } else { minus[i] += y }
            }
            for (sum, name) in [(plus[i], "S⁺"), (minus[i], "S⁻")] where !(2 + sum > 0) {
                throw MCDAError.invalidParameter(
                    name: "ram normalization", value: normalization.rawValue,
                    expected: "a normalisation under which 2 + S⁺ and 2 + S⁻ are positive, but alternative '\(x.alternatives[i])' has 2 + \(name) = \(2 + sum) (use sum, minmax or vector)")
            }
            ri[i] = Double.pow(2 + plus[i], 1 / (2 + minus[i]))
        }
        try requireFinite(ri)
        return RAMResult(normalization: normalization, normalized: r, sPlus: plus, sMinus: minus, scores: ri)
    }
}

/// The outcome of ``RAM``, with its intermediate values.
public struct RAMResult: RankingResult, Equatable {
    /// The normalisation used (on every column as on a benefit one).
    public let normalization: Normalization
    /// rᵢⱼ before weighting.
    public let normalized: NormalizedMatrix
    /// Sᵢ⁺, the weighted sum over benefit criteria.
    public let sPlus: [Double]
    /// Sᵢ⁻, the weighted sum over cost criteria.
    public let sMinus: [Double]
    /// RIᵢ = (2 + Sᵢ⁺)^(1 / (2 + Sᵢ⁻)) (larger is better).
    public let scores: [Double]

    public var scoreOrder: Ranking.Order { .descending }
    public var settings: [(String, String)] { [("normalization", normalization.rawValue)] }
}

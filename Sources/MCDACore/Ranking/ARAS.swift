/// ARAS, Additive Ratio ASsessment: each alternative's weighted sum of normalised values, as a
/// share of that of an optimal alternative.
///
/// Steps, for an m × n matrix with weights w (used as given):
/// 1. An optimal alternative x₀ joins the others: x₀ⱼ = the best value of criterion j (the
///    maximum of a benefit column, the minimum of a cost column), or the expected solution point
///    `esp` when given.
/// 2. rᵢⱼ = the chosen ``Normalization`` of the (m + 1) × n matrix, benefit-oriented (default
///    ``Normalization/sum``: x/Σx for benefit, (1/x)/Σ(1/x) for cost, the paper's choice).
/// 3. Optimality Sᵢ = Σⱼ wⱼ rᵢⱼ for i = 0…m.
/// 4. Utility degree Kᵢ = Sᵢ / S₀; larger is better (K = 1 matches the optimal alternative).
///
/// - Parameters:
///   - normalization: any ``Normalization`` (default sum, as pymcdm and the paper).
///   - esp: the optimal alternative, one finite value per criterion (default: from the data, as
///     pymcdm's `esp=None`).
///
/// The sum normalisation needs positive values (also in `esp`); the error names the cell. S₀
/// must be positive (it is, unless every weighted column normalises to 0 at the optimum).
///
/// Complexity: O(m·n).
///
/// Reference: E. K. Zavadskas, Z. Turskis, "A new additive ratio assessment (ARAS) method in
/// multicriteria decision-making", Technological and Economic Development of Economy 16(2) (2010)
/// 159–172, doi:10.3846/tede.2010.10.
///
/// Example (pymcdm 1.4.0's documented problem, 4 × 6, all benefit):
/// ```swift
/// let result = try ARAS().evaluate(x, weights: [0.28, 0.25, 0.19, 0.15, 0.08, 0.04])
/// result.scores  // ≈ [0.74, 0.86, 0.78, 0.86]
/// ```
public struct ARAS: RankingMethod {
    /// The column normalisation (default sum).
    public var normalization: Normalization
    /// The optimal alternative, one value per criterion; nil for the best value of each column.
    public var esp: [Double]?

    /// - Parameters:
    ///   - normalization: any ``Normalization`` (default sum).
    ///   - esp: the optimal alternative (n finite values), or nil for each column's best value.
    public init(normalization: Normalization = .sum, esp: [Double]? = nil) {
        self.normalization = normalization
        self.esp = esp
    }

    /// Scores `matrix` under `weights` (one finite non-negative weight per criterion, used as given).
    /// - Throws: ``MCDAError/invalidParameter(name:value:expected:)`` for an `esp` of the wrong
    ///   length or with a non-finite value, or when S₀ is not positive;
    ///   ``MCDAError/nonPositiveValue(method:alternative:criterion:value:)`` for values the
    ///   normalisation cannot take; ``MCDAError`` for invalid weights.
    public func evaluate(_ matrix: DecisionMatrix, weights: [Double]) throws -> ARASResult {
        let x = try prepare(matrix, weights: weights)
        let n = x.columnCount
        let optimal: [Double]
        if let esp {
            guard esp.count == n, esp.allSatisfy(\.isFinite) else {
                throw MCDAError.invalidParameter(name: "ARAS esp", value: esp.map { "\($0)" }.joined(separator: ","),
                                                 expected: "\(n) finite values, one per criterion")
            }
            optimal = esp
        } else {
            let (lo, hi) = x.columnExtremes
            optimal = (0..<n).map { x.criteria[$0].isBenefit ? hi[$0] : lo[$0] }
        }
        // The optimal alternative goes last, so that an error names a data cell before it.
        let extended = x.appending(rows: [optimal], names: ["the optimal alternative (esp)"])
        let r = try normalizing(extended, with: normalization, method: "ARAS")
        var s = WeightedSum.weightedSums(r, weights: weights)
        let s0 = s.removeLast()
        guard s0 > 0 else {
            throw MCDAError.invalidParameter(name: "ARAS optimality of the optimal alternative S₀", value: "\(s0)",
                                             expected: "a positive number (the optimal alternative must score on some weighted criterion)")
        }
        let k = s.map { $0 / s0 }
        try requireFinite(k)
        return ARASResult(normalization: normalization, espGiven: esp != nil, optimal: optimal, normalized: r,
                          optimalOptimality: s0, optimality: s, utility: k)
    }
}

/// The outcome of ``ARAS``, with its intermediate values.
public struct ARASResult: RankingResult, Equatable {
    /// The normalisation used.
    public let normalization: Normalization
    /// True when the optimal alternative was given (`esp`), false when taken from the data.
    public let espGiven: Bool
    /// The optimal alternative x₀.
    public let optimal: [Double]
    /// The normalised (m + 1) × n matrix; the last row is the optimal alternative.
    public let normalized: NormalizedMatrix
    /// S₀, the optimality of the optimal alternative.
    public let optimalOptimality: Double
    /// Sᵢ = Σⱼ wⱼ rᵢⱼ of each alternative.
    public let optimality: [Double]
    /// Kᵢ = Sᵢ / S₀; larger is better.
    public let utility: [Double]

    /// K.
    public var scores: [Double] { utility }
    public var scoreOrder: Ranking.Order { .descending }
    public var settings: [(String, String)] {
        [("normalization", normalization.rawValue), ("esp", espGiven ? optimal.map { "\($0)" }.joined(separator: ",") : "best value of each criterion")]
    }
}

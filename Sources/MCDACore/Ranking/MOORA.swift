/// MOORA, Multi-Objective Optimization on the basis of Ratio Analysis (the ratio system): every
/// column is divided by its vector norm, and the weighted ratios are added for benefit criteria and
/// subtracted for cost criteria.
///
/// Steps, for an m × n matrix with weights w (used as given):
/// 1. rᵢⱼ = xᵢⱼ / √(Σₖ xₖⱼ²), the same for benefit and cost columns (costs are not inverted).
/// 2. Bᵢ = Σ_{j benefit} wⱼ rᵢⱼ and Cᵢ = Σ_{j cost} wⱼ rᵢⱼ.
/// 3. yᵢ = Bᵢ − Cᵢ; larger is better.
///
/// pymcdm 1.4.0 refuses a problem without a cost criterion; here yᵢ = Bᵢ is returned (the paper's
/// sum of ratios with no objective to minimise). A column of zeros has no norm: its ratios are 1
/// for every alternative (``Normalization/vector``'s convention), a shift that changes no rank.
/// Values may be of any sign.
///
/// Complexity: O(m·n).
///
/// Reference: W. K. M. Brauers, E. K. Zavadskas, "The MOORA method and its application to
/// privatization in a transition economy", Control and Cybernetics 35(2) (2006) 445–469 (no DOI).
///
/// Example (pymcdm 1.4.0's documented problem, 7 × 4, the first criterion a cost):
/// ```swift
/// let result = try MOORA().evaluate(x, weights: [0.3, 0.2, 0.1, 0.4])
/// result.scores  // ≈ [0.1801, 0.2345, 0.0625, 0.1757, 0.1683, 0.0742, 0.1197]
/// ```
public struct MOORA: RankingMethod {
    /// MOORA has no options.
    public init() {}

    /// Scores `matrix` under `weights` (one finite non-negative weight per criterion, used as given).
    /// - Throws: ``MCDAError`` for invalid weights, or ``MCDAError/numericalOverflow(method:)``.
    public func evaluate(_ matrix: DecisionMatrix, weights: [Double]) throws -> MOORAResult {
        let x = try prepare(matrix, weights: weights)
        // x / ‖x‖ in every column: the vector normalisation of the matrix read as all benefit.
        let asBenefit = x.criteria.map { c -> Criterion in var c = c; c.direction = .benefit; return c }
        let r = try Normalization.vector.apply(to: DecisionMatrix(unchecked: x.alternatives, criteria: asBenefit, values: x.values))
        let m = x.rowCount, n = x.columnCount
        var benefit = [Double](repeating: 0, count: m), cost = [Double](repeating: 0, count: m)
        for i in 0..<m {
            for j in 0..<n {
                let v = weights[j] * r.values[i * n + j]
                if x.criteria[j].isBenefit { benefit[i] += v } else { cost[i] += v }
            }
        }
        let scores = zip(benefit, cost).map { $0 - $1 }
        try requireFinite(scores)
        return MOORAResult(ratios: r, benefitSums: benefit, costSums: cost, scores: scores)
    }
}

/// The outcome of ``MOORA``, with its intermediate values.
public struct MOORAResult: RankingResult, Equatable {
    /// rᵢⱼ = xᵢⱼ / ‖x·ⱼ‖ (costs not inverted).
    public let ratios: NormalizedMatrix
    /// Bᵢ = Σ over benefit criteria of wⱼ rᵢⱼ.
    public let benefitSums: [Double]
    /// Cᵢ = Σ over cost criteria of wⱼ rᵢⱼ.
    public let costSums: [Double]
    /// yᵢ = Bᵢ − Cᵢ; larger is better.
    public let scores: [Double]

    public var scoreOrder: Ranking.Order { .descending }
    public var settings: [(String, String)] { [("normalization", "x/||x|| (costs subtracted)")] }
}

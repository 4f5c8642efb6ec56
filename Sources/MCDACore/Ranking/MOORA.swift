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
        let r = try Self.ratios(x)
        let isBenefit = x.criteria.map(\.isBenefit)
        let m = x.rowCount, n = x.columnCount
        var benefit = [Double](repeating: 0, count: m), cost = [Double](repeating: 0, count: m)
        for i in 0..<m { (benefit[i], cost[i]) = Self.sums(r.values, row: i, columns: n, benefit: isBenefit, weights: weights) }
        let scores = zip(benefit, cost).map { $0 - $1 }
        try requireFinite(scores)
        return MOORAResult(ratios: r, benefitSums: benefit, costSums: cost, scores: scores)
    }

    /// rᵢⱼ = xᵢⱼ / ‖x·ⱼ‖ in every column of `x` (targets resolved): the vector normalisation of the
    /// matrix read as all benefit.
    static func ratios(_ x: DecisionMatrix) throws -> NormalizedMatrix {
        let asBenefit = x.criteria.map { c -> Criterion in var c = c; c.direction = .benefit; return c }
        return try Normalization.vector.apply(to: DecisionMatrix(unchecked: x.alternatives, criteria: asBenefit, values: x.values))
    }

    /// (Bᵢ, Cᵢ) of row `i` of the row-major ratios `r`, summed left to right over j (shared with
    /// ``MOORAScoring``, so that both give the same bits).
    @inline(__always)
    static func sums<R: RandomAccessCollection<Double>, W: RandomAccessCollection<Double>>(
        _ r: R, row i: Int, columns n: Int, benefit: [Bool], weights: W) -> (Double, Double) where R.Index == Int, W.Index == Int {
        var b = 0.0, c = 0.0
        for j in 0..<n {
            let v = weights[weights.startIndex + j] * r[r.startIndex + i * n + j]
            if benefit[j] { b += v } else { c += v }
        }
        return (b, c)
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

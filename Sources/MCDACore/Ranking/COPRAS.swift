/// COPRAS, COmplex PRoportional ASsessment: sum-normalised weighted values, the benefit part added
/// and the cost part taken into account by a relative significance Q, reported as a share of the
/// best Q.
///
/// Steps, for an m × n matrix with weights w (used as given):
/// 1. rᵢⱼ = xᵢⱼ / Σₖ xₖⱼ in every column (costs are not inverted).
/// 2. S₊ᵢ = Σ_{j benefit} wⱼ rᵢⱼ and S₋ᵢ = Σ_{j cost} wⱼ rᵢⱼ.
/// 3. Relative significance Qᵢ, by ``Formula``:
///    - ``Formula/pymcdm`` (default): Qᵢ = S₊ᵢ + S₋ᵢ. pymcdm 1.4.0 writes the paper's term as
///      min(S₋)·S₋ᵢ / (S₋ᵢ · min(S₋)/S₋ᵢ), which reduces to S₋ᵢ, so a larger cost raises Q.
///    - ``Formula/paper``: Qᵢ = S₊ᵢ + Σₖ S₋ₖ / (S₋ᵢ · Σₖ 1/S₋ₖ) (Zavadskas et al.'s
///      S₋min·ΣS₋ / (S₋ᵢ · Σ S₋min/S₋ₖ), in which S₋min cancels), decreasing in the cost part.
/// 4. Utility degree Nᵢ = Qᵢ / maxₖ Qₖ (the paper reports it in per cent); larger is better.
///
/// Without cost criteria both formulas give Qᵢ = S₊ᵢ (pymcdm refuses such a problem).
///
/// - Parameter formula: ``Formula/pymcdm`` (default, pymcdm 1.4.0's scores) or ``Formula/paper``.
///
/// Needs positive values (proportions of column sums; the paper's formula divides by S₋ᵢ); the
/// error names the cell.
///
/// Complexity: O(m·n).
///
/// References: E. K. Zavadskas, A. Kaklauskas, V. Šarka, "The new method of multicriteria complex
/// proportional assessment of projects", Technological and Economic Development of Economy 1(3)
/// (1994) 131–139; E. K. Zavadskas, A. Kaklauskas, F. Peldschus, Z. Turskis, "Multi-attribute
/// assessment of road design solutions by using the COPRAS method", The Baltic Journal of Road and
/// Bridge Engineering 2(4) (2007) 195–203 (no DOIs).
///
/// Example (pymcdm 1.4.0's documented 6 × 9 problem):
/// ```swift
/// let result = try COPRAS().evaluate(x, weights: w)
/// result.scores  // ≈ [0.9459, 1.0, 0.8192, 0.8839, 0.8556, 0.7789]
/// ```
public struct COPRAS: RankingMethod {
    /// How the relative significance Q takes the cost part into account.
    public enum Formula: String, CaseIterable, Sendable {
        /// Q = S₊ + S₋, pymcdm 1.4.0's scores.
        case pymcdm
        /// Q = S₊ + ΣS₋ / (S₋ᵢ Σ 1/S₋), the paper's relative significance.
        case paper
    }

    /// The formula of Q (default ``Formula/pymcdm``).
    public var formula: Formula

    /// - Parameter formula: ``Formula/pymcdm`` (default) or ``Formula/paper``.
    public init(formula: Formula = .pymcdm) {
        self.formula = formula
    }

    /// Scores `matrix` under `weights` (one finite non-negative weight per criterion, used as given).
    /// - Throws: ``MCDAError/nonPositiveValue(method:alternative:criterion:value:)`` for a value
    ///   that is not positive; ``MCDAError`` for invalid weights.
    public func evaluate(_ matrix: DecisionMatrix, weights: [Double]) throws -> COPRASResult {
        let x = try prepare(matrix, weights: weights)
        try requirePositive(x, method: "COPRAS")
        let m = x.rowCount, n = x.columnCount
        var sums = [Double](repeating: 0, count: n)
        for i in 0..<m { for j in 0..<n { sums[j] += x.values[i * n + j] } }
        let r = (0..<(m * n)).map { x.values[$0] / sums[$0 % n] }
        var plus = [Double](repeating: 0, count: m), minus = [Double](repeating: 0, count: m)
        for i in 0..<m {
            for j in 0..<n {
                let v = weights[j] * r[i * n + j]
                if x.criteria[j].isBenefit { plus[i] += v } else { minus[i] += v }
            }
        }
        let hasCost = x.criteria.contains { !$0.isBenefit }
        let q: [Double]
        switch formula {
        case .pymcdm:
            q = zip(plus, minus).map { $0 + $1 }
        case .paper where hasCost:
            let total = minus.reduce(0, +), inverses = minus.reduce(0) { $0 + 1 / $1 }
            q = zip(plus, minus).map { $0 + total / ($1 * inverses) }
        case .paper:
            q = plus
        }
        let best = q.max() ?? 1
        let utility = q.map { $0 / best }
        try requireFinite(utility)
        return COPRASResult(formula: formula, proportions: r, benefitSums: plus, costSums: minus,
                            significance: q, utility: utility)
    }
}

/// The outcome of ``COPRAS``, with its intermediate values.
public struct COPRASResult: RankingResult, Equatable {
    /// The formula of Q used.
    public let formula: COPRAS.Formula
    /// rᵢⱼ = xᵢⱼ / Σₖ xₖⱼ, row-major.
    public let proportions: [Double]
    /// S₊ᵢ, the weighted proportions of the benefit criteria.
    public let benefitSums: [Double]
    /// S₋ᵢ, the weighted proportions of the cost criteria.
    public let costSums: [Double]
    /// The relative significance Qᵢ.
    public let significance: [Double]
    /// Nᵢ = Qᵢ / max Q ∈ (0, 1]; larger is better.
    public let utility: [Double]

    /// N.
    public var scores: [Double] { utility }
    public var scoreOrder: Ranking.Order { .descending }
    public var settings: [(String, String)] { [("normalization", "x/sum(x)"), ("copras-formula", formula.rawValue)] }
}

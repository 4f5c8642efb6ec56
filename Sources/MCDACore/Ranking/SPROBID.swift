/// sPROBID, the simpler PROBID: an alternative is judged by the ratio of its distances from the
/// worst and from the best quarter of the m positive ideal solutions (the best, second-best, …
/// values of every criterion).
///
/// Steps, for an m × n matrix with weights w (used as given), after ``PROBIDIdealDistances``
/// (vector-normalised weighted values vᵢⱼ, ideal solutions PISₖ and distances Sᵢₖ):
/// 1. For m ≥ 4, with q = ⌊m/4⌋:
///    Sᵢ(pos) = Σₖ₌₁…q Sᵢₖ / k,  Sᵢ(neg) = Σₖ₌ₘ₊₁₋q…ₘ Sᵢₖ / (m − k + 1).
/// 2. Pᵢ = Sᵢ(neg) / Sᵢ(pos); larger is better.
///
/// For m < 4 the paper takes Sᵢ(pos) = Sᵢ₁ and Sᵢ(neg) = Sᵢₘ (the distances of alternative i from
/// the first and the last ideal solution), while pymcdm 1.4.0 takes S₁,ᵢ₊₁ and
/// Sₘ,ᵢ₊₁ (the distances of the first and of the last alternative from the i-th ideal solution,
/// which depend on which alternatives are listed first and last). ``FormulaSource/pymcdm`` (the
/// default) follows pymcdm, ``FormulaSource/paper`` the paper. An alternative at distance 0 from
/// the best ideal solutions (best on every criterion, with m < 8) has an infinite score, which is
/// an error naming it (pymcdm returns ∞).
///
/// - Parameter formula: pymcdm's reading (default) or the paper's, for m < 4.
///
/// Complexity: O(m²·n) time, O(m²) memory.
///
/// Reference: Z. Wang, G. P. Rangaiah, X. Wang, "Preference ranking on the basis of ideal-average
/// distance method for multi-criteria decision-making", Industrial & Engineering Chemistry
/// Research 60(30) (2021) 11216–11230, doi:10.1021/acs.iecr.1c01413.
///
/// Example (Wang et al. 2021, the 11 × 5 Pareto-optimal solutions):
/// ```swift
/// let result = try SPROBID().evaluate(x, weights: [0.1819, 0.2131, 0.1838, 0.1832, 0.2379])
/// result.scores   // ≈ [2.4246, 2.0596, 3.2806, 3.3702, 3.4374, …]; A5 is best
/// ```
public struct SPROBID: RankingMethod {
    /// Whose formula to use with fewer than four alternatives (default pymcdm).
    public var formula: FormulaSource

    /// - Parameter formula: pymcdm's (default) or the paper's reading for m < 4.
    public init(formula: FormulaSource = .pymcdm) {
        self.formula = formula
    }

    /// Scores `matrix` under `weights` (one finite non-negative weight per criterion, used as given).
    /// - Throws: ``MCDAError/invalidParameter(name:value:expected:)`` naming an alternative whose
    ///   Sᵢ(pos) is 0; ``MCDAError`` for invalid weights.
    public func evaluate(_ matrix: DecisionMatrix, weights: [Double]) throws -> SPROBIDResult {
        let x = try prepare(matrix, weights: weights)
        let s = try PROBIDIdealDistances(x, weights: weights)
        let m = x.rowCount, q = m / 4
        var pos = [Double](repeating: 0, count: m), neg = pos, p = pos
        for i in 0..<m {
            if m >= 4 {
                for k in 1...q { pos[i] += s.distance(i, k) / Double(k) }
                for k in (m + 1 - q)...m { neg[i] += s.distance(i, k) / Double(m - k + 1) }
            } else if formula == .paper {
                (pos[i], neg[i]) = (s.distance(i, 1), s.distance(i, m))
            } else {
                (pos[i], neg[i]) = (s.distance(0, i + 1), s.distance(m - 1, i + 1))
            }
            guard pos[i] > 0 else {
                throw MCDAError.invalidParameter(
                    name: "sprobid data", value: "alternative '\(x.alternatives[i])'",
                    expected: "every alternative at a positive distance S(pos) from the best ideal solutions; '\(x.alternatives[i])' is at distance 0 from them, so its score S(neg)/S(pos) is infinite")
            }
            p[i] = neg[i] / pos[i]
        }
        try requireFinite(p)
        return SPROBIDResult(formula: formula, ideal: s, sPositive: pos, sNegative: neg, scores: p)
    }
}

/// The outcome of ``SPROBID``, with its intermediate values.
public struct SPROBIDResult: RankingResult, Equatable {
    /// Whose reading was used for m < 4.
    public let formula: FormulaSource
    /// The weighted values, ideal solutions and distances.
    public let ideal: PROBIDIdealDistances
    /// Sᵢ(pos), the weighted distance from the best quarter of the ideal solutions.
    public let sPositive: [Double]
    /// Sᵢ(neg), the weighted distance from the worst quarter.
    public let sNegative: [Double]
    /// Pᵢ = Sᵢ(neg) / Sᵢ(pos) (larger is better).
    public let scores: [Double]

    public var scoreOrder: Ranking.Order { .descending }
    /// The formula (pymcdm or paper) and the normalisation (vector, on every column as a benefit).
    public var settings: [(String, String)] { [("sprobid-formula", formula.rawValue), ("normalization", "vector")] }
}

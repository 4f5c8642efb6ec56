/// PROBID, Preference Ranking on the Basis of Ideal-average Distance: an alternative is judged by
/// its distances from all m positive ideal solutions (the best, second-best, … values of every
/// criterion), near ones counting more, and by its distance from their average.
///
/// Steps, for an m × n matrix with weights w (used as given), after ``PROBIDIdealDistances``
/// (vector-normalised weighted values vᵢⱼ, ideal solutions PISₖ, distances Sᵢₖ and Sᵢ(avg)):
/// 1. With ℓ = (m + 1)/2 for odd m and m/2 for even m, the distances from the better half and
///    from the worse half of the ideal solutions:
///    Sᵢ(pos) = Σₖ₌₁…ℓ Sᵢₖ / k,  Sᵢ(neg) = Σₖ₌ℓ…ₘ Sᵢₖ / (m − k + 1).
/// 2. Rᵢ = Sᵢ(pos) / Sᵢ(neg) and Pᵢ = 1 / (1 + Rᵢ²) + Sᵢ(avg); larger is better.
///
/// For odd m both halves include the median solution k = ℓ. For even m pymcdm 1.4.0 also starts
/// the worse half at k = ℓ = m/2, where the paper starts it at m/2 + 1: ``FormulaSource/pymcdm``
/// (the default) follows pymcdm, ``FormulaSource/paper`` the paper. Degenerate cases have a finite answer: Sᵢ(neg) = 0 < Sᵢ(pos) gives Rᵢ = ∞ and a first term 0;
/// Sᵢ(pos) = Sᵢ(neg) = 0 (every alternative alike) gives the term ½.
///
/// - Parameter formula: pymcdm's reading (default) or the paper's, for even m.
///
/// Complexity: O(m²·n) time, O(m²) memory.
///
/// Reference: Z. Wang, G. P. Rangaiah, X. Wang, "Preference ranking on the basis of ideal-average
/// distance method for multi-criteria decision-making", Industrial & Engineering Chemistry
/// Research 60(30) (2021) 11216–11230, doi:10.1021/acs.iecr.1c01413.
///
/// Example (Wang et al. 2021, the 11 × 5 Pareto-optimal solutions):
/// ```swift
/// let result = try PROBID().evaluate(x, weights: [0.1819, 0.2131, 0.1838, 0.1832, 0.2379])
/// result.scores   // ≈ [0.8568, 0.7826, 0.9362, 0.9369, 0.9379, …]; A5 is best
/// ```
public struct PROBID: RankingMethod {
    /// Whose formula for the worse half to use with an even number of alternatives (default pymcdm).
    public var formula: FormulaSource

    /// - Parameter formula: pymcdm's (default) or the paper's worse half for even m.
    public init(formula: FormulaSource = .pymcdm) {
        self.formula = formula
    }

    /// Scores `matrix` under `weights` (one finite non-negative weight per criterion, used as given).
    /// - Throws: ``MCDAError`` for invalid weights.
    public func evaluate(_ matrix: DecisionMatrix, weights: [Double]) throws -> PROBIDResult {
        let x = try prepare(matrix, weights: weights)
        let s = try PROBIDIdealDistances(x, weights: weights)
        let m = x.rowCount, half = m % 2 == 1 ? (m + 1) / 2 : m / 2
        var pos = [Double](repeating: 0, count: m), neg = pos, ratio = pos, p = pos
        for i in 0..<m {
            for k in 1...half { pos[i] += s.distance(i, k) / Double(k) }
            for k in (formula == .paper && m % 2 == 0 ? half + 1 : half)...m { neg[i] += s.distance(i, k) / Double(m - k + 1) }
            ratio[i] = neg[i] > 0 ? pos[i] / neg[i] : (pos[i] > 0 ? .infinity : 1)
            p[i] = (ratio[i].isFinite ? 1 / (1 + ratio[i] * ratio[i]) : 0) + s.averageDistances[i]
        }
        try requireFinite(p)
        return PROBIDResult(formula: formula, ideal: s, sPositive: pos, sNegative: neg, ratio: ratio, scores: p)
    }
}

/// The outcome of ``PROBID``, with its intermediate values.
public struct PROBIDResult: RankingResult, Equatable {
    /// Whose worse half was used for even m.
    public let formula: FormulaSource
    /// The weighted values, ideal solutions and distances.
    public let ideal: PROBIDIdealDistances
    /// Sᵢ(pos), the weighted distance from the better half of the ideal solutions.
    public let sPositive: [Double]
    /// Sᵢ(neg), the weighted distance from the worse half.
    public let sNegative: [Double]
    /// Rᵢ = Sᵢ(pos) / Sᵢ(neg) (∞ when only Sᵢ(neg) is 0, 1 when both are).
    public let ratio: [Double]
    /// Pᵢ = 1 / (1 + Rᵢ²) + Sᵢ(avg) (larger is better).
    public let scores: [Double]

    public var scoreOrder: Ranking.Order { .descending }
    /// The formula (pymcdm or paper) and the normalisation (vector, on every column as a benefit).
    public var settings: [(String, String)] { [("probid-formula", formula.rawValue), ("normalization", "vector")] }
}

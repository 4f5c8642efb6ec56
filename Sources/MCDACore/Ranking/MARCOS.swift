/// MARCOS, Measurement of Alternatives and Ranking according to COmpromise Solution: each
/// alternative's weighted ratio sum relative to an ideal and an anti-ideal alternative, combined
/// by a utility function.
///
/// Steps, for an m × n matrix with weights w (used as given):
/// 1. The ideal AI (maximum of a benefit column, minimum of a cost column) and the anti-ideal AAI
///    (the other way round) join the alternatives.
/// 2. nᵢⱼ = xᵢⱼ / x_AIⱼ for benefit and x_AIⱼ / xᵢⱼ for cost, for the m + 2 rows.
/// 3. Sᵢ = Σⱼ wⱼ nᵢⱼ (also S_AI and S_AAI).
/// 4. Utility degrees K⁻ᵢ = Sᵢ / S_AAI and K⁺ᵢ = Sᵢ / S_AI.
/// 5. Utility functions f(K⁺ᵢ) = K⁻ᵢ / (K⁺ᵢ + K⁻ᵢ) and f(K⁻ᵢ) = K⁺ᵢ / (K⁺ᵢ + K⁻ᵢ).
/// 6. f(Kᵢ) = (K⁺ᵢ + K⁻ᵢ) / (1 + (1 − f(K⁺ᵢ))/f(K⁺ᵢ) + (1 − f(K⁻ᵢ))/f(K⁻ᵢ)); larger is better.
///
/// f(K⁺) and f(K⁻) are the same for every alternative (S_AI/(S_AI + S_AAI) and its complement),
/// so f(K) is proportional to S: the ranking is that of the weighted ratio sums.
///
/// Needs positive values (ratios to the ideal); the error names the cell. Complexity: O(m·n).
///
/// Reference: Ž. Stević, D. Pamučar, A. Puška, P. Chatterjee, "Sustainable supplier selection in
/// healthcare industries using a new MCDM method: Measurement of alternatives and ranking according
/// to COmpromise solution (MARCOS)", Computers & Industrial Engineering 140 (2020) 106231,
/// doi:10.1016/j.cie.2019.106231.
///
/// Example (pymcdm 1.4.0's documented 8 × 5 problem):
/// ```swift
/// let result = try MARCOS().evaluate(x, weights: [0.1061, 0.3476, 0.3330, 0.1185, 0.0949])
/// result.scores  // ≈ [0.5649, 0.5543, 0.6410, 0.6174, 0.6016, 0.5453, 0.6282, 0.6543]
/// ```
public struct MARCOS: RankingMethod {
    /// MARCOS has no options.
    public init() {}

    /// Scores `matrix` under `weights` (one finite non-negative weight per criterion, used as given).
    /// - Throws: ``MCDAError/nonPositiveValue(method:alternative:criterion:value:)`` for a value
    ///   that is not positive; ``MCDAError`` for invalid weights.
    public func evaluate(_ matrix: DecisionMatrix, weights: [Double]) throws -> MARCOSResult {
        let x = try prepare(matrix, weights: weights)
        try requirePositive(x, method: "MARCOS")
        let m = x.rowCount, n = x.columnCount
        let (lo, hi) = x.columnExtremes
        let benefit = x.criteria.map(\.isBenefit)
        let ideal = (0..<n).map { benefit[$0] ? hi[$0] : lo[$0] }
        let antiIdeal = (0..<n).map { benefit[$0] ? lo[$0] : hi[$0] }
        let rows = x.values + ideal + antiIdeal
        let ratios = rows.indices.map { k in benefit[k % n] ? rows[k] / ideal[k % n] : ideal[k % n] / rows[k] }
        var s = (0..<(m + 2)).map { i in (0..<n).reduce(0.0) { $0 + ratios[i * n + $1] * weights[$1] } }
        let sAntiIdeal = s.removeLast(), sIdeal = s.removeLast()
        let kMinus = s.map { $0 / sAntiIdeal }, kPlus = s.map { $0 / sIdeal }
        let fPlus = (0..<m).map { kMinus[$0] / (kPlus[$0] + kMinus[$0]) }
        let fMinus = (0..<m).map { kPlus[$0] / (kPlus[$0] + kMinus[$0]) }
        let utility = (0..<m).map { i -> Double in
            let penalty: Double = (1 - fPlus[i]) / fPlus[i] + (1 - fMinus[i]) / fMinus[i]
            return (kPlus[i] + kMinus[i]) / (1 + penalty)
        }
        try requireFinite(utility)
        return MARCOSResult(ideal: ideal, antiIdeal: antiIdeal, ratios: ratios, sums: s, idealSum: sIdeal, antiIdealSum: sAntiIdeal,
                            kMinus: kMinus, kPlus: kPlus, fKPlus: fPlus, fKMinus: fMinus, utility: utility)
    }
}

/// The outcome of ``MARCOS``, with its intermediate values.
public struct MARCOSResult: RankingResult, Equatable {
    /// The ideal alternative AI.
    public let ideal: [Double]
    /// The anti-ideal alternative AAI.
    public let antiIdeal: [Double]
    /// nᵢⱼ, row-major, (m + 2) × n: the alternatives, then AI, then AAI.
    public let ratios: [Double]
    /// Sᵢ = Σⱼ wⱼ nᵢⱼ of each alternative.
    public let sums: [Double]
    /// S_AI.
    public let idealSum: Double
    /// S_AAI.
    public let antiIdealSum: Double
    /// K⁻ᵢ = Sᵢ / S_AAI.
    public let kMinus: [Double]
    /// K⁺ᵢ = Sᵢ / S_AI.
    public let kPlus: [Double]
    /// f(K⁺ᵢ) = K⁻ᵢ / (K⁺ᵢ + K⁻ᵢ).
    public let fKPlus: [Double]
    /// f(K⁻ᵢ) = K⁺ᵢ / (K⁺ᵢ + K⁻ᵢ).
    public let fKMinus: [Double]
    /// f(Kᵢ); larger is better.
    public let utility: [Double]

    /// f(K).
    public var scores: [Double] { utility }
    public var scoreOrder: Ranking.Order { .descending }
    public var settings: [(String, String)] { [("normalization", "ratio to the ideal")] }
}

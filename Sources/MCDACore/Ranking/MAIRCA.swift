/// MAIRCA, Multi-Attributive Ideal-Real Comparative Analysis: the gap between the theoretical
/// ratings of an ideal alternative and the real ratings of each alternative.
///
/// Steps, for an m × n matrix with weights w (used as given):
/// 1. Every alternative is equally likely to be chosen, P = 1/m; theoretical ratings tpⱼ = wⱼ/m.
/// 2. nᵢⱼ = the chosen ``Normalization``, benefit-oriented (default ``Normalization/minMax``, the
///    paper's choice).
/// 3. Real ratings trᵢⱼ = tpⱼ nᵢⱼ; gaps gᵢⱼ = tpⱼ − trᵢⱼ.
/// 4. Qᵢ = Σⱼ gᵢⱼ; smaller is better (0 for an alternative best on every criterion).
///
/// - Parameter normalization: any ``Normalization`` (default minmax, as pymcdm and the paper).
///
/// Complexity: O(m·n).
///
/// Reference: D. Pamučar, L. Vasin, L. Lukovac, "Selection of railway level crossings for
/// investing in security equipment using hybrid DEMATEL-MARICA model", XVI International
/// Scientific-expert Conference on Railways (RAILCON 2014), Niš, 89–92 (no DOI).
///
/// Example (pymcdm 1.4.0's documented 5 × 4 problem, all benefit):
/// ```swift
/// let result = try MAIRCA().evaluate(x, weights: [0.04744, 0.02464, 0.51357, 0.41435])
/// result.scores  // ≈ [0.0332, 0.1122, 0.0654, 0.1304, 0.1498]
/// ```
public struct MAIRCA: RankingMethod {
    /// The column normalisation (default minmax).
    public var normalization: Normalization

    /// - Parameter normalization: any ``Normalization`` (default minmax).
    public init(normalization: Normalization = .minMax) {
        self.normalization = normalization
    }

    /// Scores `matrix` under `weights` (one finite non-negative weight per criterion, used as given).
    /// - Throws: ``MCDAError/nonPositiveValue(method:alternative:criterion:value:)`` for values the
    ///   normalisation cannot take; ``MCDAError`` for invalid weights.
    public func evaluate(_ matrix: DecisionMatrix, weights: [Double]) throws -> MAIRCAResult {
        let x = try prepare(matrix, weights: weights)
        let r = try normalizing(x, with: normalization, method: "MAIRCA")
        let m = x.rowCount, n = x.columnCount
        let theoretical = weights.map { $0 / Double(m) }
        let gaps = (0..<(m * n)).map { theoretical[$0 % n] - r.values[$0] * theoretical[$0 % n] }
        let scores = (0..<m).map { i in (0..<n).reduce(0.0) { $0 + gaps[i * n + $1] } }
        try requireFinite(scores)
        return MAIRCAResult(normalized: r, theoretical: theoretical, gaps: gaps, scores: scores)
    }
}

/// The outcome of ``MAIRCA``, with its intermediate values.
public struct MAIRCAResult: RankingResult, Equatable {
    /// The benefit-oriented normalised matrix n, with the normalisation used.
    public let normalized: NormalizedMatrix
    /// tpⱼ = wⱼ/m, the theoretical ratings.
    public let theoretical: [Double]
    /// gᵢⱼ = tpⱼ − tpⱼ nᵢⱼ, row-major.
    public let gaps: [Double]
    /// Qᵢ = Σⱼ gᵢⱼ; smaller is better.
    public let scores: [Double]

    public var scoreOrder: Ranking.Order { .ascending }
    public var settings: [(String, String)] { [("normalization", normalized.normalization.rawValue)] }
}

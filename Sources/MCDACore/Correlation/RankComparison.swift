/// All rank-similarity coefficients between a reference ranking and another ranking of the same
/// N alternatives, with notes on ties and degenerate cases (see ``RankCorrelation`` for formulas).
///
/// - ``spearman``: Pearson correlation of the rank vectors (exact with ties).
/// - ``weightedSpearman``: r_w.
/// - ``ws``: WS similarity with ``reference`` as the reference (asymmetric).
/// - ``kendallTau``: τ_a or τ_b, as ``kendallVariant`` says.
///
/// Complexity: O(N log N) (Kendall's τ); the others are O(N).
///
/// Example (Sałabun & Urbaniak 2020, doi:10.1007/978-3-030-50417-5_47: r_s 0.9, r_w 0.8833, WS 0.8542):
/// ```swift
/// let c = try RankComparison(reference: [1, 2, 3, 4, 5], ranking: [1, 3, 2, 4, 5])
/// c.spearman          // 0.9
/// c.weightedSpearman  // 0.88333…
/// c.ws                // 0.85416…
/// c.kendallTau        // 0.8 (tau-a)
/// ```
public struct RankComparison: Sendable, Equatable {
    /// A soft finding about the compared rankings.
    public enum Note: Sendable, Equatable, CustomStringConvertible {
        /// The rankings contain ties, where the coefficients' variants disagree.
        case ties
        /// Every alternative is tied in the named ranking: r_s (and τ_b) are 0/0 and reported as 0.
        case constantRanking(String)
        /// The named ranking was not one with average ties (dense ranks, say) and was converted to
        /// one (the given values ordered ascending, ties averaged), which the coefficients assume.
        case converted(String, [Double])

        public var description: String {
            switch self {
            case .ties:
                return "the rankings contain ties: Spearman is the Pearson correlation of average ranks (the 1 − 6Σd²/(N(N²−1)) shortcut would differ), and Kendall tau-a and tau-b differ"
            case .constantRanking(let which):
                return "every alternative is tied in the \(which), so the Spearman correlation (and tau-b) is undefined and reported as 0"
            case .converted(let which, let ranks):
                let shown = ranks.prefix(12).map { $0 == $0.rounded() ? String(Int($0)) : "\($0)" }.joined(separator: ", ")
                return "the \(which) was not a ranking with average ties, which the coefficients assume; it was read as the order of its values, ties averaged: \(shown)\(ranks.count > 12 ? ", …" : "")"
            }
        }
    }

    /// The reference ranking (x).
    public let reference: [Double]
    /// The compared ranking (y).
    public let ranking: [Double]
    /// Spearman's r_s (Pearson correlation of the ranks).
    public let spearman: Double
    /// Weighted Spearman r_w.
    public let weightedSpearman: Double
    /// WS similarity, `reference` as the reference.
    public let ws: Double
    /// Kendall's τ in ``kendallVariant``.
    public let kendallTau: Double
    /// The Kendall variant used.
    public let kendallVariant: KendallVariant
    /// Ties and degenerate cases.
    public let notes: [Note]

    /// Compares `ranking` with `reference` (rank vectors, 1 = best, equal length N ≥ 2, values in [1, N]).
    /// A vector with other than average ties (1, 1, 1; dense 1, 2, 2, 3) is read as the order of its
    /// values, ties averaged, and a ``Note/converted(_:_:)`` says so; ``reference`` and ``ranking``
    /// hold the ranks used.
    /// - Throws: ``RankVectorError``.
    public init(reference given: [Double], ranking givenRanking: [Double], kendallVariant: KendallVariant = .default) throws {
        try RankCorrelation.validate(given, givenRanking)
        // Ranks with average ties, as the formulas assume: 1, 1, 1 (three tied) becomes 2, 2, 2.
        // Average-tie ranks are unchanged, bit for bit.
        let reference = Ranking.ranks(given, order: .ascending), ranking = Ranking.ranks(givenRanking, order: .ascending)
        self.reference = reference
        self.ranking = ranking
        self.kendallVariant = kendallVariant
        spearman = try RankCorrelation.spearman(reference, ranking)
        weightedSpearman = try RankCorrelation.weightedSpearman(reference, ranking)
        ws = try RankCorrelation.wsSimilarity(reference: reference, ranking: ranking)
        kendallTau = try RankCorrelation.kendallTau(reference, ranking, variant: kendallVariant)
        var notes: [Note] = []
        if reference != given { notes.append(.converted("reference", reference)) }
        if ranking != givenRanking { notes.append(.converted("ranking", ranking)) }
        if Set(reference).count < reference.count || Set(ranking).count < ranking.count { notes.append(.ties) }
        if Set(reference).count == 1 { notes.append(.constantRanking("reference")) }
        if Set(ranking).count == 1 { notes.append(.constantRanking("ranking")) }
        self.notes = notes
    }

    /// N, the number of alternatives.
    public var count: Int { reference.count }
}

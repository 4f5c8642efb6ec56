/// Rules that merge several methods' rankings of the same alternatives into one compromise ranking.
///
/// | rule | score | better |
/// |---|---|---|
/// | ``borda`` | sum of positions Σₖ rₖ(a) (``BordaCount``) | smaller |
/// | ``copeland`` | pairwise-majority wins − losses (``CopelandRule``) | larger |
///
/// Input rank vectors use 1 = best, each over the same m alternatives in the same order; ties may
/// be average ranks. The compromise ranks are average ranks too, so alternatives with equal
/// compromise scores share their rank.
///
/// Example:
/// ```swift
/// let topsis = [1.0, 2, 3], vikor = [2.0, 1, 3], promethee = [1.0, 3, 2]
/// let c = try CompromiseRule.borda.combine([topsis, vikor, promethee])
/// c.scores // [4, 6, 8]
/// c.ranks  // [1, 2, 3]
/// ```
public enum CompromiseRule: String, CaseIterable, Sendable, Codable {
    case borda = "borda"
    case copeland = "copeland"

    /// The compromise of `rankings` under this rule.
    /// - Throws: ``RankVectorError`` when there are no rankings, their lengths differ, or a rank is
    ///   not in [1, m].
    public func combine(_ rankings: [[Double]]) throws -> CompromiseRanking {
        switch self {
        case .borda: return try BordaCount.combine(rankings)
        case .copeland: return try CopelandRule.combine(rankings)
        }
    }

    /// Validates K ≥ 1 rank vectors of a common length m ≥ 1 with values in [1, m]; returns m.
    static func validate(_ rankings: [[Double]]) throws -> Int {
        guard let first = rankings.first else { throw RankVectorError.noRankings }
        guard !first.isEmpty else { throw RankVectorError.tooFewAlternatives(needed: 1, found: 0) }
        for (k, r) in rankings.enumerated() { try validateRanks(r, count: first.count, name: "ranking \(k + 1)") }
        return first.count
    }
}

/// A compromise ranking: one score per alternative (input order), which way is better, and ranks.
public struct CompromiseRanking: RankingResult, Equatable {
    /// The rule used.
    public let rule: CompromiseRule
    /// The compromise score of each alternative (Borda sum of positions or Copeland wins − losses).
    public let scores: [Double]
    /// Ascending (smaller is better) for Borda, descending for Copeland.
    public let scoreOrder: Ranking.Order
    /// The number of rankings combined.
    public let rankingCount: Int

    /// `rule` and how ties are resolved.
    public var settings: [(String, String)] { [("rule", rule.rawValue), ("ties", "average rank")] }

    public static func == (lhs: CompromiseRanking, rhs: CompromiseRanking) -> Bool {
        lhs.rule == rhs.rule && lhs.scores == rhs.scores && lhs.rankingCount == rhs.rankingCount
    }
}

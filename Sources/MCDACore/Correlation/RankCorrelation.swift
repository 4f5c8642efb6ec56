/// Similarity coefficients between two rankings of the same N alternatives.
///
/// Every coefficient takes two rank vectors (1 = best; ties as average ranks, as
/// ``Ranking/ranks(_:order:)`` produces them) and follows Sałabun & Urbaniak (2020), "A new
/// coefficient of rankings similarity in decision-making problems", ICCS 2020, LNCS 12138:632–645,
/// doi:10.1007/978-3-030-50417-5_47, with the formulas of the reference cases:
///
/// | coefficient | function | symmetric | with ties |
/// |---|---|---|---|
/// | Spearman r_s | ``spearman(_:_:)`` | yes | Pearson correlation of the rank vectors (exact) |
/// | weighted Spearman r_w | ``weightedSpearman(_:_:)`` | yes | formula applied to average ranks |
/// | WS similarity | ``wsSimilarity(reference:ranking:)`` | **no**: the first vector is the reference | formula applied to average ranks |
/// | Kendall τ | ``kendallTau(_:_:variant:)`` | yes | ``KendallVariant/tauA`` (default) or ``KendallVariant/tauB`` |
///
/// ``RankComparison`` computes all four at once, with diagnostics.
///
/// Rank vectors must have the same length N ≥ 2 and values in [1, N]; otherwise a
/// ``RankVectorError`` says which rank is wrong. No coefficient is ever NaN: the 0/0 cases
/// (a constant rank vector, for r_s and τ_b) are defined as 0.
public enum RankCorrelation {
    /// Validates a pair of rank vectors: equal lengths N ≥ 2, finite values in [1, N].
    static func validate(_ x: [Double], _ y: [Double], names: (String, String) = ("reference", "ranking")) throws {
        guard x.count >= 2 else { throw RankVectorError.tooFewAlternatives(needed: 2, found: x.count) }
        try validateRanks(x, count: x.count, name: names.0)
        try validateRanks(y, count: x.count, name: names.1)
    }
}

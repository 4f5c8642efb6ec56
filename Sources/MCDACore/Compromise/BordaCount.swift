/// The Borda compromise of several rankings: each alternative scores the sum of its positions,
/// Bₐ = Σₖ rₖ(a), and a smaller sum is better.
///
/// This orders the alternatives exactly as the classic Borda count with points m − rₖ(a) does
/// (the two scores differ by the constant K·m), de Borda (1781), *Mémoire sur les élections au
/// scrutin*. **Ties:** a tie inside a ranking enters through its average rank (two alternatives
/// tied for first each add 1.5), and alternatives with equal sums share the average compromise
/// rank. Sums of average ranks are multiples of 1/2, exact in floating point, so equal sums are
/// detected exactly.
///
/// - Throws: ``RankVectorError`` (no rankings, different lengths, ranks outside [1, m]).
///
/// Complexity: O(K·m + m log m) for K rankings of m alternatives.
///
/// Example: `try BordaCount.combine([[1, 2, 3], [2, 1, 3], [1, 3, 2]]).ranks` is `[1, 2, 3]` (sums 4, 6, 8).
public enum BordaCount {
    /// The Borda compromise of `rankings` (1 = best in each).
    public static func combine(_ rankings: [[Double]]) throws -> CompromiseRanking {
        let m = try CompromiseRule.validate(rankings)
        var sums = [Double](repeating: 0, count: m)
        for r in rankings { for i in 0..<m { sums[i] += r[i] } }
        return CompromiseRanking(rule: .borda, scores: sums, scoreOrder: .ascending, rankingCount: rankings.count)
    }
}

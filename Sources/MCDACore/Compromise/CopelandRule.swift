/// The Copeland compromise of several rankings: alternative a beats b when more rankings place a
/// above b than b above a (pairwise majority); a's score is its number of wins minus its number of
/// losses, and a larger score is better.
///
///     wins(a, b) = #{k : rₖ(a) < rₖ(b)}
///     Cₐ = #{b : wins(a, b) > wins(b, a)} − #{b : wins(a, b) < wins(b, a)}
///
/// (Copeland 1951, "A reasonable social welfare function", University of Michigan seminar on
/// applications of mathematics to the social sciences; used to merge MCDA rankings in
/// pyrepo-mcda.)
///
/// **Ties:** a pair tied inside a ranking counts for neither alternative in that ranking; a pair
/// with as many wins as losses across the rankings is a draw and changes neither score;
/// alternatives with equal scores share the average compromise rank. With a single ranking,
/// Copeland reproduces it.
///
/// - Throws: ``RankVectorError`` (no rankings, different lengths, ranks outside [1, m]).
///
/// Complexity: O(K·m²) time, O(m) memory for K rankings of m alternatives: pairwise majorities
/// have no shortcut, so this rule is meant for up to about 10⁴ alternatives (10⁴ alternatives and
/// 5 rankings is 2.5 · 10⁸ comparisons).
///
/// Example: `try CopelandRule.combine([[1, 2, 3], [2, 1, 3], [1, 3, 2]]).scores` is `[2, 0, -2]`.
public enum CopelandRule {
    /// The Copeland compromise of `rankings` (1 = best in each).
    public static func combine(_ rankings: [[Double]]) throws -> CompromiseRanking {
        let m = try CompromiseRule.validate(rankings)
        var scores = [Double](repeating: 0, count: m)
        for a in 0..<m {
            for b in (a + 1)..<m {
                var margin = 0
                for r in rankings {
                    if r[a] < r[b] { margin += 1 } else if r[b] < r[a] { margin -= 1 }
                }
                if margin > 0 { scores[a] += 1; scores[b] -= 1 } else if margin < 0 { scores[a] -= 1; scores[b] += 1 }
            }
        }
        return CompromiseRanking(rule: .copeland, scores: scores, scoreOrder: .descending, rankingCount: rankings.count)
    }
}

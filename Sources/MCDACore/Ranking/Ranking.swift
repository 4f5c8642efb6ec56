/// Turning scores into ranks.
public enum Ranking {
    /// Whether a larger or a smaller score is better.
    public enum Order: Sendable {
        /// Larger is better (TOPSIS closeness, weighted sums, net flows, priorities).
        case descending
        /// Smaller is better (VIKOR's Q).
        case ascending
    }

    /// Ranks with 1 = best; tied scores share the average of the ranks they span (fractional ranking),
    /// so two alternatives tied for first both get 1.5.
    ///
    /// Scores are compared exactly (−0 equals +0): callers that want ties within a tolerance round
    /// first. NaN scores, which no method produces, have no defined place.
    /// Complexity: O(m) (a radix sort of the scores) for m ≥ 64, O(m log m) below.
    ///
    /// Example: `Ranking.ranks([0.2, 0.5, 0.5], order: .descending)` is `[3, 1.5, 1.5]`.
    public static func ranks(_ scores: [Double], order: Order) -> [Double] {
        let m = scores.count
        let index = Self.order(scores, order: order)
        var ranks = [Double](repeating: 0, count: m)
        var start = 0
        while start < m {
            var end = start + 1
            while end < m, scores[index[end]] == scores[index[start]] { end += 1 }
            let shared = Double(start + 1 + end) / 2  // mean of ranks start+1 … end
            for k in start..<end { ranks[index[k]] = shared }
            start = end
        }
        return ranks
    }

    /// The alternatives best first: indices sorted by score in `order`, equal scores in index order
    /// (so sorting by rank, then index, gives the same list).
    /// Complexity: O(m) (a radix sort of the scores) for m ≥ 64, O(m log m) below or with NaN.
    ///
    /// Example: `Ranking.order([0.2, 0.5, 0.5], order: .descending)` is `[1, 2, 0]`.
    public static func order(_ scores: [Double], order: Order) -> [Int] {
        scores.count >= 64 && !scores.contains(where: \.isNaN)
            ? ScoreOrder(scores: scores, order: order).indices
            : comparisonOrder(scores, order: order)
    }

    /// Indices best first, ties in index order, by a stable comparison sort: for short lists, and
    /// the reference that ``ScoreOrder`` is tested against.
    static func comparisonOrder(_ scores: [Double], order: Order) -> [Int] {
        var index = Array(scores.indices)
        switch order {
        case .descending: index.sort { scores[$0] > scores[$1] || (scores[$0] == scores[$1] && $0 < $1) }
        case .ascending: index.sort { scores[$0] < scores[$1] || (scores[$0] == scores[$1] && $0 < $1) }
        }
        return index
    }
}

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
    /// Scores are compared exactly: callers that want ties within a tolerance round first.
    /// Complexity: O(m log m).
    ///
    /// Example: `Ranking.ranks([0.2, 0.5, 0.5], order: .descending)` is `[3, 1.5, 1.5]`.
    public static func ranks(_ scores: [Double], order: Order) -> [Double] {
        let m = scores.count
        var index = Array(0..<m)
        switch order {
        case .descending: index.sort { scores[$0] > scores[$1] || (scores[$0] == scores[$1] && $0 < $1) }
        case .ascending: index.sort { scores[$0] < scores[$1] || (scores[$0] == scores[$1] && $0 < $1) }
        }
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
}

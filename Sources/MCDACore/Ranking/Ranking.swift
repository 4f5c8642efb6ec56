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
        ranks(scores, order: order, pieces: nil)
    }

    /// ``ranks(_:order:)`` with its work split in `pieces` (default: by size, on every core from
    /// ``RadixSort/parallelMinimum`` scores); the result does not depend on it. Each piece of the
    /// sorted positions fills the tie groups that start in it, to their end.
    static func ranks(_ scores: [Double], order: Order, pieces: Int?) -> [Double] {
        let m = scores.count
        guard m >= 64 && !scores.contains(where: \.isNaN) else {
            let index = comparisonOrder(scores, order: order)
            return groupRanks(m, pieces: 1, alternative: { index[$0] }, same: { scores[index[$0]] })
        }
        // Equal keys are equal scores (−0 and +0 share a key), so the groups are read from the keys.
        let sorted = ScoreOrder(scores: scores, order: order, pieces: pieces)
        return sorted.entries.withUnsafeBufferPointer { e in
            groupRanks(m, pieces: sorted.pieces, alternative: { e[$0].index }, same: { e[$0].key })
        }
    }

    /// Ranks of m alternatives in sorted order (best first, ties adjacent): `alternative(x)` is the
    /// one at sorted position x, and `same(x)` a value equal exactly for tied positions. Each of
    /// `pieces` pieces of the positions fills the tie groups that start in it, to their end, so the
    /// result does not depend on the split.
    @inline(__always)
    private static func groupRanks<Tie: Equatable>(_ m: Int, pieces: Int, alternative: (Int) -> Int, same: (Int) -> Tie) -> [Double] {
        guard m > 0 else { return [] }  // an uninitialised array of 0 writes the shared empty singleton (TSan)
        let split = max(1, min(pieces, m))
        return [Double](unsafeUninitializedCapacity: m) { ranks, initialized in
            ParallelLoop.forEach(split) { p in
                var start = m * p / split
                let stop = m * (p + 1) / split
                // A group that began in an earlier piece is that piece's.
                while start > 0 && start < stop && same(start) == same(start - 1) { start += 1 }
                while start < stop {
                    let tie = same(start)
                    var end = start + 1
                    while end < m, same(end) == tie { end += 1 }
                    let shared = Double(start + 1 + end) / 2  // mean of ranks start+1 … end
                    for x in start..<end { ranks[alternative(x)] = shared }
                    start = end
                }
            }
            initialized = m
        }
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

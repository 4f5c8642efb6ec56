/// The order of alternatives by score, best first, ties kept in index order: the sort behind
/// ``Ranking/ranks(_:order:)``, fast for a million scores.
///
/// Each score becomes a 64-bit key whose unsigned order is the score order: the IEEE 754 bits of
/// x ≥ 0 with the sign bit set, the complemented bits of x < 0 (so −∞ < … < −0 = +0 < … < +∞;
/// −0 is read as +0 first, as `==` does), complemented once more for descending order. A stable
/// least-significant-digit radix sort of (key, index) pairs on 11-bit digits (``RadixSort``) then gives the scores in order with equal
/// scores in index order: the same permutation as a stable comparison sort.
///
/// Scores must not be NaN (NaN has no place in an order; ``Ranking`` checks first).
/// Complexity: O(m) time (6 passes), 2 × 16·m bytes.
///
/// Reference: D. E. Knuth, *The Art of Computer Programming*, vol. 3, §5.2.5 (radix sorting).
///
/// Example: `ScoreOrder(scores: [0.2, 0.5, 0.5], order: .descending).indices` is `[1, 2, 0]`.
struct ScoreOrder {
    /// Alternative indices, best first; equal scores in increasing index order.
    let indices: [Int]

    private struct Entry {
        var key: UInt64
        var index: Int
    }

    init(scores: [Double], order: Ranking.Order) {
        let flip: UInt64 = order == .descending ? ~0 : 0
        var entries = scores.indices.map { i in Entry(key: RadixSort.key(scores[i]) ^ flip, index: i) }
        RadixSort.sort(&entries) { $0.key }
        indices = entries.map(\.index)
    }
}

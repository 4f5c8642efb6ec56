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
/// Complexity: O(m) time (6 passes, on every core from ``RadixSort/parallelMinimum`` scores), 2 × 16·m bytes.
///
/// Reference: D. E. Knuth, *The Art of Computer Programming*, vol. 3, §5.2.5 (radix sorting).
///
/// Example: `ScoreOrder(scores: [0.2, 0.5, 0.5], order: .descending).indices` is `[1, 2, 0]`.
struct ScoreOrder {
    /// One score's sort key (see the type's description) and its alternative.
    struct Entry {
        var key: UInt64
        var index: Int
    }

    /// The scores' entries in order, best first: equal keys (equal scores) are adjacent, in
    /// increasing index order.
    let entries: [Entry]
    /// How the work was split: `pieces` given, or by size (1 below ``RadixSort/parallelMinimum``).
    let pieces: Int

    /// Alternative indices, best first; equal scores in increasing index order.
    var indices: [Int] {
        let m = entries.count, split = pieces
        guard m > 0 else { return [] }  // an uninitialised array of 0 writes the shared empty singleton (TSan)
        return [Int](unsafeUninitializedCapacity: m) { buffer, initialized in
            entries.withUnsafeBufferPointer { e in
                ParallelLoop.forEach(split) { p in
                    for i in m * p / split ..< m * (p + 1) / split { buffer[i] = e[i].index }
                }
            }
            initialized = m
        }
    }

    /// `pieces` (default: by size) only decides how the sort's work is split, not the result.
    init(scores: [Double], order: Ranking.Order, pieces: Int? = nil) {
        let flip: UInt64 = order == .descending ? ~0 : 0
        let m = scores.count
        let split = max(1, min(max(m, 1), pieces ?? RadixSort.pieces(for: m)))
        var entries = m == 0 ? [] : [Entry](unsafeUninitializedCapacity: m) { buffer, initialized in
            scores.withUnsafeBufferPointer { s in
                ParallelLoop.forEach(split) { p in
                    for i in m * p / split ..< m * (p + 1) / split { buffer[i] = Entry(key: RadixSort.key(s[i]) ^ flip, index: i) }
                }
            }
            initialized = m
        }
        RadixSort.sort(&entries, pieces: split) { $0.key }
        self.entries = entries
        self.pieces = split
    }
}

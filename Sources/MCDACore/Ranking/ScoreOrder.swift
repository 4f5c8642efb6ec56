/// The order of alternatives by score, best first, ties kept in index order: the sort behind
/// ``Ranking/ranks(_:order:)``, fast for a million scores.
///
/// Each score becomes a 64-bit key whose unsigned order is the score order: the IEEE 754 bits of
/// x ≥ 0 with the sign bit set, the complemented bits of x < 0 (so −∞ < … < −0 = +0 < … < +∞;
/// −0 is read as +0 first, as `==` does), complemented once more for descending order. A stable
/// least-significant-digit radix sort of (key, index) pairs on 11-bit digits — six counting passes,
/// a pass skipped when every key has the same digit — then gives the scores in order with equal
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

    private static let digitBits = 11
    private static let passes = 6  // ⌈64 / 11⌉

    init(scores: [Double], order: Ranking.Order) {
        let m = scores.count
        let flip: UInt64 = order == .descending ? ~0 : 0
        var entries = scores.indices.map { i -> Entry in
            let x = scores[i] == 0 ? 0.0 : scores[i]
            let bits = x.bitPattern
            let key = bits >> 63 == 1 ? ~bits : bits | (1 << 63)
            return Entry(key: key ^ flip, index: i)
        }
        let buckets = 1 << Self.digitBits
        let mask = UInt64(buckets - 1)
        // One counting pass for all digits.
        var counts = [Int](repeating: 0, count: Self.passes * buckets)
        for e in entries {
            for p in 0..<Self.passes { counts[p * buckets + Int((e.key >> UInt64(p * Self.digitBits)) & mask)] += 1 }
        }
        var scratch = entries
        for p in 0..<Self.passes {
            let shift = UInt64(p * Self.digitBits)
            let base = p * buckets
            if counts[base + Int((entries.first?.key ?? 0) >> shift & mask)] == m { continue }  // one digit for all
            var start = 0
            for d in 0..<buckets {
                let c = counts[base + d]
                counts[base + d] = start
                start += c
            }
            entries.withUnsafeBufferPointer { source in
                scratch.withUnsafeMutableBufferPointer { target in
                    counts.withUnsafeMutableBufferPointer { offsets in
                        for e in source {
                            let d = base + Int((e.key >> shift) & mask)
                            target[offsets[d]] = e
                            offsets[d] += 1
                        }
                    }
                }
            }
            swap(&entries, &scratch)
        }
        indices = entries.map(\.index)
    }
}

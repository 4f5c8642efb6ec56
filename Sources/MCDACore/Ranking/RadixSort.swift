/// A stable least-significant-digit radix sort by a 64-bit key: six counting passes over 11-bit
/// digits, all counted in one read of the keys, a pass skipped when every key has the same digit.
/// Used by ``ScoreOrder`` (scores with their indices) and ``ValueSort`` (plain values).
///
/// Complexity: O(N) time (at most 6 passes), a second buffer of N elements.
///
/// Reference: D. E. Knuth, *The Art of Computer Programming*, vol. 3, §5.2.5 (radix sorting).
enum RadixSort {
    private static let digitBits = 11
    private static let passes = 6  // ⌈64 / 11⌉

    /// A key whose unsigned order is the numeric order of `x` (not NaN): the IEEE 754 bits with the
    /// sign bit set for x ≥ 0, complemented for x < 0, −0 read as +0.
    @inline(__always)
    static func key(_ x: Double) -> UInt64 {
        let bits = (x == 0 ? 0.0 : x).bitPattern
        return bits >> 63 == 1 ? ~bits : bits | (1 << 63)
    }

    /// Sorts `items` by the unsigned order of `key`, keeping equal keys in their order.
    @inline(__always)
    static func sort<Element>(_ items: inout [Element], key: (Element) -> UInt64) {
        let count = items.count
        guard count > 1 else { return }
        let buckets = 1 << digitBits, mask = UInt64(buckets - 1)
        var counts = [Int](repeating: 0, count: passes * buckets)
        counts.withUnsafeMutableBufferPointer { counts in
            for item in items {
                let k = key(item)
                for p in 0..<passes { counts[p * buckets + Int((k >> UInt64(p * digitBits)) & mask)] += 1 }
            }
        }
        // Every element is written by the first pass that moves anything (none is read before).
        var scratch = [Element](unsafeUninitializedCapacity: count) { _, initialized in initialized = count }
        for p in 0..<passes {
            let shift = UInt64(p * digitBits), base = p * buckets
            if counts[base + Int(key(items[0]) >> shift & mask)] == count { continue }  // one digit for all
            var start = 0
            for d in 0..<buckets {
                let c = counts[base + d]
                counts[base + d] = start
                start += c
            }
            items.withUnsafeBufferPointer { source in
                scratch.withUnsafeMutableBufferPointer { target in
                    counts.withUnsafeMutableBufferPointer { offsets in
                        for item in source {
                            let d = base + Int((key(item) >> shift) & mask)
                            target[offsets[d]] = item
                            offsets[d] += 1
                        }
                    }
                }
            }
            swap(&items, &scratch)
        }
    }
}

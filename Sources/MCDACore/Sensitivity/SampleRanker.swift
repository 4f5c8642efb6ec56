/// Ranks one sample's scores and adds the rank credits to an acceptability count matrix, in
/// expected O(m) time (a bucket sort), with the exact tie rule of ``SMAATieRule``.
///
/// Scores are turned into keys where larger is better (negated for ascending scores, NaN → −∞),
/// spread over m buckets by value between the smallest and largest finite key, counting-sorted
/// into bucket order (stable, so equal keys stay in index order), and each bucket is then sorted
/// exactly: insertion sort for the usual handful of entries, the standard library's sort above 32.
/// Equal keys always share a bucket, so tie groups never straddle two. Buckets that lie entirely
/// beyond the rank limit K are not sorted at all (partial ranking).
///
/// Credits are integers in units of 1/``creditUnit`` of a sample, so per-worker counts can be
/// summed in any order with the same result.
struct SampleRanker {
    /// One sample's credit: lcm(1, …, 16), so tie groups of up to 16 split exactly.
    static let creditUnit: UInt64 = 720_720

    let m: Int
    /// K, the number of ranks counted.
    let limit: Int
    let ties: SMAATieRule
    private var keys: [Double]
    private var bucketOf: [Int32]
    private var bucketStart: [Int32]
    /// Alternatives in rank order after ``rank(_:order:counts:)`` (valid up to the limit).
    private(set) var sorted: [Int32]

    init(alternatives m: Int, limit: Int, ties: SMAATieRule) {
        self.m = m
        self.limit = limit
        self.ties = ties
        keys = [Double](repeating: 0, count: m)
        bucketOf = [Int32](repeating: 0, count: m)
        bucketStart = [Int32](repeating: 0, count: m + 1)
        sorted = [Int32](repeating: 0, count: m)
    }

    /// Ranks `scores` and adds credits to `counts` (m × K, row-major by alternative).
    /// - Returns: the size g of the group tied for first place (`sorted[0..<g]`).
    @discardableResult
    mutating func rank(_ scores: UnsafeBufferPointer<Double>, order: Ranking.Order,
                       counts: UnsafeMutablePointer<UInt64>) -> Int {
        let m = self.m, limit = self.limit, split = ties == .split
        return keys.withUnsafeMutableBufferPointer { key in
            bucketOf.withUnsafeMutableBufferPointer { bucket in
                bucketStart.withUnsafeMutableBufferPointer { start in
                    sorted.withUnsafeMutableBufferPointer { out in
                        var hi = -Double.infinity, lo = Double.infinity
                        let sign: Double = order == .descending ? 1 : -1
                        for i in 0..<m {
                            var k = sign * scores[i]
                            if k.isNaN { k = -.infinity }
                            key[i] = k
                            if k.isFinite { hi = max(hi, k); lo = min(lo, k) }
                        }
                        let top = Double(m - 1)
                        let scale = hi > lo ? Double(m) / (hi - lo) : 0
                        for b in 0...m { start[b] = 0 }
                        for i in 0..<m {
                            let k = key[i]
                            let b: Int32
                            if k >= hi { b = 0 } else if k <= lo { b = Int32(m - 1) } else {
                                let t = (hi - k) * scale
                                b = t < top ? Int32(t) : Int32(m - 1)
                            }
                            bucket[i] = b
                            start[Int(b) + 1] += 1
                        }
                        for b in 0..<m { start[b + 1] += start[b] }
                        // Scatter (stable), using bucketStart as running cursors, then restore starts.
                        for i in 0..<m {
                            let b = Int(bucket[i])
                            out[Int(start[b])] = Int32(i)
                            start[b] += 1
                        }
                        for b in stride(from: m, to: 0, by: -1) { start[b] = start[b - 1] }
                        start[0] = 0
                        var firstGroup = 0
                        var b = 0
                        while b < m && Int(start[b]) < limit {
                            let from = Int(start[b]), to = Int(start[b + 1])
                            b += 1
                            if to - from > 1 { Self.sortBucket(out, from: from, to: to, key: key) }
                            var p = from
                            while p < to && p < limit {
                                var q = p + 1
                                while q < to && key[Int(out[q])] == key[Int(out[p])] { q += 1 }
                                if p == 0 { firstGroup = q }
                                let g = q - p
                                if g == 1 {
                                    counts[Int(out[p]) * limit + p] &+= Self.creditUnit
                                } else if split {
                                    let share = Self.creditUnit / UInt64(g), extra = Int(Self.creditUnit % UInt64(g))
                                    for x in p..<q {
                                        let row = Int(out[x]) * limit
                                        for r in p..<min(q, limit) { counts[row + r] &+= share + (r - p < extra ? 1 : 0) }
                                    }
                                } else {
                                    for x in p..<q { counts[Int(out[x]) * limit + p] &+= Self.creditUnit }
                                }
                                p = q
                            }
                        }
                        return firstGroup
                    }
                }
            }
        }
    }

    /// Sorts `out[from..<to]` by key, larger first; equal keys keep their (index) order.
    @inline(__always)
    private static func sortBucket(_ out: UnsafeMutableBufferPointer<Int32>, from: Int, to: Int,
                                   key: UnsafeMutableBufferPointer<Double>) {
        if to - from > 32 {
            var slice = UnsafeMutableBufferPointer(rebasing: out[from..<to])
            slice.sort {
                key[Int($0)] > key[Int($1)] || (key[Int($0)] == key[Int($1)] && $0 < $1)
            }
            return
        }
        for x in (from + 1)..<to {
            let v = out[x], kv = key[Int(v)]
            var y = x
            while y > from && key[Int(out[y - 1])] < kv { out[y] = out[y - 1]; y -= 1 }
            out[y] = v
        }
    }
}

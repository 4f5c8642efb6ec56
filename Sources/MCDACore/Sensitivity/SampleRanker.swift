/// Ranks one sample's scores and credits the ranks to an acceptability count matrix, in expected
/// O(m) time, with the exact tie rule of ``SMAATieRule``.
///
/// Sorting: scores become keys where larger is better (negated for ascending scores, NaN → −∞),
/// are spread over 2m buckets by value between the largest and smallest finite key, and are
/// counting-sorted into bucket order (stable: equal keys stay in index order). A single insertion
/// sort pass then finishes the order; it only moves entries within their bucket, a handful on
/// average, and buckets of more than 32 entries are sorted first by the standard library, so the
/// worst case stays O(m log m). The result is the exact order by (key descending, index ascending).
///
/// Credits are integers in units of 1/``creditUnit`` of a sample, so per-worker counts can be summed
/// in any order with the same result.
///
/// Memory traffic: adding credits straight into the m × K count matrix would touch m scattered
/// cache lines of an m·K·8-byte matrix per sample (8 MB for m = K = 1000: a cache miss each).
/// Instead, untied ranks are logged per alternative in a column-per-sample buffer (a cache line
/// holds 16 consecutive samples of one alternative, so a sample touches m lines that stay in the
/// L2 cache) and folded into the counts one alternative row at a time when the log is full
/// (``flush(into:)``). Tie groups, which are rare, are credited directly.
final class SampleRanker {
    /// One sample's credit: lcm(1, …, 16), so tie groups of up to 16 split exactly.
    static let creditUnit: UInt64 = 720_720
    /// Marks an alternative that is beyond the rank limit or was credited directly (tie).
    private static let unlogged = UInt32.max

    let m: Int
    /// K, the number of ranks counted.
    let limit: Int
    let ties: SMAATieRule
    private let keys: UnsafeMutablePointer<Double>
    /// Keys in rank order (kept beside `sorted` so that comparisons read contiguous memory).
    private let sortedKeys: UnsafeMutablePointer<Double>
    private let bucketOf: UnsafeMutablePointer<Int32>
    private let bucketStart: UnsafeMutablePointer<Int32>
    /// Buckets per alternative: with a few per alternative most buckets hold at most one entry,
    /// so the insertion pass rarely moves anything (and rarely mispredicts a branch).
    static let bucketsPerAlternative = 2
    private let bucketCount: Int
    /// Alternatives in rank order after ``rank(_:order:counts:)``.
    let sorted: UnsafeMutablePointer<Int32>
    /// Logged ranks, alternative-major: `log[i * logStride + s]` is the 0-based rank of
    /// alternative i in logged sample s, or `unlogged`.
    private let log: UnsafeMutablePointer<UInt32>
    private let logCapacity: Int
    private let logStride: Int
    private var logged = 0

    init(alternatives m: Int, limit: Int, ties: SMAATieRule) {
        precondition(m >= 1 && m < Int(Int32.max) / Self.bucketsPerAlternative && limit >= 1 && limit <= m)
        self.m = m
        self.limit = limit
        self.ties = ties
        keys = .allocate(capacity: m)
        sortedKeys = .allocate(capacity: m)
        bucketOf = .allocate(capacity: m)
        bucketCount = Self.bucketsPerAlternative * m
        bucketStart = .allocate(capacity: bucketCount + 1)
        sorted = .allocate(capacity: m)
        logCapacity = min(SMAA.blockSize, max(8, (1 << 20) / m))
        logStride = logCapacity + 16  // one cache line more than a power of two: rows must not alias in the cache
        log = .allocate(capacity: m * logStride)
    }

    deinit {
        keys.deallocate(); sortedKeys.deallocate(); bucketOf.deallocate(); bucketStart.deallocate(); sorted.deallocate(); log.deallocate()
    }

    /// Adds the logged ranks to `counts` (m × K, row-major by alternative) and empties the log.
    func flush(into counts: UnsafeMutablePointer<UInt64>) {
        let filled = logged
        guard filled > 0 else { return }
        for i in 0..<m {
            let row = counts + i &* limit, entries = log + i &* logStride
            for s in 0..<filled {
                let r = entries[s]
                if r != Self.unlogged { row[Int(r)] &+= Self.creditUnit }
            }
        }
        logged = 0
    }

    /// Ranks `scores` and credits ranks 1 … K (logged, or added to `counts` for ties).
    /// Call ``flush(into:)`` before reading `counts`.
    /// - Returns: the size g of the group tied for first place (`sorted[0..<g]`).
    @discardableResult
    func rank(_ scores: UnsafeBufferPointer<Double>, order: Ranking.Order, counts: UnsafeMutablePointer<UInt64>) -> Int {
        if logged == logCapacity { flush(into: counts) }
        let column = log + logged, stride = logStride
        logged += 1
        sort(scores, order: order)
        let key = sortedKeys, out = sorted, m = self.m, limit = self.limit
        var firstGroup = 0, p = 0
        while p < limit {
            let top = key[p]
            var q = p &+ 1
            while q < m && key[q] == top { q &+= 1 }
            if p == 0 { firstGroup = q }
            if q == p &+ 1 {
                column[Int(out[p]) &* stride] = UInt32(truncatingIfNeeded: p)
            } else {
                creditTie(from: p, to: q, counts: counts, column: column)
            }
            p = q
        }
        for x in min(p, m)..<m { column[Int(out[x]) &* stride] = Self.unlogged }
        return firstGroup
    }

    /// Credits a tie group spanning sorted positions p..<q directly.
    private func creditTie(from p: Int, to q: Int, counts: UnsafeMutablePointer<UInt64>, column: UnsafeMutablePointer<UInt32>) {
        let g = q - p
        for x in p..<q {
            let i = Int(sorted[x]), row = counts + i * limit
            column[i * logStride] = Self.unlogged
            if ties == .split {
                let share = Self.creditUnit / UInt64(g), extra = Int(Self.creditUnit % UInt64(g))
                for r in p..<min(q, limit) { row[r] &+= share + (r - p < extra ? 1 : 0) }
            } else {
                row[p] &+= Self.creditUnit
            }
        }
    }

    /// Fills `keys` and sorts `sorted` by (key descending, index ascending).
    private func sort(_ scores: UnsafeBufferPointer<Double>, order: Ranking.Order) {
        let m = self.m, key = keys, bucket = bucketOf, start = bucketStart, out = sorted, sk = sortedKeys
        var hi = -Double.infinity, lo = Double.infinity
        let sign: Double = order == .descending ? 1 : -1
        for i in 0..<m {
            let k = sign * scores[i]
            key[i] = k.isNaN ? -.infinity : k
            hi = max(hi, key[i]); lo = min(lo, key[i])
        }
        let allFinite = hi.isFinite && lo.isFinite
        if !allFinite {  // rare: spread the buckets over the finite keys only
            hi = -.infinity; lo = .infinity
            for i in 0..<m where key[i].isFinite { hi = max(hi, key[i]); lo = min(lo, key[i]) }
        }
        let buckets = bucketCount, last = Double(buckets - 1)
        let scale = hi > lo ? Double(buckets) / (hi - lo) : 0
        start.update(repeating: 0, count: buckets + 1)
        if allFinite && scale.isFinite {
            // Every key is in [lo, hi], so (hi − k)·scale is in [0, buckets]: no branch needed.
            for i in 0..<m {
                let b = Int32(min((hi - key[i]) * scale, last))
                bucket[i] = b
                start[Int(b) &+ 1] &+= 1
            }
        } else {
            for i in 0..<m {
                let k = key[i]
                let b = Int32(k < hi ? (k > lo ? min((hi - k) * scale, last) : last) : 0)
                bucket[i] = b
                start[Int(b) &+ 1] &+= 1
            }
        }
        var largest: Int32 = 0
        for b in 0..<buckets { largest = max(largest, start[b &+ 1]); start[b &+ 1] &+= start[b] }
        for i in 0..<m {
            let b = Int(bucket[i]), position = Int(start[b])
            out[position] = Int32(truncatingIfNeeded: i)
            sk[position] = key[i]
            start[b] &+= 1  // start[b] now ends bucket b
        }
        if largest > 32 {
            var from = 0
            for b in 0..<buckets {
                let to = Int(start[b])
                if to - from > 32 {
                    var slice = UnsafeMutableBufferPointer(start: out + from, count: to - from)
                    slice.sort {
                        key[Int($0)] > key[Int($1)] || (key[Int($0)] == key[Int($1)] && $0 < $1)
                    }
                    for x in from..<to { sk[x] = key[Int(out[x])] }
                }
                from = to
            }
        }
        // Insertion sort: entries are already in bucket order, so each moves only within its bucket.
        for x in 1..<max(m, 1) where sk[x &- 1] < sk[x] {
            let v = out[x], kv = sk[x]
            var y = x
            repeat { out[y] = out[y &- 1]; sk[y] = sk[y &- 1]; y &-= 1 } while y > 0 && sk[y &- 1] < kv
            out[y] = v
            sk[y] = kv
        }
    }
}

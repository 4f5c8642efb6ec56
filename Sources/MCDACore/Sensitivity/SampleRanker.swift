/// Ranks one sample's scores and credits the ranks to an acceptability count matrix, in expected
/// O(m) time, with the exact tie rule of ``SMAATieRule``.
///
/// Sorting is ``SampleSorter``'s: the exact order by (key descending, index ascending), where the
/// key is the score (negated for ascending scores) and NaN counts as −∞.
///
/// Credits are integers in units of 1/``creditUnit`` of a sample, so per-worker counts can be summed
/// in any order with the same result.
///
/// Memory traffic: adding credits straight into the m × K count matrix would touch m scattered
/// cache lines of an m·K·8-byte matrix per sample (8 MB for m = K = 1000: a cache miss each).
/// Instead, the sorter writes every rank into a log, one column per sample and one row of 16-bit
/// words per alternative (a cache line holds 32 consecutive samples of one alternative, so a sample
/// touches m lines that stay in the L2 cache). When the log is full it is folded into whole-sample
/// 16-bit counts one alternative row at a time (``flush()``; 2 MB for m = K = 1000, half the memory
/// of 32-bit counts), and those into the credits (``finish(into:)``) at the
/// end, or before a count could overflow. Tie groups, which are rare with continuous data, are credited directly.
/// Measured against other layouts in Benchmarks/README.md.
final class SampleRanker {
    /// One sample's credit: lcm(1, …, 16), so tie groups of up to 16 split exactly.
    static let creditUnit: UInt64 = 720_720

    let m: Int
    /// K, the number of ranks counted.
    let limit: Int
    let ties: SMAATieRule
    private let sorter: SampleSorter
    /// Alternatives in rank order after ``rank(_:order:counts:)``: `sorted[0..<g]` for the g it returns
    /// (all m when there was a tie).
    var sorted: UnsafeMutablePointer<Int32> { sorter.sorted }
    /// Whole samples per (alternative, rank): `plain[i · (K + 1) + r]`; column K collects the log
    /// entries that mean "beyond the limit or credited directly", so folding needs no branch.
    private let plain: UnsafeMutablePointer<UInt16>
    /// Samples counted in `plain` since it was last folded into the credits.
    private var plainSamples = 0
    /// `log[i · logStride + s]`: the 0-based rank of alternative i in logged sample s, or K.
    private let log: UnsafeMutablePointer<UInt16>
    private let logCapacity: Int
    private let logStride: Int
    private var logged = 0

    init(alternatives m: Int, limit: Int, ties: SMAATieRule) {
        // Ranks and the mark K fit 16 bits: SMAAOptions bounds m·K by 10⁸, so K ≤ 10,000.
        precondition(m >= 1 && m <= Int(Int32.max) && limit >= 1 && limit <= m && limit < Int(UInt16.max))
        self.m = m
        self.limit = limit
        self.ties = ties
        sorter = SampleSorter(alternatives: m)
        plain = .allocate(capacity: m * (limit + 1))
        plain.initialize(repeating: 0, count: m * (limit + 1))
        logCapacity = min(SMAA.blockSize, max(64, (1 << 20) / m))
        logStride = logCapacity + 32  // one cache line more than a power of two: rows must not alias in the cache
        log = .allocate(capacity: m * logStride)
    }

    deinit {
        plain.deallocate()
        log.deallocate()
    }

    /// Folds the log into the whole-sample counts and empties it.
    func flush() {
        let filled = logged, width = limit + 1
        for i in 0..<m {
            let row = plain + i &* width, entries = log + i &* logStride
            for s in 0..<filled { row[Int(entries[s])] &+= 1 }
        }
        plainSamples += filled
        logged = 0
    }

    /// Adds everything counted so far to `counts` (m × K credits, row-major by alternative) and
    /// resets the whole-sample counts. Call before reading `counts`.
    func finish(into counts: UnsafeMutablePointer<UInt64>) {
        flush()
        let width = limit + 1
        for i in 0..<m {
            for r in 0..<limit { counts[i &* limit &+ r] &+= UInt64(plain[i &* width &+ r]) &* Self.creditUnit }
        }
        plain.update(repeating: 0, count: m * width)
        plainSamples = 0
    }

    /// Ranks `scores` and credits ranks 1 … K (logged, or added to `counts` for ties).
    /// Call ``finish(into:)`` before reading `counts`.
    /// - Returns: the size g of the group tied for first place (`sorted[0..<g]`).
    @discardableResult
    func rank(_ scores: UnsafeBufferPointer<Double>, order: Ranking.Order, counts: UnsafeMutablePointer<UInt64>) -> Int {
        if logged == logCapacity {
            flush()
            if plainSamples > Int(UInt16.max) - logCapacity { finish(into: counts) }  // before a 16-bit count could overflow
        }
        let sink = PositionSink(column: log + logged, stride: logStride, limit: limit)
        logged += 1
        guard sorter.sort(scores, order: order, positions: sink) else { return 1 }
        // Ties: equal keys form groups; a group within the first K ranks is credited directly.
        let key = sorter.sortedKeys, m = self.m, limit = self.limit
        var firstGroup = 0, p = 0
        while p < limit {
            let top = key[p]
            var q = p &+ 1
            while q < m && key[q] == top { q &+= 1 }
            if p == 0 { firstGroup = q }
            if q > p &+ 1 { creditTie(from: p, to: q, counts: counts, sink: sink) }
            p = q
        }
        return firstGroup
    }

    /// Credits a tie group spanning sorted positions p..<q directly (and takes it out of the log).
    private func creditTie(from p: Int, to q: Int, counts: UnsafeMutablePointer<UInt64>, sink: PositionSink) {
        let g = q - p
        for x in p..<q {
            let i = Int(sorted[x]), row = counts + i * limit
            sink.write(i, limit)
            if ties == .split {
                let share = Self.creditUnit / UInt64(g), extra = Int(Self.creditUnit % UInt64(g))
                for r in p..<min(q, limit) { row[r] &+= share + (r - p < extra ? 1 : 0) }
            } else {
                row[p] &+= Self.creditUnit
            }
        }
    }
}

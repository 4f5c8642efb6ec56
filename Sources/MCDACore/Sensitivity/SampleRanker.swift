/// Ranks one sample's scores and credits the ranks to an acceptability count matrix, in expected
/// O(m) time, with the exact tie rule of ``SMAATieRule``.
///
/// Sorting is ``SampleSorter``'s: the exact order by (key descending, index ascending), where the
/// key is the score (negated for ascending scores) and NaN counts as −∞.
///
/// Credits are integers in units of 1/``creditUnit`` of a sample, so per-worker counts can be summed
/// in any order with the same result. The ranker keeps m × K 64-bit credits of its own only once it
/// needs them (a tie, or 16-bit counts about to overflow): with continuous data and up to 65,535
/// samples per ranker, the 8 MB (m = K = 1000) are never touched.
///
/// Memory traffic: adding credits straight into the m × K count matrix would touch m scattered
/// cache lines of an m·K·8-byte matrix per sample (8 MB for m = K = 1000: a cache miss each).
/// Instead, the sorter writes every rank into a log, one row of m 16-bit words per sample (2 KB for
/// m = 1000, so the sorter's scattered writes stay in the L1 cache). The log holds about 256 KB of
/// samples, so it stays in the L2 cache while the count rows stream through it. When it is full it
/// is folded into whole-sample 16-bit counts eight alternatives at a time (``flush()``: their count
/// rows take 16 KB for K = 1000, and the eight increments of a sample do not wait for one another),
/// and those into the credits (``finish(into:)``) at the end, or before a count could overflow.
/// Tie groups, which are rare with continuous data, are credited directly.
/// Measured against other layouts in Benchmarks/README.md.
final class SampleRanker {
    /// One sample's credit: lcm(1, …, 16), so tie groups of up to 16 split exactly.
    static let creditUnit: UInt64 = 720_720

    let m: Int
    /// K, the number of ranks counted.
    let limit: Int
    let ties: SMAATieRule
    private let sorter: SampleSorter
    /// Alternatives in rank order after ``rank(_:order:)``: `sorted[0..<g]` for the g it returns
    /// (all m when there was a tie).
    var sorted: UnsafeMutablePointer<Int32> { sorter.sorted }
    /// Whole samples per (alternative, rank): `plain[i · (K + 1) + r]`; column K collects the log
    /// entries that mean "beyond the limit or credited directly", so folding needs no branch.
    private let plain: UnsafeMutablePointer<UInt16>
    /// Samples counted in `plain` since it was last folded into the credits.
    private var plainSamples = 0
    /// Credits not in `plain` (tie groups, and `plain` folded before it could overflow): m × K,
    /// row-major by alternative, allocated when first needed.
    private var credits: UnsafeMutablePointer<UInt64>?
    /// `log[s · m + i]`: the 0-based rank of alternative i in logged sample s, or K.
    private let log: UnsafeMutablePointer<UInt16>
    /// Samples the log holds: about 256 KB of it, between 16 and ``SMAA/blockSize`` samples.
    private let logCapacity: Int
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
        logCapacity = min(SMAA.blockSize, max(16, (1 << 17) / m))
        log = .allocate(capacity: m * logCapacity)
    }

    deinit {
        credits?.deallocate()
        plain.deallocate()
        log.deallocate()
    }

    /// Folds the log into the whole-sample counts and empties it.
    func flush() {
        let filled = logged, width = limit &+ 1, m = self.m
        var i = 0
        while i &+ 8 <= m {  // eight count rows at a time: eight independent increments per sample
            let rows = plain + i &* width, entries = log + i
            let w2 = 2 &* width, w3 = 3 &* width, w4 = 4 &* width, w5 = 5 &* width, w6 = 6 &* width, w7 = 7 &* width
            for s in 0..<filled {
                let e = entries + s &* m
                rows[Int(e[0])] &+= 1
                rows[width &+ Int(e[1])] &+= 1
                rows[w2 &+ Int(e[2])] &+= 1
                rows[w3 &+ Int(e[3])] &+= 1
                rows[w4 &+ Int(e[4])] &+= 1
                rows[w5 &+ Int(e[5])] &+= 1
                rows[w6 &+ Int(e[6])] &+= 1
                rows[w7 &+ Int(e[7])] &+= 1
            }
            i &+= 8
        }
        while i < m {
            let row = plain + i &* width
            for s in 0..<filled { row[Int(log[s &* m &+ i])] &+= 1 }
            i &+= 1
        }
        plainSamples += filled
        logged = 0
    }

    /// The ranker's own credits, zeroed when first asked for.
    private var ownCredits: UnsafeMutablePointer<UInt64> {
        if let credits { return credits }
        let c = UnsafeMutablePointer<UInt64>.allocate(capacity: m * limit)
        c.initialize(repeating: 0, count: m * limit)
        credits = c
        return c
    }

    /// Adds `plain` to `counts` (m × K credits, row-major by alternative) and zeroes it.
    private func fold(into counts: UnsafeMutablePointer<UInt64>) {
        addCredits(ofAlternatives: 0..<m, into: counts, includingOwn: false)
        plain.update(repeating: 0, count: m * (limit + 1))
        plainSamples = 0
    }

    /// Adds the credits of alternatives `rows` to `counts` (rows.count × K, row-major, row 0 for
    /// `rows.lowerBound`), without resetting anything. Call ``flush()`` first. Calls for disjoint
    /// `rows` may run concurrently.
    func addCredits(ofAlternatives rows: Range<Int>, into counts: UnsafeMutablePointer<UInt64>, includingOwn: Bool = true) {
        precondition(logged == 0 && rows.lowerBound >= 0 && rows.upperBound <= m)
        let width = limit + 1, unit = Self.creditUnit
        for i in rows {
            let out = counts + (i &- rows.lowerBound) &* limit, row = plain + i &* width
            for r in 0..<limit { out[r] &+= UInt64(row[r]) &* unit }
            if includingOwn, let credits {
                let own = credits + i &* limit
                for r in 0..<limit { out[r] &+= own[r] }
            }
        }
    }

    /// Adds everything ranked so far to `counts` (m × K credits, row-major by alternative) and
    /// starts counting from zero again.
    func finish(into counts: UnsafeMutablePointer<UInt64>) {
        flush()
        fold(into: counts)
        if let credits {
            for k in 0..<(m * limit) { counts[k] &+= credits[k] }
            credits.update(repeating: 0, count: m * limit)
        }
    }

    /// Ranks `scores` and credits ranks 1 … K (call ``finish(into:)`` to collect the credits).
    /// - Returns: the size g of the group tied for first place (`sorted[0..<g]`).
    @discardableResult
    func rank(_ scores: UnsafeBufferPointer<Double>, order: Ranking.Order) -> Int {
        if logged == logCapacity {
            flush()
            if plainSamples > Int(UInt16.max) - logCapacity { fold(into: ownCredits) }  // before a 16-bit count could overflow
        }
        let sink = PositionSink(row: log + logged &* m, limit: limit)
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
            if q > p &+ 1 { creditTie(from: p, to: q, counts: ownCredits, sink: sink) }
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

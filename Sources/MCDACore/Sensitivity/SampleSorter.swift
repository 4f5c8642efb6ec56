/// Where ``SampleSorter/sort(_:order:positions:)`` writes each alternative's rank position while
/// it sorts: `row[i] = min(position of i, limit)` (so `limit` marks "beyond the limit").
struct PositionSink {
    let row: UnsafeMutablePointer<UInt16>
    let limit: Int

    @inline(__always)
    func write(_ alternative: Int, _ position: Int) {
        row[alternative] = UInt16(truncatingIfNeeded: position < limit ? position : limit)
    }
}

/// Sorts one sample's m scores into rank order in expected O(m) time without a comparison sort:
/// the order is by key descending, then by index ascending, where the key is the score (negated
/// for ascending scores) and NaN counts as −∞.
///
/// Method: every key is quantised to an integer level q = round((best − key) / (best − worst) · L)
/// with L = 2²ᵇ − 1 (b = 8 bits per digit for m ≤ 4096, otherwise 11), which is monotone in the key.
/// A two-pass LSD radix sort on q (a stable counting sort per b-bit digit, on (q, index) packed in
/// one 32-bit word for m ≤ 4096 and a 64-bit word beyond) puts the alternatives in order of q and, within a level, of index. Only
/// alternatives on the same level can still be out of order: with 65,536 levels for 1,000
/// alternatives a few per sample. Those runs are sorted by their exact keys (insertion sort, or the
/// standard library for runs over 16), which also finds equal keys (ties). Clustered scores (most
/// keys on a few levels) thus cost O(m log m) at worst.
///
/// Why not a comparison sort or equal-width buckets: per sample this is a few passes over m
/// contiguous entries and two 2ᵇ-entry histograms, with almost no data-dependent branches; a bucket
/// sort with ~m buckets mispredicts a branch for every colliding pair, which for bell-shaped
/// weighted sums is one alternative in six (Benchmarks/README.md has the measurements).
///
/// Non-finite keys (±∞, NaN) and ranges too narrow or too wide to scale take a slower path that
/// quantises only the finite keys and puts the infinite ones at either end. Any input is
/// memory-safe: levels are clamped to [0, L] (NaN to 0) before they index anything.
///
/// Complexity: O(m + 2ᵇ) time per sample for spread-out scores, O(m log m) worst case; O(m) memory.
final class SampleSorter {
    /// Up to this many alternatives, levels have two 8-bit digits and (level, index) pairs are packed
    /// in 32 bits; beyond it, 11-bit digits in 64 bits (a 22-bit level does not fit 16 bits).
    static let narrowLimit = 4096
    let m: Int
    /// Alternatives in rank order after ``sort(_:order:positions:)``: all m when it reports a tie,
    /// otherwise only `sorted[0]` (the rest is in the positions written); when only the first few
    /// places are counted, the alternatives that can hold them (see `selectFirst`).
    let sorted: UnsafeMutablePointer<Int32>
    /// `sortedKeys[x]` is the key of `sorted[x]`, filled only when ``sort(_:order:positions:)`` reports
    /// a tie.
    let sortedKeys: UnsafeMutablePointer<Double>
    /// Bits per radix digit; quantised keys have two digits.
    private let digitBits: Int
    private let keys: UnsafeMutablePointer<Double>
    /// Packed (level, index) pairs: in index order, then after the second pass in sorted order.
    private let packedStorage: UnsafeMutableRawPointer
    private let scratchStorage: UnsafeMutableRawPointer
    /// Sorted positions whose left neighbour is on the same level.
    private let sameLevel: UnsafeMutablePointer<Int32>
    private let lowCounts: UnsafeMutablePointer<Int32>
    private let highCounts: UnsafeMutablePointer<Int32>

    init(alternatives m: Int) {
        precondition(m >= 1 && m <= Int(Int32.max))
        self.m = m
        digitBits = m <= Self.narrowLimit ? 8 : 11
        sorted = .allocate(capacity: m)
        sortedKeys = .allocate(capacity: m)
        keys = .allocate(capacity: m)
        sameLevel = .allocate(capacity: m)
        let width = m <= Self.narrowLimit ? 4 : 8
        packedStorage = .allocate(byteCount: m * width, alignment: width)
        scratchStorage = .allocate(byteCount: m * width, alignment: width)
        for storage in [packedStorage, scratchStorage] {
            if width == 4 { storage.bindMemory(to: UInt32.self, capacity: m) } else { storage.bindMemory(to: UInt64.self, capacity: m) }
        }
        lowCounts = .allocate(capacity: 1 << digitBits)
        highCounts = .allocate(capacity: 1 << digitBits)
    }

    deinit {
        sorted.deallocate(); sortedKeys.deallocate(); keys.deallocate(); sameLevel.deallocate(); packedStorage.deallocate(); scratchStorage.deallocate()
        lowCounts.deallocate(); highCounts.deallocate()
    }

    /// The largest quantised level L = 2²ᵇ − 1.
    private var levels: Double { Double((1 << (2 * digitBits)) - 1) }

    /// Sorts `scores` (m of them) into ``sorted`` and writes every alternative's position to
    /// `positions` (``sortedKeys`` too when there is a tie).
    /// - Returns: whether two adjacent sorted keys are equal (a tie the caller must resolve; the
    ///   positions written are then those of the order by (key descending, index ascending)).
    func sort(_ scores: UnsafeBufferPointer<Double>, order: Ranking.Order, positions: PositionSink) -> Bool {
        precondition(scores.count == m)
        let m = self.m, s = scores.baseAddress!
        let sign: Double = order == .descending ? 1 : -1
        if m <= Self.insertionLimit { return insertionSort(s, sign: sign, positions) }
        if m >= Self.selectionMinimum && positions.limit &* Self.selectionRatio <= m { return selectFirst(s, sign: sign, positions) }
        // The range in four independent lanes (no loop-carried latency); `finite` stays 0 unless
        // a score is ±∞ or NaN, because x·0 is NaN exactly then.
        var hi = SIMD4<Double>(repeating: -.infinity), lo = SIMD4<Double>(repeating: .infinity)
        var finite = SIMD4<Double>(repeating: 0)
        var i = 0
        while i &+ 4 <= m {
            let v = SIMD4(s[i], s[i &+ 1], s[i &+ 2], s[i &+ 3])
            hi.replace(with: v, where: v .> hi)
            lo.replace(with: v, where: v .< lo)
            finite += v * 0
            i &+= 4
        }
        var top = hi.max(), bottom = lo.min(), check = finite.sum()
        while i < m { top = Swift.max(top, s[i]); bottom = Swift.min(bottom, s[i]); check += s[i] * 0; i &+= 1 }
        let scale = top > bottom ? levels / (top - bottom) : 0
        guard check == 0 && (top - bottom).isFinite && scale.isFinite else { return sortNonFinite(s, sign: sign, positions) }
        // q = (best key − key)·scale: for descending scores (top − s)·scale, for ascending (s − bottom)·scale.
        let origin = sign > 0 ? top : bottom, factor = sign * scale
        return radixSort(positions, level: { (origin - s[$0]) * factor }, key: { sign * s[$0] })
    }

    /// Up to this many alternatives (the 5 of an AHP analysis under doubt, scored 100,000 times), an
    /// insertion sort: the radix sort's two 256-entry histograms cost more than the whole sort.
    static let insertionLimit = 24

    /// Insertion sort of the indices by (key descending, index ascending), keys sign·score with
    /// NaN → −∞ as in the other paths: an alternative moves ahead only of strictly smaller keys,
    /// so equal keys stay in index order. O(m²) for m ≤ ``insertionLimit``.
    private func insertionSort(_ s: UnsafePointer<Double>, sign: Double, _ positions: PositionSink) -> Bool {
        let m = self.m, key = keys, order = sorted
        for i in 0..<m {
            let k = sign * s[i]
            key[i] = k.isNaN ? -.infinity : k
            var y = i
            while y > 0 && key[Int(order[y &- 1])] < key[i] { order[y] = order[y &- 1]; y &-= 1 }
            order[y] = Int32(truncatingIfNeeded: i)
        }
        var tie = false
        for x in 0..<m {
            positions.write(Int(order[x]), x)
            if x > 0 && key[Int(order[x &- 1])] == key[Int(order[x])] { tie = true }
        }
        if tie { for x in 0..<m { sortedKeys[x] = key[Int(order[x])] } }
        return tie
    }

    /// From this many alternatives, and at least ``selectionRatio`` times as many as the ranks
    /// counted, the first places are selected rather than everything sorted.
    static let selectionMinimum = 256
    static let selectionRatio = 16

    /// The first K places only (K = `positions.limit` ≪ m, as when SMAA counts the first 20 ranks
    /// of 34,000 cities): the K-th largest key T is found with a sorted buffer of the K largest seen
    /// (one comparison per alternative once the buffer is full), the alternatives with key ≥ T are
    /// ordered by (key descending, index ascending), and every other alternative is written as
    /// beyond the limit. The positions are those of the full sort, clamped at K, because every
    /// alternative left out has a key below all those kept. ``sorted`` and, on a tie,
    /// ``sortedKeys`` hold the kept alternatives, followed by a key of −∞ (below all kept) when some
    /// were left out; a tie is reported when two kept keys are equal, which is every tie that
    /// reaches the first K places (one crossing place K is kept whole, as all its keys are ≥ T).
    /// Keys are sign·score with NaN → −∞, as in the other paths. O(m) time for K ≪ m.
    private func selectFirst(_ s: UnsafePointer<Double>, sign: Double, _ positions: PositionSink) -> Bool {
        let m = self.m, limit = positions.limit, key = keys
        for i in 0..<m { let k = sign * s[i]; key[i] = k.isNaN ? -.infinity : k }
        // The `limit` largest keys seen, ascending, in the first entries of `sortedKeys`.
        let best = sortedKeys
        for x in 0..<limit {
            let k = key[x]
            var y = x
            while y > 0 && best[y &- 1] > k { best[y] = best[y &- 1]; y &-= 1 }
            best[y] = k
        }
        for i in limit..<m where key[i] > best[0] {
            let k = key[i]
            var y = 0
            while y &+ 1 < limit && best[y &+ 1] < k { best[y] = best[y &+ 1]; y &+= 1 }
            best[y] = k
        }
        let threshold = best[0]
        let kept = sorted
        var count = 0
        for i in 0..<m where key[i] >= threshold { kept[count] = Int32(truncatingIfNeeded: i); count &+= 1 }
        var order = UnsafeMutableBufferPointer(start: kept, count: count)
        order.sort { a, b in key[Int(a)] > key[Int(b)] || (key[Int(a)] == key[Int(b)] && a < b) }
        positions.row.update(repeating: UInt16(truncatingIfNeeded: limit), count: m)
        for x in 0..<Swift.min(count, limit) { positions.row[Int(kept[x])] = UInt16(truncatingIfNeeded: x) }
        var tie = false
        for x in 1..<Swift.max(count, 1) where key[Int(kept[x &- 1])] == key[Int(kept[x])] { tie = true; break }
        if tie {
            for x in 0..<count { sortedKeys[x] = key[Int(kept[x])] }
            if count < m { sortedKeys[count] = -.infinity }
        }
        return tie
    }

    /// Keys sign·score with NaN → −∞; levels span the finite keys, +∞ takes level 0, −∞ level L.
    private func sortNonFinite(_ s: UnsafePointer<Double>, sign: Double, _ positions: PositionSink) -> Bool {
        let key = keys
        var hi = -Double.infinity, lo = Double.infinity
        for i in 0..<m {
            let k = sign * s[i]
            key[i] = k.isNaN ? -.infinity : k
            if key[i].isFinite { hi = Swift.max(hi, key[i]); lo = Swift.min(lo, key[i]) }
        }
        let levels = self.levels
        var scale = hi > lo ? levels / (hi - lo) : 0
        if !scale.isFinite || !(hi - lo).isFinite { scale = 0 }  // all on one level: the fallback sorts them
        return radixSort(positions, level: { i in
            let k = key[i]
            return k < hi ? (k > lo ? (hi - k) * scale : levels) : 0
        }, key: { key[$0] })
    }

    /// The radix sort on quantised `level(i)`, then the exact order within each level by `key(i)`.
    @inline(__always)
    private func radixSort(_ positions: PositionSink, level: (Int) -> Double, key: (Int) -> Double) -> Bool {
        if m <= Self.narrowLimit {
            return radixSort(UInt32.self, positions, level: level, key: key)
        }
        return radixSort(UInt64.self, positions, level: level, key: key)
    }

    /// Packs (q << half) | index in `P`: 16 + 16 bits (levels of two 8-bit digits) for m ≤ 4096,
    /// 32 + 32 bits (two 11-bit digits) otherwise.
    @inline(__always)
    private func radixSort<P: FixedWidthInteger & UnsignedInteger>(_: P.Type, _ positions: PositionSink,
                                                                           level: (Int) -> Double,
                                                                           key: (Int) -> Double) -> Bool {
        let m = self.m, half = P.bitWidth / 2, indexMask = (P(1) &<< half) &- 1
        // A constant per packing (8 or 11), so that the shifts and masks below are immediates.
        let bits = P.self == UInt32.self ? 8 : 11, digits = 1 << bits, mask = P(digits - 1)
        let packed = packedStorage.assumingMemoryBound(to: P.self)
        let scratch = scratchStorage.assumingMemoryBound(to: P.self)
        let low = lowCounts, high = highCounts, top = levels
        for i in 0..<m {
            // Round to an integer by adding 2⁵² (whose unit in the last place is 1): the low bits of
            // the sum are the integer. Clamping first makes any value, NaN included, a valid level.
            let p = level(i), q = p > 0 ? (p < top ? p : top) : 0
            packed[i] = P(truncatingIfNeeded: (q + 0x1p52).bitPattern) &<< half | P(truncatingIfNeeded: i)
        }
        low.update(repeating: 0, count: digits)
        high.update(repeating: 0, count: digits)
        for i in 0..<m {
            let q = packed[i] &>> half
            low[Int(truncatingIfNeeded: q & mask)] &+= 1
            high[Int(truncatingIfNeeded: q &>> bits)] &+= 1
        }
        var lowTotal: Int32 = 0, highTotal: Int32 = 0  // exclusive prefix sums
        for d in 0..<digits {
            let a = low[d], b = high[d]
            low[d] = lowTotal; high[d] = highTotal
            lowTotal &+= a; highTotal &+= b
        }
        for i in 0..<m {  // stable by the low digit
            let v = packed[i], d = Int(truncatingIfNeeded: (v &>> half) & mask), p = Int(low[d])
            scratch[p] = v
            low[d] = Int32(truncatingIfNeeded: p &+ 1)
        }
        // Stable by the high digit: now in order of (q, index). Positions are written as they are
        // found (clamped to the limit only when some ranks are not counted).
        if positions.limit >= m {
            let row = positions.row
            for x in 0..<m {
                let v = scratch[x], d = Int(truncatingIfNeeded: v &>> (half &+ bits)), p = Int(high[d])
                packed[p] = v
                row[Int(truncatingIfNeeded: v & indexMask)] = UInt16(truncatingIfNeeded: p)
                high[d] = Int32(truncatingIfNeeded: p &+ 1)
            }
        } else {
            for x in 0..<m {
                let v = scratch[x], d = Int(truncatingIfNeeded: v &>> (half &+ bits)), p = Int(high[d])
                packed[p] = v
                positions.write(Int(truncatingIfNeeded: v & indexMask), p)
                high[d] = Int32(truncatingIfNeeded: p &+ 1)
            }
        }
        // Positions whose left neighbour shares their level; only those can be out of order.
        let shared = listSharedLevels(packed, half: half)
        let listed = sameLevel
        var tie = false, k = 0
        while k < shared {  // each run of listed positions x, x + 1, … is one level starting at x − 1
            let a = Int(listed[k]) &- 1
            var b = a &+ 2
            k &+= 1
            while k < shared && Int(listed[k]) == b { b &+= 1; k &+= 1 }
            if orderLevel(packed, from: a, to: b, indexMask: indexMask, key: key) { tie = true }
            for x in a..<b { positions.write(Int(truncatingIfNeeded: packed[x] & indexMask), x) }
        }
        // `sorted` in full only when the caller needs it (ties); otherwise the winner.
        let out = sorted
        for x in 0..<(tie ? m : 1) { out[x] = Int32(truncatingIfNeeded: packed[x] & indexMask) }
        if tie { for x in 0..<m { sortedKeys[x] = key(Int(out[x])) } }
        return tie
    }

    /// Lists in `sameLevel` the positions x ≥ 1 of `packed` (in level order) whose level equals
    /// that of x − 1, in increasing order, and returns how many. Four at a time when the words are
    /// 32-bit: a few per sample are equal, so the branch into the lanes is rarely taken.
    @inline(__always)
    private func listSharedLevels<P: FixedWidthInteger & UnsignedInteger>(_ packed: UnsafeMutablePointer<P>, half: Int) -> Int {
        let listed = sameLevel
        var shared = 0, x = 1
        if P.self == UInt32.self {
            let words = UnsafeRawPointer(packed)
            while x &+ 4 <= m {
                let current = words.loadUnaligned(fromByteOffset: x &* 4, as: SIMD4<UInt32>.self) &>> 16
                let previous = words.loadUnaligned(fromByteOffset: (x &- 1) &* 4, as: SIMD4<UInt32>.self) &>> 16
                let equal = current .== previous
                if any(equal) {
                    for lane in 0..<4 where equal[lane] { listed[shared] = Int32(truncatingIfNeeded: x &+ lane); shared &+= 1 }
                }
                x &+= 4
            }
        }
        while x < m {
            if packed[x] &>> half == packed[x &- 1] &>> half { listed[shared] = Int32(truncatingIfNeeded: x); shared &+= 1 }
            x &+= 1
        }
        return shared
    }

    /// Sorts `packed[a..<b]` (one level, in index order) by (key descending, index ascending).
    /// - Returns: whether two of its keys are equal.
    @inline(__always)
    private func orderLevel<P: FixedWidthInteger & UnsignedInteger>(_ packed: UnsafeMutablePointer<P>, from a: Int, to b: Int,
                                                                    indexMask: P, key: (Int) -> Double) -> Bool {
        @inline(__always) func k(_ v: P) -> Double { key(Int(truncatingIfNeeded: v & indexMask)) }
        if b - a > 16 {
            var slice = UnsafeMutableBufferPointer(start: packed + a, count: b - a)
            slice.sort { k($0) > k($1) || (k($0) == k($1) && $0 < $1) }  // same level: $0 < $1 compares indices
        } else {
            for x in (a &+ 1)..<b {  // insertion sort; stable, so equal keys keep index order
                let v = packed[x], kv = k(v)
                var y = x
                while y > a && k(packed[y &- 1]) < kv { packed[y] = packed[y &- 1]; y &-= 1 }
                packed[y] = v
            }
        }
        for x in (a &+ 1)..<b where k(packed[x &- 1]) == k(packed[x]) { return true }
        return false
    }
}

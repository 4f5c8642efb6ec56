/// A stable least-significant-digit radix sort by a 64-bit key: six counting passes over 11-bit
/// digits, a pass skipped when every key has the same digit. Used by ``ScoreOrder`` (scores with
/// their indices) and ``ValueSort`` (plain values).
///
/// From ``parallelMinimum`` elements the passes run on every core: the list is cut into pieces,
/// each piece counts its digits, and element e of piece p with digit d goes to
/// (elements with a smaller digit) + (elements with digit d in pieces before p) + (elements with
/// digit d before e in p), which is exactly where the serial pass puts it. So the result is the
/// same whatever the number of pieces or threads.
///
/// Complexity: O(N) time (at most 6 passes, each a counting read and a scatter), a second buffer
/// of N elements.
///
/// Reference: D. E. Knuth, *The Art of Computer Programming*, vol. 3, §5.2.5 (radix sorting).
enum RadixSort {
    private static let digitBits = 11
    private static let buckets = 1 << digitBits
    private static let passes = 6  // ⌈64 / 11⌉

    /// From this many elements, the passes run in parallel pieces of about ``parallelGrain``.
    static let parallelMinimum = 1 << 17
    static let parallelGrain = 1 << 16

    /// How many pieces the work on `count` elements is split into: 1 below ``parallelMinimum``.
    static func pieces(for count: Int) -> Int {
        count >= parallelMinimum ? ParallelLoop.pieces(work: count, grain: parallelGrain) : 1
    }

    /// A key whose unsigned order is the numeric order of `x` (not NaN): the IEEE 754 bits with the
    /// sign bit set for x ≥ 0, complemented for x < 0, −0 read as +0.
    @inline(__always)
    static func key(_ x: Double) -> UInt64 {
        let bits = (x == 0 ? 0.0 : x).bitPattern
        return bits >> 63 == 1 ? ~bits : bits | (1 << 63)
    }

    /// Sorts `items` by the unsigned order of `key`, keeping equal keys in their order.
    /// `pieces` (default: by size, 1 below ``parallelMinimum``) only decides how the work is split.
    @inline(__always)
    static func sort<Element: BitwiseCopyable>(_ items: inout [Element], pieces: Int? = nil, key: (Element) -> UInt64) {
        let count = items.count
        guard count > 1 else { return }
        let pieces = max(1, min(count, pieces ?? Self.pieces(for: count)))
        let stride = passes * buckets
        // counts[p · stride + pass · buckets + d]: elements of piece p with digit d in that pass.
        var counts = [Int](repeating: 0, count: pieces * stride)
        // Every element is written by the first pass that moves anything (none is read before).
        var scratch = [Element](unsafeUninitializedCapacity: count) { _, initialized in initialized = count }
        var inScratch = false
        counts.withUnsafeMutableBufferPointer { countBuffer in
            items.withUnsafeMutableBufferPointer { itemBuffer in
                scratch.withUnsafeMutableBufferPointer { scratchBuffer in
                    let counts = countBuffer.baseAddress!
                    var source = itemBuffer.baseAddress!, target = scratchBuffer.baseAddress!
                    @inline(__always) func bounds(_ p: Int) -> Range<Int> { count * p / pieces ..< count * (p + 1) / pieces }
                    @inline(__always) func digit(_ e: Element, _ shift: UInt64) -> Int { Int(truncatingIfNeeded: (key(e) >> shift) & UInt64(buckets - 1)) }
                    // Every pass's digits, counted in one read.
                    do {
                        let start = source
                        ParallelLoop.forEach(pieces) { p in
                            let c = counts + p * stride
                            for i in bounds(p) {
                                let k = key(start[i])
                                for pass in 0..<passes { c[pass &* buckets &+ Int(truncatingIfNeeded: (k >> UInt64(pass &* digitBits)) & UInt64(buckets - 1))] &+= 1 }
                            }
                        }
                    }
                    var moved = false
                    for pass in 0..<passes {
                        let shift = UInt64(pass * digitBits), base = pass * buckets
                        let first = digit(source[0], shift)
                        var same = 0
                        for p in 0..<pieces { same += counts[p * stride + base + first] }
                        if same == count { continue }  // one digit for all
                        let (from, to) = (source, target)
                        if moved {  // the pieces hold other elements now: count this digit again
                            ParallelLoop.forEach(pieces) { p in
                                let c = counts + p * stride + base
                                c.update(repeating: 0, count: buckets)
                                for i in bounds(p) { c[digit(from[i], shift)] &+= 1 }
                            }
                        }
                        var start = 0  // offsets: by digit, then by piece
                        for d in 0..<buckets {
                            for p in 0..<pieces {
                                let c = counts + p * stride + base + d
                                let n = c.pointee
                                c.pointee = start
                                start += n
                            }
                        }
                        ParallelLoop.forEach(pieces) { p in
                            let offsets = counts + p * stride + base
                            for i in bounds(p) {
                                let e = from[i], d = digit(e, shift), o = offsets[d]
                                to[o] = e
                                offsets[d] = o &+ 1
                            }
                        }
                        swap(&source, &target)
                        inScratch.toggle()
                        moved = true
                    }
                }
            }
        }
        if inScratch { swap(&items, &scratch) }
    }
}

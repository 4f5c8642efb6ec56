import MCDACore

/// Finds the first name in a list that repeats an earlier one, exactly as `Set<String>` would
/// (Swift's `==`, canonical equivalence), but fast for a million alternatives.
///
/// When every name is ASCII, two names are `==` exactly when their bytes are equal, so names are
/// compared by a 64-bit hash of their bytes (``hash(_:)``) and, on equal hashes, by `==`. The work
/// is split by the hash's top bits into independent partitions (a name can only repeat a name of
/// its own partition), checked in parallel; each partition reports its first repeat and the
/// smallest of those is the answer, whatever the number of threads. Otherwise (a non-ASCII name,
/// where "K" (U+212A) equals "K") a `Set<String>` in one pass.
///
/// Complexity: O(m) expected time, O(m) memory.
enum DuplicateNames {
    /// The index of the first name that equals an earlier one, or nil.
    /// - Parameters:
    ///   - names: the names, in file order.
    ///   - hashes: ``hash(_:)`` of each name's UTF-8 bytes (same count as `names`).
    ///   - ascii: true when every name is ASCII (then `hashes` decide candidate pairs).
    static func firstRepeat(_ names: [String], hashes: [UInt64], ascii: Bool) -> Int? {
        precondition(names.count == hashes.count, "one hash per name")
        guard names.count > 1 else { return nil }
        guard ascii, names.count < Int(UInt32.max) else {  // (slots hold an index + 1 in 32 bits)
            var seen = Set<String>(minimumCapacity: names.count)
            return names.indices.first { !seen.insert(names[$0]).inserted }
        }
        // Partition by the top bits, then each partition's rows in file order.
        let bits = names.count < 1 << 16 ? 0 : 4
        let partitions = 1 << bits
        let shift = UInt64(64 - bits)
        func partition(_ h: UInt64) -> Int { bits == 0 ? 0 : Int(h >> shift) }
        // Counted and scattered in pieces on every core: partition-major, then piece by piece, so
        // each partition's rows stay in file order.
        let m = names.count, pieces = bits == 0 ? 1 : ParallelLoop.pieces(work: m, grain: 1 << 16)
        var counts = [Int](repeating: 0, count: pieces * partitions)
        counts.withUnsafeMutableBufferPointer { counts in
            ParallelLoop.forEach(pieces) { piece in
                for i in m * piece / pieces ..< m * (piece + 1) / pieces { counts[piece * partitions + partition(hashes[i])] += 1 }
            }
        }
        var starts = [Int](repeating: 0, count: partitions + 1)
        var total = 0
        for p in 0..<partitions {
            starts[p] = total
            for piece in 0..<pieces { let c = counts[piece * partitions + p]; counts[piece * partitions + p] = total; total += c }
        }
        starts[partitions] = total
        let rows = [Int](unsafeUninitializedCapacity: m) { rows, initialized in
            counts.withUnsafeMutableBufferPointer { next in
                ParallelLoop.forEach(pieces) { piece in
                    for i in m * piece / pieces ..< m * (piece + 1) / pieces {
                        let slot = piece * partitions + partition(hashes[i])
                        rows[next[slot]] = i
                        next[slot] += 1
                    }
                }
            }
            initialized = m
        }
        var firsts = [Int](repeating: Int.max, count: partitions)
        firsts.withUnsafeMutableBufferPointer { firsts in
            ParallelLoop.forEach(partitions) { p in
                firsts[p] = firstRepeat(names, hashes, rows: rows[starts[p]..<starts[p + 1]]) ?? Int.max
            }
        }
        let first = firsts.min() ?? Int.max
        return first == Int.max ? nil : first
    }

    /// The first repeat among `rows` (increasing indices): open addressing with linear probing
    /// over a power-of-two table of 8-byte slots, each the low 32 bits of a name's hash (the top
    /// bits chose the partition) and its index + 1 (0 = empty); equal tags are confirmed by the
    /// full hashes, then by `==`. Half the bytes of (hash, index) slots: a million names need 8 MB
    /// of tables, not 32.
    private static func firstRepeat(_ names: [String], _ hashes: [UInt64], rows: ArraySlice<Int>) -> Int? {
        var capacity = 16
        while capacity < 2 * rows.count { capacity *= 2 }
        let mask = capacity - 1
        var slots = [UInt64](repeating: 0, count: capacity)
        for i in rows {
            let h = hashes[i], tag = h & 0xFFFF_FFFF
            var slot = Int(truncatingIfNeeded: h >> 7) & mask
            while slots[slot] != 0 {
                let other = Int(truncatingIfNeeded: slots[slot] >> 32) - 1
                if slots[slot] & 0xFFFF_FFFF == tag, hashes[other] == h, names[other] == names[i] { return i }
                slot = (slot + 1) & mask
            }
            slots[slot] = UInt64(i + 1) << 32 | tag
        }
        return nil
    }

    /// A 64-bit hash of bytes (8-byte words mixed by multiplication, then a final avalanche); not
    /// cryptographic, only spread: equal bytes give equal hashes, and the top bits are well mixed.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        var k = 0
        let count = bytes.count
        while k + 8 <= count {
            let word = UnsafeRawPointer(bytes.baseAddress! + k).loadUnaligned(as: UInt64.self)
            h = (h ^ word) &* 0xBF58_476D_1CE4_E5B9
            h ^= h >> 29
            k += 8
        }
        if k < count {
            var word: UInt64 = 0
            for b in k..<count { word |= UInt64(bytes[b]) << (8 * UInt64(b - k)) }
            h = (h ^ word) &* 0xBF58_476D_1CE4_E5B9
        }
        return SplitMix64.mix(h)  // final avalanche
    }
}

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
        guard ascii else {
            var seen = Set<String>(minimumCapacity: names.count)
            return names.indices.first { !seen.insert(names[$0]).inserted }
        }
        // Partition by the top bits: one counting pass, then each partition's rows in file order.
        let bits = names.count < 1 << 16 ? 0 : 4
        let partitions = 1 << bits
        let shift = UInt64(64 - bits)
        func partition(_ h: UInt64) -> Int { bits == 0 ? 0 : Int(h >> shift) }
        var starts = [Int](repeating: 0, count: partitions + 1)
        for h in hashes { starts[partition(h) + 1] += 1 }
        for p in 0..<partitions { starts[p + 1] += starts[p] }
        var next = starts
        var rows = [Int](repeating: 0, count: names.count)
        for (i, h) in hashes.enumerated() {
            let p = partition(h)
            rows[next[p]] = i
            next[p] += 1
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
    /// over a power-of-two table of (hash, index + 1) slots.
    private static func firstRepeat(_ names: [String], _ hashes: [UInt64], rows: ArraySlice<Int>) -> Int? {
        var capacity = 16
        while capacity < 2 * rows.count { capacity *= 2 }
        let mask = capacity - 1
        var slotHashes = [UInt64](repeating: 0, count: capacity)
        var slotIndices = [Int](repeating: 0, count: capacity)  // index + 1; 0 = empty
        for i in rows {
            let h = hashes[i]
            var slot = Int(truncatingIfNeeded: h) & mask
            while slotIndices[slot] != 0 {
                if slotHashes[slot] == h, names[slotIndices[slot] - 1] == names[i] { return i }
                slot = (slot + 1) & mask
            }
            slotHashes[slot] = h
            slotIndices[slot] = i + 1
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

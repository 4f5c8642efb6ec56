/// Sorting a list of doubles into increasing order by a least-significant-digit radix sort: the
/// sort behind quantiles of 100,000 simulated weights (``WeightDistribution``), several times
/// faster there than a comparison sort.
///
/// Each value becomes the 64-bit key of ``RadixSort/key(_:)`` (IEEE 754 bits with the sign bit set for
/// x ≥ 0, complemented for x < 0, −0 read as +0), whose unsigned order is the numeric order; keys
/// are sorted by ``RadixSort`` (simulated weights in [0, 1] share their top digits, so passes are
/// skipped), and the values are read back from the keys. The result is
/// the same list as `sort()` gives, except that −0 may come out as +0.
///
/// Values must not be NaN. Complexity: O(N) time (at most 6 passes), 2 × 8·N bytes.
///
/// Reference: D. E. Knuth, *The Art of Computer Programming*, vol. 3, §5.2.5 (radix sorting).
///
/// Example: `var x = [0.3, -1, 0.2]; ValueSort.sort(&x)` leaves `[-1, 0.2, 0.3]`.
enum ValueSort {
    /// Sorts `values` into increasing order (see the type's description).
    static func sort(_ values: inout [Double]) {
        guard values.count > 1 else { return }
        var keys = values.map(RadixSort.key)
        RadixSort.sort(&keys) { $0 }
        for k in keys.indices {
            let key = keys[k]
            values[k] = Double(bitPattern: key >> 63 == 1 ? key & ~(1 << 63) : ~key)
        }
    }
}

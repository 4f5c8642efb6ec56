/// An append-only UTF-8 buffer that Swift's number formatting can write into directly.
struct JSONSink: TextOutputStream {
    var bytes: [UInt8] = []
    /// Buffers for the pieces of long lists, reused from one list to the next (``JSONValue/writeList``).
    var scratch: [JSONSink] = []

    mutating func write(_ string: String) { bytes.append(contentsOf: string.utf8) }

    /// The standard library's hook for ASCII text (the digits of a `Double`): copying the bytes
    /// directly skips the `String` that `write(_:)` would need, which halves the cost of a number.
    mutating func _writeASCII(_ buffer: UnsafeBufferPointer<UInt8>) { bytes.append(contentsOf: buffer) }

    /// Room for `extra` more bytes, growing geometrically (an exact `reserveCapacity` per call would
    /// copy the whole buffer every time).
    mutating func reserve(_ extra: Int) {
        let needed = bytes.count + extra
        if needed > bytes.capacity { bytes.reserveCapacity(Swift.max(needed, 2 * bytes.capacity)) }
    }

    mutating func append(_ string: String) { bytes.append(contentsOf: string.utf8) }

    /// Decimal digits of `value`, without creating a string.
    mutating func append(integer value: Int) {
        if value < 0 { bytes.append(0x2D) }
        var magnitude = value.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { d in
            repeat {
                d[count] = UInt8(truncatingIfNeeded: magnitude % 10) + 0x30
                magnitude /= 10
                count += 1
            } while magnitude > 0
            for k in stride(from: count - 1, through: 0, by: -1) { bytes.append(d[k]) }
        }
    }

    /// Writes `x` as `0.` followed by at most 8 decimals, and returns true, when x is in
    /// [0.0001, 1) and is the double nearest to such a decimal (x = r / 10⁸ for an integer r, as
    /// the shares k / N of a run of N = 10ᵉ samples are); otherwise writes nothing and returns false.
    ///
    /// These are exactly the bytes of Swift's shortest round-trip form (`x.description`): the
    /// decimal reads back to x because r < 2⁵³ and IEEE division rounds correctly; no shorter
    /// digit string does, because another decimal of at most 8 places lies at least 10⁻⁸ away,
    /// far beyond the spacing of doubles below 1 (at most 1.1·10⁻¹⁶); and Swift writes numbers from
    /// 0.0001 up in fixed notation. `JSONValueTests` compares the two forms over all k / 10⁵ and
    /// random decimals. About 15 times cheaper than the general algorithm (a million
    /// acceptabilities per SMAA run).
    @inline(__always)
    mutating func appendShortDecimal(_ x: Double) -> Bool {
        guard x >= 0.0001 && x < 1 else { return false }
        let scaled = (x * 1e8).rounded()
        guard scaled / 1e8 == x else { return false }
        var r = UInt32(scaled)  // 10,000 … 99,999,999
        var places = 8
        while r % 10 == 0 { r /= 10; places -= 1 }
        var digits: (UInt64, UInt64) = (0, 0)  // "0." + up to 8 places
        let length = places + 2
        withUnsafeMutableBytes(of: &digits) { d in
            d[0] = 0x30; d[1] = 0x2E
            for k in stride(from: length - 1, through: 2, by: -1) {
                d[k] = UInt8(truncatingIfNeeded: r % 10) + 0x30
                r /= 10
            }
            bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: d[..<length]))
        }
        return true
    }

    mutating func newline(_ indent: Int) {
        bytes.append(0x0A)
        bytes.append(contentsOf: repeatElement(0x20, count: indent))
    }
}

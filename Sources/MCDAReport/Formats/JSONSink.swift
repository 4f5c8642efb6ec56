/// An append-only UTF-8 buffer that Swift's number formatting can write into directly.
struct JSONSink: TextOutputStream {
    var bytes: [UInt8] = []
    /// Buffers for the pieces of long lists, reused from one list to the next (``JSONValue/writeList``).
    var scratch: [JSONSink] = []
    /// When not nil, the text written before `bytes`, in order: long lists hand their pieces over
    /// here rather than copying them into `bytes` (``JSONValue/chunks(pretty:)``).
    var finished: [[UInt8]]? = nil
    /// When not nil (with ``finished``), receives the finished text after each long list instead
    /// of keeping it (``JSONValue/stream(pretty:_:)``).
    var deliver: (([[UInt8]]) -> Void)? = nil

    /// In piece mode (``finished`` not nil), ends the current buffer and appends `pieces` after it
    /// without copying them; otherwise copies them into `bytes`.
    mutating func take(_ pieces: inout [JSONSink], count: Int) {
        if finished != nil {
            finished!.append(bytes)
            bytes = []
            bytes.reserveCapacity(1 << 12)
            for p in 0..<count {
                finished!.append(pieces[p].bytes)
                pieces[p].bytes = []
            }
            if let deliver {
                deliver(finished!)
                finished = []
            }
        } else {
            reserve(pieces[..<count].reduce(0) { $0 + $1.bytes.count } + 1)
            for piece in pieces[..<count] { bytes.append(contentsOf: piece.bytes) }
        }
    }

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
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            bytes.append(contentsOf: UnsafeBufferPointer(start: digits.baseAddress!, count: Self.integerDigits(value, into: digits.baseAddress!)))
        }
    }

    /// Writes the decimal digits of `value` (a minus sign first when negative) at `out`, which must
    /// have room for 20 bytes, and returns how many were written.
    @inline(__always)
    static func integerDigits(_ value: Int, into out: UnsafeMutablePointer<UInt8>) -> Int {
        var magnitude = value.magnitude, count = 0
        var reversed: (UInt64, UInt64, UInt64) = (0, 0, 0)  // up to 20 digits, least significant first
        withUnsafeMutableBytes(of: &reversed) { d in
            repeat {
                d[count] = UInt8(truncatingIfNeeded: magnitude % 10) &+ 0x30
                magnitude /= 10
                count &+= 1
            } while magnitude > 0
            let sign = value < 0 ? 1 : 0
            if sign == 1 { out[0] = 0x2D }
            for k in 0..<count { out[sign &+ k] = d[count &- 1 &- k] }
            count &+= sign
        }
        return count
    }

    /// Writes Swift's shortest round-trip form of a finite `x` (the bytes of `x.description`) at
    /// `out`, which must have room for 32 bytes, and returns how many were written.
    ///
    /// It calls the Swift runtime's formatter, the one behind `description`, directly: going through
    /// `TextOutputStream` costs about twice the formatting itself for a million scores.
    /// `JSONValueListsTests` compares the two over seeded doubles of every magnitude.
    /// The formatter writes only the significant digits, sign, point and exponent, and leaves the
    /// zeros that pad a number (`0.`, `…000.0`) to the buffer, which must hold ASCII zeros first.
    @inline(__always)
    static func shortestDigits(_ x: Double, into out: UnsafeMutablePointer<UInt8>) -> Int {
        UnsafeMutableRawPointer(out).initializeMemory(as: UInt64.self, repeating: 0x3030_3030_3030_3030, count: 4)
        return Int(truncatingIfNeeded: swiftFloat64ToString(out, 32, x, false))
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
    /// random decimals. With the append, about 135 instructions per number against about 410 for
    /// the general path (cachegrind, the million acceptabilities of a 1000-alternative SMAA run).
    @inline(__always)
    mutating func appendShortDecimal(_ x: Double) -> Bool {
        guard let (text, count) = Self.shortDecimal(x) else { return false }
        withUnsafeBytes(of: text) { raw in
            bytes.append(contentsOf: UnsafeBufferPointer(start: raw.baseAddress!.assumingMemoryBound(to: UInt8.self), count: count))
        }
        return true
    }

    /// The text of ``appendShortDecimal(_:)`` as 16 little-endian bytes and how many of them count
    /// (3 … 10), or nil when `x` is not such a decimal.
    @inline(__always)
    static func shortDecimal(_ x: Double) -> (text: (UInt64, UInt64), count: Int)? {
        guard x >= 0.0001 && x < 1 else { return nil }
        // Nearest integer to x·10⁸ (< 2⁵²) by adding and removing 2⁵², without a libm call.
        let scaled = (x * 1e8 + 0x1p52) - 0x1p52
        guard scaled / 1e8 == x else { return nil }
        // The 8 decimals of r as 8 bytes, most significant first (little-endian), split without
        // division: 4 + 4 digits, then 2 + 2 per half (x / 100 = x·10486 >> 20 for x < 43,699), then
        // 1 + 1 (x / 10 = x·103 >> 10 for x < 179), each lane multiplied at once.
        let r = UInt64(scaled)  // 10,000 … 99,999,999
        var v = r / 10_000 | (r % 10_000) << 32
        let hundreds = ((v &* 10_486) >> 20) & 0x0000_007F_0000_007F
        v = hundreds | (v &- hundreds &* 100) << 16
        let tens = ((v &* 103) >> 10) & 0x000F_000F_000F_000F
        v = tens | (v &- tens &* 10) << 8
        let places = 8 - v.leadingZeroBitCount / 8  // trailing zero decimals are the high zero bytes
        let ascii = v | 0x3030_3030_3030_3030
        return ((0x2E30 | ascii << 16, ascii >> 48), 2 + places)  // "0." and the decimals
    }

    mutating func newline(_ indent: Int) {
        bytes.append(0x0A)
        bytes.append(contentsOf: repeatElement(0x20, count: indent))
    }
}

/// The Swift runtime's `swift_float64ToString(buffer, length, value, debug)`, the formatter behind
/// `Double.description` (exported by libswiftCore on every platform): writes the digits and returns
/// their count.
@_silgen_name("swift_float64ToString")
private func swiftFloat64ToString(_ buffer: UnsafeMutablePointer<UInt8>, _ length: UInt, _ value: Double, _ debug: Bool) -> UInt64

/// The exact fast path for reading short decimals (Clinger 1990), used before `strtod`.
///
/// A decimal ±d₁d₂…dₖ × 10^e whose significand w = d₁…dₖ (leading zeros dropped) is at most 2⁵³
/// and whose exponent satisfies |e| ≤ 22 is converted with one IEEE operation on two exactly
/// representable doubles: w × 10^e, or w ÷ 10^−e. Both operands are exact (every integer up to 2⁵³
/// and every power of ten up to 10²² is a double), and an IEEE multiplication or division rounds its
/// exact result once, to nearest even, so the answer is the correctly rounded value of the
/// decimal — the same double that `strtod` and `Double(String)` return.
///
/// Anything else (more significant digits, a larger exponent, hexadecimal, `inf`, leading
/// whitespace, any unexpected byte) returns nil, and the caller falls back to `strtod`. The accepted
/// syntax is a subset of `strtod`'s: `[+-]? digits [. digits?]? ([eE] [+-]? digits)?` or
/// `[+-]? . digits (…)?`, at least one significand digit.
///
/// Complexity: O(length), no allocation.
///
/// Reference: W. D. Clinger, "How to read floating point numbers accurately", PLDI 1990,
/// doi:10.1145/93542.93557.
///
/// Example: the bytes of `"512.309803"` give w = 512309803, e = −6, and 512309803 / 10⁶.
enum DecimalFastPath {
    /// 10⁰ … 10²², each exactly representable as a double.
    private static let powersOfTen: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ]

    /// The largest significand whose conversion to Double is exact.
    private static let maxExactSignificand: UInt64 = 1 << 53

    /// The value of the decimal in `bytes`, or nil when the fast path does not apply.
    @inline(__always)
    static func value(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        guard let (x, end) = prefix(bytes, from: 0), end == bytes.count else { return nil }
        return x
    }

    /// The decimal that starts at `bytes[start]`, read as far as the syntax above goes, and the
    /// index of the first byte after it; nil when no decimal starts there or the fast path does
    /// not apply to it. (A caller reading a field checks that the field ends at that index.)
    @inline(__always)
    static func prefix(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (value: Double, end: Int)? {
        let count = bytes.count
        var i = start
        var negative = false
        if i < count, bytes[i] == 0x2D || bytes[i] == 0x2B { negative = bytes[i] == 0x2D; i += 1 }
        var w: UInt64 = 0
        var significantDigits = 0
        var digits = 0
        var exponent = 0
        while i < count, bytes[i] &- 0x30 < 10 {
            let d = UInt64(bytes[i] &- 0x30)
            if w != 0 || d != 0 { significantDigits += 1 }
            w = w &* 10 &+ d
            digits += 1
            i += 1
        }
        if i < count, bytes[i] == 0x2E {
            i += 1
            while i < count, bytes[i] &- 0x30 < 10 {
                let d = UInt64(bytes[i] &- 0x30)
                if w != 0 || d != 0 { significantDigits += 1 }
                w = w &* 10 &+ d
                digits += 1
                exponent -= 1
                i += 1
            }
        }
        // 19 significant digits always fit in a UInt64; more might have wrapped.
        guard digits > 0, significantDigits <= 19 else { return nil }
        if i < count, bytes[i] == 0x65 || bytes[i] == 0x45 {
            i += 1
            var exponentNegative = false
            if i < count, bytes[i] == 0x2D || bytes[i] == 0x2B { exponentNegative = bytes[i] == 0x2D; i += 1 }
            var e = 0
            var exponentDigits = 0
            while i < count, bytes[i] &- 0x30 < 10 {
                if e < 100_000 { e = e * 10 + Int(bytes[i] &- 0x30) }
                exponentDigits += 1
                i += 1
            }
            guard exponentDigits > 0 else { return nil }
            exponent += exponentNegative ? -e : e
        }
        guard w <= maxExactSignificand else { return nil }
        if w == 0 { return (negative ? -0.0 : 0.0, i) }
        guard exponent >= -22, exponent <= 22 else { return nil }
        let x = exponent >= 0 ? Double(w) * powersOfTen[exponent] : Double(w) / powersOfTen[-exponent]
        return (negative ? -x : x, i)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Testing
import _TestSupport
@testable import MCDAInput

@Suite struct DecimalFastPathTests {
    /// The fast path's answer for `text` (nil: not taken).
    func fast(_ text: String) -> Double? {
        Array(text.utf8).withUnsafeBufferPointer { DecimalFastPath.value($0) }
    }

    /// C `strtod`, with the number of bytes it read.
    func strtodValue(_ text: String) -> (Double, Int) {
        text.withCString { p in
            var end: UnsafeMutablePointer<CChar>?
            let x = strtod(p, &end)
            return (x, end.map { $0 - UnsafeMutablePointer(mutating: p) } ?? 0)
        }
    }

    /// Whenever the fast path answers, strtod reads the whole text and gives the same bits, and so
    /// does Double(String).
    func expectAgreement(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        guard let x = fast(text) else { return }
        let (y, read) = strtodValue(text)
        #expect(read == text.utf8.count, "strtod stopped early on '\(text)'", sourceLocation: sourceLocation)
        #expect(x.bitPattern == y.bitPattern, "'\(text)': fast \(x), strtod \(y)", sourceLocation: sourceLocation)
        #expect(x.bitPattern == Double(text)?.bitPattern, "'\(text)': fast \(x), Double(String) \(String(describing: Double(text)))",
                sourceLocation: sourceLocation)
    }

    @Test func edgeCasesAreExactOrDeclined() {
        // Taken, with known values.
        #expect(fast("512.309803") == 512.309803)
        #expect(fast("-0")?.sign == .minus && fast("-0") == 0)
        #expect(fast("+.5") == 0.5 && fast("5.") == 5 && fast("1e22") == 1e22 && fast("1e-22") == 1e-22)
        #expect(fast("9007199254740992") == 9_007_199_254_740_992)  // 2^53
        #expect(fast("0e999999999") == 0 && fast("000000000000000000000000001.5") == 1.5)
        // Declined: not exact in one operation, or not a plain decimal.
        for text in ["9007199254740993", "1e23", "1e-23", "12345678901234567890", "0.1234567890123456789012",
                     "", "-", "+", ".", "e5", "1e", "1e+", "1.2.3", " 1", "1 ", "0x10", "inf", "nan", "1,5", "--1", "1e5.0", "١"] {
            #expect(fast(text) == nil, "'\(text)' should fall back to strtod")
        }
        for text in ["0.1", "0.3", "2.2250738585072014e-308", "1.7976931348623157e308", "123456789012345678", "4.35",
                     "-1.000000000000000000", "0.000000000000000000001", "99999999999999999e-10", "1e0", "1E+05", "-7e-0"] {
            expectAgreement(text)
        }
    }

    /// Seeded random decimals of every shape the fast path takes (and some it declines), checked
    /// against strtod and Double(String) bit for bit.
    @Test func seededRandomDecimalsMatchStrtod() {
        var rng = TestRNG(seed: 2024)
        var taken = 0
        for _ in 0..<200_000 {
            let integerDigits = Int.random(in: 0...12, using: &rng)
            let fractionDigits = Int.random(in: 0...12, using: &rng)
            guard integerDigits + fractionDigits > 0 else { continue }
            var text = ["", "-", "+"][Int.random(in: 0...2, using: &rng)]
            for _ in 0..<integerDigits { text.append(Character(String(Int.random(in: 0...9, using: &rng)))) }
            if fractionDigits > 0 || Bool.random(using: &rng) { text.append(".") }
            for _ in 0..<fractionDigits { text.append(Character(String(Int.random(in: 0...9, using: &rng)))) }
            if Int.random(in: 0..<4, using: &rng) == 0 {
                text += ["e", "E"][Int.random(in: 0...1, using: &rng)] + ["", "-", "+"][Int.random(in: 0...2, using: &rng)]
                text += String(Int.random(in: 0...30, using: &rng))
            }
            if fast(text) != nil { taken += 1 }
            expectAgreement(text)
        }
        #expect(taken > 100_000)  // the fast path is the common path
    }

    /// Every double printed with 1 to 17 significant digits, the way CSV writers print them.
    @Test func printedDoublesRoundTrip() {
        var rng = TestRNG(seed: 7)
        for _ in 0..<50_000 {
            let x = Double.random(in: -1e6...1e6, using: &rng)
            for digits in [6, 9, 15, 17] {
                let text = String(format: digits, x)
                expectAgreement(text)
            }
            expectAgreement("\(x)")
        }
    }
}

private extension String {
    /// `x` with `digits` significant digits (C's %.*g).
    init(format digits: Int, _ x: Double) {
        var buffer = [CChar](repeating: 0, count: 64)
        _ = withVaList([Int32(digits), x]) { vsnprintf(&buffer, 64, "%.*g", $0) }
        self = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

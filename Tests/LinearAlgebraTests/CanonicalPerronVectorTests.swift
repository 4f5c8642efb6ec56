@testable import LinearAlgebra
import Testing
import _TestSupport

@Suite struct CanonicalPerronVectorTests {
    func canonical(_ v: [Double]) -> [Double]? {
        var w = v
        return w.withUnsafeMutableBufferPointer { canonicalisePerronVector($0) } ? w : nil
    }

    /// Sign and scale: any positive multiple, negative ones included, gives the same bits.
    @Test func signAndScaleAreFixed() throws {
        let v = [0.5, 0.25, 0.125, 0.0625]
        let w = try #require(canonical(v))
        #expect(canonical(v.map { $0 * -3 }) == w && canonical(v.map { $0 * 1e-200 }) == w)
        #expect(allClose(w, v.map { $0 / 0.9375 }, tolerance: 1e-15))
    }

    /// What LAPACK builds disagree on: a few ulps per component. Seeded random vectors moved by up
    /// to 8 ulps per component come back with the same bits (2,000 vectors of 9: no component
    /// lies within 8 ulps of a 40-bit rounding boundary for this seed; in general about one in
    /// 500 would).
    @Test func lastBitsDoNotMatter() throws {
        var rng = TestRNG(seed: 40)
        var same = 0
        for _ in 0..<2_000 {
            let v = (0..<9).map { _ in Double.random(in: 0.01...1, using: &rng) }
            let moved = v.map { x in
                var y = x
                for _ in 0..<Int.random(in: 0...8, using: &rng) { y = Bool.random(using: &rng) ? y.nextUp : y.nextDown }
                return y
            }
            if canonical(v) == canonical(moved) { same += 1 }
        }
        #expect(same >= 1_990, "\(same) of 2,000")
    }

    /// The rounding changes a component by at most about 10⁻¹² relative, and the result sums to 1.
    @Test func roundingIsSmall() throws {
        var rng = TestRNG(seed: 41)
        for _ in 0..<500 {
            let v = (0..<7).map { _ in Double.random(in: 1e-6...1, using: &rng) }
            let total = v.reduce(0, +)
            let w = try #require(canonical(v))
            for (x, y) in zip(v, w) { #expect(abs(y - x / total) <= 2e-12 * (x / total)) }
            #expect(abs(w.reduce(0, +) - 1) < 1e-15)
        }
        #expect(roundedTo40Bits(1 + 0x1p-41) == 1 + 0x1p-40 && roundedTo40Bits(1 + 0x1p-42) == 1)
        #expect(roundedTo40Bits(2 - 0x1p-52) == 2)  // a carry into the exponent
    }

    @Test func zeroOrNonFiniteSumIsRefused() {
        #expect(canonical([1, -1]) == nil && canonical([.infinity, 1]) == nil && canonical([.nan]) == nil)
    }
}

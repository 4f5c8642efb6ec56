/// Makes a Perron eigenvector the same bits on every LAPACK build: sign and scale fixed (Σw = 1),
/// then each component rounded to 40 significant bits and the rounded vector divided by its sum.
///
/// Reference LAPACK and OpenBLAS (or one LAPACK built with other compiler flags) return
/// eigenvectors that differ in the last few bits: on random 6×6 and 9×9 Saaty-scale matrices the
/// two Debian builds disagree on almost every vector, by a median of 1 and at most 37 units in the
/// last place. Equal weights in exact arithmetic (symmetric judgments) then differ by an ulp in a
/// direction that depends on the library, and so can the order of alternatives that tie in exact
/// arithmetic. Rounding to 40 bits (12 decimal digits; the step is 2⁻⁴⁰ ≈ 9.1·10⁻¹³ relative,
/// about 4,000 ulps) maps vectors that differ by a few ulps to the same bits unless a component lies
/// within those ulps of a rounding boundary: measured on 3,000 random matrices, 0.03 % (n = 9) and
/// 0.1 % (n = 6) of the vectors still differ, instead of all of them (Benchmarks/README.md, "The
/// same answer on every machine"). Dividing by the sum of the rounded components is itself
/// deterministic, so the result sums to 1 up to rounding.
///
/// wᵢ = r(vᵢ / Σv) / Σⱼ r(vⱼ / Σv), with r(x) = x rounded to 40 significant bits, halves away from
/// zero (|r(x) − x| ≤ 2⁻⁴¹·|x|). The relative change of a component is at most about 10⁻¹².
///
/// - Parameter vector: an eigenvector with a finite, nonzero sum (any sign or scale); replaced by
///   its canonical form.
/// - Returns: false (leaving `vector` alone) when the sum is zero or not finite.
///
/// Complexity: O(n).
func canonicalisePerronVector(_ vector: UnsafeMutableBufferPointer<Double>) -> Bool {
    var sum = 0.0
    for v in vector { sum += v }
    guard sum.isFinite && sum != 0 else { return false }
    var rounded = 0.0
    for i in vector.indices {
        let r = roundedTo40Bits(vector[i] / sum)
        vector[i] = r
        rounded += r
    }
    for i in vector.indices { vector[i] /= rounded }
    return true
}

/// x rounded to 40 significant bits (the 12 low bits of the 52-bit fraction cleared, halves away
/// from zero). A carry out of the fraction moves the exponent up, which is the right rounding; finite
/// input stays finite below 2¹⁰²⁴·(1 − 2⁻⁴¹), which Perron vectors scaled to Σ = 1 never reach.
@inline(__always)
func roundedTo40Bits(_ x: Double) -> Double {
    Double(bitPattern: (x.bitPattern &+ 0x800) & ~0xFFF)
}

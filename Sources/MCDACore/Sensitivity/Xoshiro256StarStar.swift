/// The seeded pseudo-random generator behind every stochastic analysis: xoshiro256** (Blackman &
/// Vigna 2021, "Scrambled linear pseudorandom number generators", ACM TOMS 47(4):36,
/// doi:10.1145/3460772), with its 256-bit state filled by ``SplitMix64`` (Steele, Lea & Flood 2014,
/// doi:10.1145/2714064.2660195) as its authors recommend.
///
/// Streams: ``init(seed:stream:)`` derives independent-looking generators from one user seed, one
/// per block of samples, so that a simulation split into fixed blocks gives the same numbers
/// whatever the number of threads. The stream's SplitMix64 starts at `mix(seed) ⊕ mix(stream ⊕ c)`
/// (mix = SplitMix64's output function, c a fixed odd constant) and its next four outputs are the
/// xoshiro state. Two streams would have to share a 256-bit state, or come within 2⁶⁴ steps of
/// each other on a period of 2²⁵⁶ − 1, to overlap.
///
/// Pure Swift, no Foundation, deterministic on every platform.
///
/// Example:
/// ```swift
/// var rng = Xoshiro256StarStar(seed: 42)
/// let u = rng.nextUnit()          // in [0, 1)
/// let k = Int.random(in: 0..<6, using: &rng)
/// ```
public struct Xoshiro256StarStar: RandomNumberGenerator, Sendable {
    private var s0: UInt64, s1: UInt64, s2: UInt64, s3: UInt64

    /// A generator for `seed` (stream 0).
    public init(seed: UInt64) { self.init(seed: seed, stream: 0) }

    /// Stream number `stream` of `seed`: the generator for one block of a parallel simulation.
    public init(seed: UInt64, stream: UInt64) {
        var state = SplitMix64.mix(seed) ^ SplitMix64.mix(stream ^ 0x6A09_E667_F3BC_C909)
        s0 = SplitMix64.next(&state)
        s1 = SplitMix64.next(&state)
        s2 = SplitMix64.next(&state)
        s3 = SplitMix64.next(&state)
        if s0 | s1 | s2 | s3 == 0 { s0 = 1 }  // the one state xoshiro cannot leave
    }

    /// A generator with the given raw state (not all zero); for checking against published vectors.
    init(state: (UInt64, UInt64, UInt64, UInt64)) {
        (s0, s1, s2, s3) = state
        precondition(s0 | s1 | s2 | s3 != 0, "xoshiro state must not be all zero")
    }

    /// The next 64 random bits.
    @inlinable @inline(__always)
    public mutating func next() -> UInt64 { step() }

    @usableFromInline @inline(__always)
    mutating func step() -> UInt64 {
        let result = rotate(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = rotate(s3, 45)
        return result
    }

    @usableFromInline @inline(__always)
    func rotate(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }

    /// A uniform double in [0, 1) with 53 random bits.
    @inlinable @inline(__always)
    public mutating func nextUnit() -> Double { Double(next() >> 11) * 0x1p-53 }

    /// A uniform double in the open interval (0, 1): safe to take the logarithm of.
    @inlinable @inline(__always)
    public mutating func nextOpenUnit() -> Double { (Double(next() >> 11) + 0.5) * 0x1p-53 }
}

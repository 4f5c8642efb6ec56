/// SplitMix64: a 64-bit seeded generator and its bijective output function (Steele, Lea & Flood
/// 2014, "Fast splittable pseudorandom number generators", OOPSLA '14, doi:10.1145/2714064.2660195,
/// with the mixing constants of Vigna's `splitmix64.c`).
///
/// Each step adds the golden gamma γ = 0x9E3779B97F4A7C15 to the 64-bit state and returns
/// ``mix(_:)`` of the new state, all arithmetic mod 2⁶⁴:
///
///     z = (x ⊕ (x ≫ 30)) · 0xBF58476D1CE4E5B9
///     z = (z ⊕ (z ≫ 27)) · 0x94D049BB133111EB
///     mix(x) = z ⊕ (z ≫ 31)
///
/// Period 2⁶⁴; every seed (also 0) is valid. It seeds ``Xoshiro256StarStar`` and derives its
/// streams; ``mix(_:)`` alone is a good avalanche finaliser for hashes. Not for simulations that
/// need more than 2⁶⁴ numbers, and not cryptographic.
///
/// Complexity: O(1) per number. Pure Swift, deterministic on every platform.
///
/// Example:
/// ```swift
/// var rng = SplitMix64(seed: 0)
/// rng.next()                       // 0xE220A8397B1DCDAF
/// let k = Int.random(in: 0..<6, using: &rng)
/// SplitMix64.mix(0x9E37_79B9_7F4A_7C15) // 0xE220A8397B1DCDAF, the same first output
/// ```
public struct SplitMix64: RandomNumberGenerator, Sendable {
    @usableFromInline var state: UInt64

    /// A generator whose state starts at `seed` (any value).
    @inlinable public init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    @inlinable @inline(__always)
    public mutating func next() -> UInt64 { Self.next(&state) }

    /// Advances `state` by γ and returns ``mix(_:)`` of the new state: the generator as a function
    /// of a bare `UInt64` state.
    @inlinable @inline(__always)
    public static func next(_ state: inout UInt64) -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return mix(state)
    }

    /// The output function: a bijective 64-bit finaliser (every input bit affects every output bit).
    @inlinable @inline(__always)
    public static func mix(_ x: UInt64) -> UInt64 {
        var z = x
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

import MCDACore
import Testing

@Suite struct SplitMix64Tests {
    /// From state 0: the values that SplitMix64 test suites list for Vigna's splitmix64.c
    /// (γ = 0x9E3779B97F4A7C15, multipliers 0xBF58476D1CE4E5B9 and 0x94D049BB133111EB, shifts 30,
    /// 27, 31); a Python transcription gives the same.
    @Test func stateZeroGivesTheKnownValues() {
        var rng = SplitMix64(seed: 0)
        #expect((0..<3).map { _ in rng.next() } == [0xE220_A839_7B1D_CDAF, 0x6E78_9E6A_A1B9_65F4, 0x06C4_5D18_8009_454F])
    }

    /// The first five of the fifty values in the `reference` test of the rand_xoshiro crate (Rust;
    /// rust-random/rngs, rand_xoshiro/src/splitmix64.rs, seed 1477776061723855037), which says they
    /// were produced with the reference splitmix64.c.
    @Test func matchesPublishedVector() {
        var rng = SplitMix64(seed: 1_477_776_061_723_855_037)
        let expected: [UInt64] = [
            1_985_237_415_132_408_290, 2_979_275_885_539_914_483, 13_511_426_838_097_143_398,
            8_488_337_342_461_049_707, 15_141_737_807_933_549_159,
        ]
        #expect((0..<5).map { _ in rng.next() } == expected)
    }

    /// The doc comment's example; the generator, the state function and `mix` agree.
    @Test func example() {
        var rng = SplitMix64(seed: 0)
        #expect(rng.next() == 0xE220_A839_7B1D_CDAF)
        #expect(SplitMix64.mix(0x9E37_79B9_7F4A_7C15) == 0xE220_A839_7B1D_CDAF)
        var a = SplitMix64(seed: 12345), state: UInt64 = 12345
        for _ in 0..<10 { #expect(a.next() == SplitMix64.next(&state)) }
        let k = Int.random(in: 0..<6, using: &rng)
        #expect((0..<6).contains(k))
    }
}

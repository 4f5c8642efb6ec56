// Test helpers shared by the test targets. Not API: the leading underscore says so.

import MCDACore

/// A tiny seeded generator for property tests: MCDACore's ``SplitMix64`` under the name the tests
/// use (the same numbers for the same seed).
public struct TestRNG: RandomNumberGenerator, Sendable {
    private var base: SplitMix64
    public init(seed: UInt64) { base = SplitMix64(seed: seed) }
    public mutating func next() -> UInt64 { base.next() }
}

/// True when every pair of entries differs by at most `tolerance`.
public func allClose(_ a: [Double], _ b: [Double], tolerance: Double) -> Bool {
    a.count == b.count && zip(a, b).allSatisfy { abs($0 - $1) <= tolerance }
}

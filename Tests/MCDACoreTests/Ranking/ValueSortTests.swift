import Testing
import _TestSupport
@testable import MCDACore

/// The radix sort behind weight quantiles gives the list `sort()` gives (±0 aside).
@Suite struct ValueSortTests {
    @Test func sameListAsTheComparisonSort() {
        for m in [0, 1, 2, 3, 64, 1000, 100_000] {
            let values = ScoreOrderTests.scores(m, seed: UInt64(m) + 7)
            var radix = values
            ValueSort.sort(&radix)
            // `==` treats −0 and +0 as equal, the one difference the type allows.
            #expect(radix == values.sorted(), "m = \(m)")
        }
    }

    /// Simulated weights (all in [0, 1], sharing their top digits, so passes are skipped) and a
    /// column of one repeated value (every pass skipped).
    @Test func weightsAndConstantColumns() {
        var rng = TestRNG(seed: 11)
        let weights = (0..<50_000).map { _ in Double.random(in: 0..<1, using: &rng) / 3 }
        var sorted = weights
        ValueSort.sort(&sorted)
        #expect(sorted == weights.sorted())
        var constant = [Double](repeating: 0.125, count: 1000)
        ValueSort.sort(&constant)
        #expect(constant == [Double](repeating: 0.125, count: 1000))
    }
}

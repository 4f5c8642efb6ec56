import MCDACore
import Testing
import _TestSupport

@Suite struct WeightDistributionTests {
    /// NumPy's default percentile (linear, Hyndman & Fan type 7) of [1, 2, 3, 4]: 5 % → 1.15,
    /// 50 % → 2.5, 95 % → 3.85; sample standard deviation √(5/3).
    @Test func summarisesLikeNumPy() {
        let d = WeightDistribution(samples: [4, 0.4, 1, 0.1, 3, 0.3, 2, 0.2], criteria: ["a", "b"])
        #expect(d.sampleCount == 4)
        #expect(allClose(d.mean, [2.5, 0.25], tolerance: 1e-15))
        #expect(allClose(d.standardDeviation, [(5.0 / 3).squareRoot(), (5.0 / 3).squareRoot() / 10], tolerance: 1e-15))
        #expect(allClose(d.percentile5, [1.15, 0.115], tolerance: 1e-15))
        #expect(allClose(d.median, [2.5, 0.25], tolerance: 1e-15))
        #expect(allClose(d.percentile95, [3.85, 0.385], tolerance: 1e-15))
    }

    @Test func singleSampleHasNoSpread() {
        let d = WeightDistribution(samples: [0.7, 0.3], criteria: ["a", "b"])
        #expect(d.standardDeviation == [0, 0] && d.percentile5 == [0.7, 0.3] && d.percentile95 == [0.7, 0.3])
    }

    /// The summary depends on the multiset of samples only: any order of the rows gives the same
    /// bits (so simulations may store samples in the order their threads finish).
    @Test func sampleOrderDoesNotChangeAnyBit() {
        var rng = TestRNG(seed: 3)
        let rows = (0..<1000).map { _ in (0..<3).map { _ in Double.random(in: 0...1, using: &rng) } }
        let d = WeightDistribution(samples: rows.flatMap { $0 }, criteria: ["a", "b", "c"])
        for _ in 0..<5 {
            #expect(WeightDistribution(samples: rows.shuffled(using: &rng).flatMap { $0 }, criteria: ["a", "b", "c"]) == d)
        }
    }
}

import MCDACore
import Testing
import _TestSupport

@Suite struct WeightsTests {
    @Test func normalisedWeightsSumToOne() {
        #expect(Weights.normalized([2, 1, 1]) == [0.5, 0.25, 0.25])
        var rng = TestRNG(seed: 3)
        for _ in 0..<100 {
            let w = (0..<7).map { _ in Double.random(in: 0...10, using: &rng) }
            #expect(abs(Weights.normalized(w).reduce(0, +) - 1) < 1e-15)
        }
    }

    /// Weights whose sum overflows keep their proportions (they used to become zeros, and the
    /// analysis then said "all weights are zero").
    @Test func hugeWeightsKeepTheirProportions() {
        let third: Double = 1.0 / 3
        let thirds = Weights.normalized([1e308, 1e308, 1e308])
        #expect(thirds == [third, third, third])
        let w = Weights.normalized([1.5e308, 5e307, 0])
        #expect(allClose(w, [0.75, 0.25, 0], tolerance: 1e-15))
    }
}

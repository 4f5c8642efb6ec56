import MCDACore
import Testing

@Suite struct SampleSummaryTests {
    /// NumPy: np.mean, np.std(ddof=1), np.quantile(…, [0.25, 0.5, 0.75]) of [1, 0.5, 0.75, 0.25].
    @Test func matchesNumPyOnAHandMadeSample() {
        let s = SampleSummary([1, 0.5, 0.75, 0.25])
        #expect(s.count == 4)
        #expect(s.mean == 0.625)
        #expect(abs(s.sd - 0.3227486121839514) < 1e-15)
        #expect(s.q1 == 0.4375 && s.median == 0.625 && s.q3 == 0.8125)
        #expect(s.min == 0.25 && s.max == 1)
    }

    @Test func oneValueHasNoSpreadAndNoValuesAreNaN() {
        let one = SampleSummary([0.3])
        #expect(one.mean == 0.3 && one.sd == 0 && one.q1 == 0.3 && one.q3 == 0.3)
        let none = SampleSummary([])
        #expect(none.count == 0 && none.mean.isNaN && none.sd.isNaN && none.median.isNaN)
    }

    /// The summary depends on the multiset only: any order gives the same bits.
    @Test func orderDoesNotChangeTheBits() {
        let values: [Double] = (0..<1000).map { (k: Int) -> Double in
            let spread = Double(k * 7919 % 1009) / 1009
            return spread + 1e-3 * Double(k % 7)
        }
        #expect(SampleSummary(values) == SampleSummary(values.reversed()))
        #expect(SampleSummary(values) == SampleSummary(values.shuffled()))
    }
}

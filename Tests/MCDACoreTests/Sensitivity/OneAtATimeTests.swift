import MCDACore
import Testing
import _TestSupport

@Suite struct OneAtATimeTests {
    @Test func othersAreRescaledInProportion() throws {
        #expect(allClose(try WeightSensitivity.rescaledWeights([0.2, 0.3, 0.5], criterion: 0, to: 0.6), [0.6, 0.15, 0.25], tolerance: 1e-15))
        #expect(allClose(try WeightSensitivity.rescaledWeights([2, 3, 5], criterion: 2, to: 0), [0.4, 0.6, 0], tolerance: 1e-15))
        // No other weight to scale: they share 1 − t equally.
        #expect(allClose(try WeightSensitivity.rescaledWeights([1, 0, 0], criterion: 0, to: 0.4), [0.4, 0.3, 0.3], tolerance: 1e-15))
    }

    /// Adding δ to wⱼ and renormalising (Triantaphyllou & Sánchez 1997) is the proportional
    /// rescaling with t = (wⱼ + δ)/(1 + δ).
    @Test func equalsAddingDeltaThenRenormalising() throws {
        let w = [0.1, 0.25, 0.4, 0.25]
        for delta in [-0.05, 0.02, 0.3, 2.0] {
            var raw = w
            raw[1] += delta
            let t = (w[1] + delta) / (1 + delta)
            #expect(allClose(try WeightSensitivity.rescaledWeights(w, criterion: 1, to: t), Weights.normalized(raw), tolerance: 1e-15))
        }
    }

    @Test func rejectsBadArguments() {
        #expect(throws: MCDAError.self) { try WeightSensitivity.rescaledWeights([0.5, 0.5], criterion: 0, to: 1.5) }
        #expect(throws: SensitivityError.criterionOutOfRange(criterion: 2, count: 2)) {
            try WeightSensitivity.rescaledWeights([0.5, 0.5], criterion: 2, to: 0.5)
        }
        #expect(throws: MCDAError.self) { try WeightSensitivity.rescaledWeights([1], criterion: 0, to: 1) }
        #expect(throws: MCDAError.zeroWeights) { try WeightSensitivity.rescaledWeights([0, 0], criterion: 0, to: 0.5) }
        #expect(throws: MCDAError.self) { try WeightSensitivity.sweep(try linearScoring(2, 2, [1, 0, 0, 1]), weights: [0.5, 0.5], criterion: 0,
                                                                       search: BreakpointSearch(scanStep: 0.1, tolerance: 0.2)) }
    }
}

@testable import MCDACore
import Testing
import _TestSupport

@Suite struct SMAAOptionsTests {
    /// Lahdelma & Salminen (2001), section 4: α₁ = 1 ≥ … ≥ αₘ; linear (m − r)/(m − 1),
    /// inverse 1/r, centroid Σₖ₌ᵣᵐ 1/k ÷ Σₖ₌₁ᵐ 1/k.
    @Test func metaWeightsFollowTheirFormulas() {
        #expect(allClose(SMAAMetaWeights.linear.values(alternatives: 5), [1, 0.75, 0.5, 0.25, 0], tolerance: 1e-15))
        #expect(allClose(SMAAMetaWeights.inverse.values(alternatives: 4), [1, 0.5, 1.0 / 3, 0.25], tolerance: 1e-15))
        // m = 3: tails 11/6, 5/6, 1/3 over 11/6.
        #expect(allClose(SMAAMetaWeights.centroid.values(alternatives: 3), [1, 5.0 / 11, 2.0 / 11], tolerance: 1e-15))
        for w in SMAAMetaWeights.allCases { #expect(w.values(alternatives: 1) == [1]) }
    }

    @Test func defaultsAreDocumented() {
        let o = SMAAOptions()
        #expect(o.samples == 10_000 && o.seed == 0 && o.threads == 1 && o.ties == .split && o.rankLimit == nil && o.metaWeights == .linear)
    }

    /// m × K is bounded so that a worker's counters fit in memory: 20,000 alternatives need a
    /// rank limit (20,000² = 4·10⁸ > 10⁸), and 5,000 rank limits pass; the error says what to do.
    @Test func largeProblemsMustLimitTheRanksCounted() throws {
        let all = SMAAOptions()
        #expect(throws: MCDAError.self) { try all.validate(alternatives: 20_000) }
        do {
            try all.validate(alternatives: 20_000)
        } catch {
            #expect("\(error)".contains("at most 5000 ranks"))
        }
        try SMAAOptions(rankLimit: 5_000).validate(alternatives: 20_000)
        #expect(throws: MCDAError.self) { try SMAAOptions(rankLimit: 5_001).validate(alternatives: 20_000) }
        try all.validate(alternatives: 10_000)
    }
}

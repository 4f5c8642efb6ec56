import MCDACore
import Testing
import _TestSupport

@Suite struct CILOSWeightsTests {
    /// The doc-comment example, by hand: shares [[0.6, 0.25], [0.4, 0.75]] give p₂₁ = 1/3,
    /// p₁₂ = 2/3 and q = (2/3, 1/3).
    @Test func docExample() throws {
        let r = try CILOSWeights().evaluate(try WeightingFixtures.matrix([[6, 1], [4, 3]]))
        #expect(allClose(r.weights, [2.0 / 3, 1.0 / 3], tolerance: 1e-15))
        #expect(allClose(r.values("impactLosses") ?? [], [1.0 / 3, 2.0 / 3], tolerance: 1e-15))
    }

    /// A cost column is first turned into min/x: [3, 1] as a cost is [1/3, 1], the benefit
    /// column [1, 3] up to scale, so the weights are those of the doc example.
    @Test func costColumnsAreInverted() throws {
        let cost = try CILOSWeights().evaluate(try WeightingFixtures.matrix([[6, 3], [4, 1]], costs: [1])).weights
        #expect(allClose(cost, [2.0 / 3, 1.0 / 3], tolerance: 1e-15))
    }

    /// One alternative best on every criterion: nobody loses, F = 0, every q solves F q = 0; and
    /// zeros have no reciprocal.
    @Test func unusableDataIsAnError() throws {
        #expect { try CILOSWeights().evaluate(try WeightingFixtures.matrix([[6, 3], [4, 1]])) } throws: { error in
            "\(error)".contains("CILOS") && "\(error)".contains("unique")
        }
        #expect(throws: MCDAError.nonPositiveValue(method: "CILOS weights", alternative: "A1", criterion: "C2", value: 0)) {
            try CILOSWeights().evaluate(try WeightingFixtures.matrix([[6, 0], [4, 1]], costs: [1]))
        }
    }
}

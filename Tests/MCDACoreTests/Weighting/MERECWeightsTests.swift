import Foundation
import MCDACore
import Testing
import _TestSupport

@Suite struct MERECWeightsTests {
    /// The doc-comment example, by hand: E₁ = S₂ = ln(1 + ln 2 / 2), E₂ = S₁ = ln(1 + ln 4 / 2).
    @Test func docExample() throws {
        let r = try MERECWeights().evaluate(try WeightingFixtures.matrix([[1, 10], [2, 40]], costs: [1]))
        let s1 = log(1 + log(4.0) / 2), s2 = log(1 + log(2.0) / 2)
        #expect(allClose(r.values("removalEffects") ?? [], [s2, s1], tolerance: 1e-15))
        #expect(allClose(r.weights, [s2 / (s1 + s2), s1 / (s1 + s2)], tolerance: 1e-15))
        #expect(abs(r.weights[0] - 0.36105) < 1e-5)
    }

    @Test func constantColumnAndNonPositiveValues() throws {
        let r = try MERECWeights().evaluate(try WeightingFixtures.matrix([[3, 1], [3, 2], [3, 5]]))
        #expect(r.weights == [0, 1] && r.diagnostics == [.constantCriterion("C1")])
        #expect(throws: MCDAError.nonPositiveValue(method: "MEREC weights", alternative: "A2", criterion: "C2", value: 0)) {
            try MERECWeights().evaluate(try WeightingFixtures.matrix([[3, 1], [4, 0]]))
        }
    }
}

import MCDACore
import Testing
import _TestSupport

@Suite struct GiniWeightsTests {
    /// The doc-comment example: G = 8/36 and 12/36 (Σᵢ Σₖ |xᵢ − xₖ| / (2 m² μ)).
    @Test func docExample() throws {
        let r = try GiniWeights().evaluate(try WeightingFixtures.matrix([[1, 1], [2, 1], [3, 4]]))
        #expect(allClose(r.values("giniCoefficients") ?? [], [8.0 / 36, 12.0 / 36], tolerance: 1e-15))
        #expect(allClose(r.weights, [0.4, 0.6], tolerance: 1e-15))
    }

    @Test func zerosNegativesAndConstantColumns() throws {
        let r = try GiniWeights().evaluate(try WeightingFixtures.matrix([[0, 1], [0, 0], [0, 3]]))
        #expect(r.weights == [0, 1] && r.diagnostics == [.constantCriterion("C1")])
        #expect { try GiniWeights().evaluate(try WeightingFixtures.matrix([[1, 2], [-1, 3]])) } throws: { error in
            "\(error)".contains("'A2'") && "\(error)".contains("'C1'") && "\(error)".contains("Gini")
        }
    }
}

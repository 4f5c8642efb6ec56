import Foundation
import MCDACore
import Testing
import _TestSupport

@Suite struct LOPCOWWeightsTests {
    /// The doc-comment example: benefit [1, 2, 3] and cost [3, 1, 2] both scale to a permutation of
    /// [0, ½, 1]: PV = 100 ln(2 √(5/12)).
    @Test func docExample() throws {
        let r = try LOPCOWWeights().evaluate(try WeightingFixtures.matrix([[1, 3], [2, 1], [3, 2]], costs: [1]))
        let pv = 100 * log(2 * (5.0 / 12).squareRoot())
        #expect(allClose(r.values("percentageValues") ?? [], [pv, pv], tolerance: 1e-12))
        #expect(allClose(r.weights, [0.5, 0.5], tolerance: 1e-15))
    }

    /// Directions matter: [1, 2, 10] scales to [0, 1/9, 1] as a benefit and to [1, 8/9, 0] as a
    /// cost, with different root mean squares. A constant column gets weight 0, not NaN.
    @Test func directionsAndConstantColumns() throws {
        let rows: [[Double]] = [[1, 3], [2, 1], [10, 2]]
        let benefit = try LOPCOWWeights().evaluate(try WeightingFixtures.matrix(rows)).weights
        let cost = try LOPCOWWeights().evaluate(try WeightingFixtures.matrix(rows, costs: [0])).weights
        #expect(abs(benefit[0] - cost[0]) > 0.01)
        let constant = try LOPCOWWeights().evaluate(try WeightingFixtures.matrix([[1, 5], [2, 5], [4, 5]]))
        #expect(constant.weights == [1, 0] && constant.diagnostics == [.constantCriterion("C2")])
    }
}

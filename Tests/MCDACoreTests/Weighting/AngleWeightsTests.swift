import Foundation
import MCDACore
import Testing
import _TestSupport

@Suite struct AngleWeightsTests {
    /// The doc-comment example: a constant column has θ = 0; [1, 3] has θ = arccos(4/√20).
    @Test func docExample() throws {
        let r = try AngleWeights().evaluate(try WeightingFixtures.matrix([[1, 1], [1, 3]]))
        #expect(allClose(r.values("angles") ?? [], [0, acos(4 / 20.0.squareRoot())], tolerance: 1e-15))
        #expect(r.weights == [0, 1] && r.diagnostics == [.constantCriterion("C1")])
    }

    /// θ does not depend on a column's unit, nor on the direction.
    @Test func unitsAndDirectionsDoNotMatter() throws {
        let rows: [[Double]] = [[1, 20], [4, 30], [2, 70]]
        let w = try AngleWeights().evaluate(try WeightingFixtures.matrix(rows)).weights
        let scaled = try AngleWeights().evaluate(try WeightingFixtures.matrix(rows.map { [$0[0] * 1000, $0[1]] }, costs: [1])).weights
        #expect(allClose(w, scaled, tolerance: 1e-14))
        #expect { try AngleWeights().evaluate(try WeightingFixtures.matrix([[1, 2], [3, -1]])) } throws: { error in
            "\(error)".contains("'A2'") && "\(error)".contains("'C2'") && "\(error)".contains("angle")
        }
    }
}

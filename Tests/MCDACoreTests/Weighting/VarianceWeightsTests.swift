import MCDACore
import Testing
import _TestSupport

@Suite struct VarianceWeightsTests {
    /// The doc-comment example: scaled variances 1/4 and 1/3.
    @Test func docExample() throws {
        let r = try VarianceWeights().evaluate(try WeightingFixtures.matrix([[1, 10], [2, 10], [3, 40]]))
        #expect(allClose(r.values("variances") ?? [], [0.25, 1.0 / 3], tolerance: 1e-15))
        #expect(allClose(r.weights, [3.0 / 7, 4.0 / 7], tolerance: 1e-15))
    }

    /// Proportional to the squares of the min-max standard-deviation weights' σ.
    @Test func squaresOfStandardDeviations() throws {
        let x = try WeightingFixtures.random(rows: 20, columns: 5, seed: 3)
        let sigma = try StandardDeviationWeights().evaluate(x).standardDeviations
        let squares = sigma.map { $0 * $0 }, total = squares.reduce(0, +)
        #expect(allClose(try VarianceWeights().evaluate(x).weights, squares.map { $0 / total }, tolerance: 1e-14))
        #expect(throws: MCDAError.self) { try VarianceWeights().evaluate(try WeightingFixtures.matrix([[1, 4]])) }
    }
}

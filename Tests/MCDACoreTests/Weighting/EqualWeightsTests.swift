import MCDACore
import Testing

@Suite struct EqualWeightsTests {
    @Test func oneOverN() throws {
        let x = try WeightingFixtures.matrix([[1, 2, 3, 4]])
        let r = EqualWeights().evaluate(x)
        #expect(r.weights == [0.25, 0.25, 0.25, 0.25])
        #expect(r.criteria == ["C1", "C2", "C3", "C4"] && r.diagnostics.isEmpty && r.method == .equal)
    }
}

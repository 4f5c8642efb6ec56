import MCDACore
import Testing

@Suite struct WeightedScoringTests {
    /// The array convenience passes the weights through and returns one score per alternative.
    @Test func arrayFormCallsTheKernel() {
        let s = ClosureScoring(alternatives: 3, criteria: 2, order: .descending) { w in [w[0], w[1], w[0] + w[1]] }
        #expect(s.scores(weights: [0.25, 0.75]) == [0.25, 0.75, 1])
    }
}

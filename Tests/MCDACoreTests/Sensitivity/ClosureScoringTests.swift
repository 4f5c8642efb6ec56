import MCDACore
import Testing

@Suite struct ClosureScoringTests {
    @Test func closureScoringReplacesNaNByTheWorstScore() {
        let desc = ClosureScoring(alternatives: 3, criteria: 2, order: .descending) { w in [w[0], .nan, w[1]] }
        #expect(desc.scores(weights: [0.25, 0.75]) == [0.25, -.infinity, 0.75])
        let asc = ClosureScoring(alternatives: 2, criteria: 1, order: .ascending) { _ in [.nan, 1] }
        #expect(asc.scores(weights: [1]) == [.infinity, 1])
        let wrong = ClosureScoring(alternatives: 2, criteria: 1, order: .descending) { _ in [1] }
        #expect(wrong.scores(weights: [1]) == [-.infinity, -.infinity])
    }
}

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

    /// A method that fails on some sampled weights used to score every alternative −∞ there (a
    /// silent tie that shifted the acceptabilities); now the simulation stops and says why.
    @Test func aFailureOnASampledWeightVectorStopsTheSimulation() throws {
        struct Refused: Error, CustomStringConvertible { var description: String { "refused" } }
        let flaky = ClosureScoring(alternatives: 3, criteria: 2, order: .descending, method: "flaky") { w in
            guard w[0] < 0.9 else { throw Refused() }
            return [w[0], w[1], 0.5]
        }
        #expect {
            try SMAA.analyze(flaky, weights: .uniform(criteria: 2), options: SMAAOptions(samples: 2000, seed: 1, threads: 2))
        } throws: { error in
            guard case SensitivityError.methodFailed(let method, let reason) = error else { return false }
            return method == "flaky" && reason.hasPrefix("refused (at weights 0.9")
        }
        // The same kernel on weights where it does not fail runs to the end.
        let steady = ClosureScoring(alternatives: 3, criteria: 2, order: .descending, method: "steady") { w in [w[0], w[1], 0.5] }
        let r = try SMAA.analyze(steady, weights: .uniform(criteria: 2), options: SMAAOptions(samples: 2000, seed: 1, threads: 2))
        #expect(abs(r.firstRankAcceptability.reduce(0, +) - 1) < 1e-12)
    }
}

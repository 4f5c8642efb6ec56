import MCDACore
import Testing
import _TestSupport

@Suite struct DecisionAnalysisTests {
    /// Five alternatives over the seven drinks criteria (AHPTests), weighted by Saaty's (2008)
    /// drinks judgments.
    func problem() throws -> (DecisionMatrix, CriteriaWeighting) {
        var rng = TestRNG(seed: 21)
        let matrix = try DecisionMatrix(alternatives: ["p", "q", "r", "s", "t"],
                                        criteria: drinks.elements.map { Criterion(id: $0, direction: .benefit) },
                                        values: (0..<35).map { _ in Double.random(in: 1...10, using: &rng) })
        let judgments = try IncompleteComparisons(elements: drinks.elements, entries: drinks.entries.map { Optional($0) })
        return (matrix, .ahp(judgments, priority: .eigenvector, randomIndex: .default, completion: .default))
    }

    /// Judgment doubt runs the eigen-solves once: the weight distribution comes from the SMAA
    /// scenarios themselves and equals, bit for bit, a separate pass over the same seed.
    @Test func judgmentDoubtSummarisesTheScenariosOwnWeights() throws {
        let (matrix, weighting) = try problem()
        var options = DecisionAnalysisOptions()
        options.samples = 2000
        options.seed = 8
        let analysis = try DecisionAnalysis(matrix: matrix, weighting: weighting, options: options)
        let separate = try JudgmentPerturbation(matrix: drinks, noise: WeightDoubt.defaultJudgmentNoise)
            .weightDistribution(samples: 2000, seed: 8)
        #expect(analysis.weightDistribution == separate)
        #expect(analysis.smaa.weightModel == "AHP judgments ±1 Saaty step(s) with probability 0.5")
    }

    @Test func judgmentDoubtIsIdenticalForAnyThreadCount() throws {
        let (matrix, weighting) = try problem()
        var options = DecisionAnalysisOptions()
        options.samples = 1500
        options.uncertainty = .relative([Double](repeating: 0.2, count: 7))
        let runs = try [1, 2, 4].map { threads in
            options.threads = threads
            return try DecisionAnalysis(matrix: matrix, weighting: weighting, options: options)
        }
        for run in runs.dropFirst() {
            #expect(run.weightDistribution == runs[0].weightDistribution)
            #expect(run.smaa.rankAcceptability == runs[0].smaa.rankAcceptability)
        }
        #expect(runs[0].weightDistribution?.sampleCount == 1500)
    }

    /// Equal weights on 40 criteria under the default ±50 % spread: the default hit-and-run
    /// thinning (54,706 steps per sample) would run for about 17 minutes, so the analysis stops
    /// at once with the numbers; an explicit thinning runs.
    @Test func manyCriteriaUnderSpreadDoubtFailFastOrTakeAThinning() throws {
        let matrix = try DecisionMatrix(alternatives: ["a", "b"], criteria: (0..<40).map { Criterion(id: "c\($0)", direction: .benefit) },
                                        values: (0..<80).map { Double($0 % 9 + 1) })
        let weighting = CriteriaWeighting.given([Double](repeating: 1, count: 40))
        #expect {
            try DecisionAnalysis(matrix: matrix, weighting: weighting, options: DecisionAnalysisOptions())
        } throws: { error in
            guard case SensitivityError.hitAndRunTooLong(let work) = error else { return false }
            return work.samples == 10_000 && work.thinning == 54_706
        }
        var options = DecisionAnalysisOptions()
        options.samples = 300
        options.thinning = 20
        let analysis = try DecisionAnalysis(matrix: matrix, weighting: weighting, options: options)
        #expect(analysis.smaa.weightModel == "hit-and-run (burn-in 200, thinning 20)")
        #expect(analysis.doubt == DoubtModel(weights: .spread(relative: 0.5, thinning: 20), data: .exact))
    }
}

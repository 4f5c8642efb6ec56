@testable import MCDACore
import Testing
import _TestSupport

@Suite struct RecordingWeightSourceTests {
    /// Seven criteria (the drinks elements of AHPTests) and four alternatives.
    func scoring() throws -> WeightedSumScoring {
        var rng = TestRNG(seed: 11)
        return try linearScoring(4, 7, (0..<28).map { _ in Double.random(in: 0...1, using: &rng) })
    }

    /// With exact data the recorded weights are the draws of a separate pass over the same seed,
    /// so both summaries are bit-for-bit equal, and recording does not change the SMAA result.
    @Test(arguments: [1, 2, 3])
    func exactDataRecordsTheSameWeightsAsASeparatePass(threads: Int) throws {
        let p = try JudgmentPerturbation(matrix: drinks, noise: .saatySteps(maxSteps: 1, probability: 0.5))
        let options = SMAAOptions(samples: 2500, seed: 4, threads: threads)
        let run = try SMAA.simulateRecordingWeights(weights: p, plan: .fixed(try scoring()), options: options,
                                                    weightModel: p.summary, criteria: drinks.elements, progress: nil)
        #expect(run.weights == (try p.weightDistribution(samples: 2500, seed: 4, threads: 1)))
        let plain = try p.rankAcceptability(try scoring(), options: options)
        #expect(run.result.rankAcceptability == plain.rankAcceptability && run.result.centralWeights == plain.centralWeights)
        #expect(run.result.weightModel == p.summary && run.weights.sampleCount == 2500)
    }

    /// With uncertain data the weights share their streams with the data draws; the recorded
    /// summary is still identical for any number of threads.
    @Test func uncertainDataIsIdenticalForAnyThreadCount() throws {
        let p = try JudgmentPerturbation(matrix: drinks, noise: .logNormal(sigma: 0.3))
        var rng = TestRNG(seed: 12)
        let matrix = try DecisionMatrix(alternatives: ["a", "b", "c"], criteria: drinks.elements.map { Criterion(id: $0, direction: .benefit) },
                                        values: (0..<21).map { _ in Double.random(in: 1...10, using: &rng) })
        let factory = WeightedSumScoring.factory(normalization: .max)
        let plan = ScoringPlan.perturbed(matrix: matrix, uncertainty: .relative([Double](repeating: 0.1, count: 7)),
                                         factory: factory, base: try factory(matrix))
        let runs = try [1, 2, 4].map { threads in
            try SMAA.simulateRecordingWeights(weights: p, plan: plan, options: SMAAOptions(samples: 3000, seed: 5, threads: threads),
                                              weightModel: p.summary, criteria: drinks.elements, progress: nil)
        }
        for run in runs.dropFirst() {
            #expect(run.weights == runs[0].weights && run.result.rankAcceptability == runs[0].result.rankAcceptability)
        }
        // Every recorded vector is a weight vector: the mean sums to 1.
        #expect(abs(runs[0].weights.mean.reduce(0, +) - 1) < 1e-12 && runs[0].weights.standardDeviation.allSatisfy { $0 > 0 })
    }
}

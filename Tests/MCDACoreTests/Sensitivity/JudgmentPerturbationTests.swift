@testable import MCDACore
import Testing
import _TestSupport

@Suite struct JudgmentPerturbationTests {
    /// Without noise every sample is the AHP eigenvector of Saaty's (2008) drinks matrix
    /// (published .177 .019 .042 .116 .190 .129 .327; peer values from the shared reference case
    /// ahp__saaty2008_drinks, `drinks` is defined in AHPTests).
    @Test(arguments: [JudgmentPerturbation.Noise.saatySteps(maxSteps: 2, probability: 0), .logNormal(sigma: 0)])
    func withoutNoiseEverySampleIsTheEigenvector(noise: JudgmentPerturbation.Noise) throws {
        let d = try JudgmentPerturbation(matrix: drinks, noise: noise).weightDistribution(samples: 1500, seed: 1)
        let expected = [0.17745674744571696, 0.019149476024353598, 0.041831181662097865, 0.11641703173485865,
                        0.18957237532617624, 0.12878054853872248, 0.3267926392680742]
        #expect(allClose(d.mean, expected, tolerance: 1e-12))
        #expect(allClose(d.percentile5, expected, tolerance: 1e-12) && allClose(d.percentile95, expected, tolerance: 1e-12))
        #expect(d.standardDeviation.allSatisfy { $0 < 1e-12 })
        #expect(allClose(d.mean, [0.177, 0.019, 0.042, 0.116, 0.190, 0.129, 0.327], tolerance: 5e-4))
    }

    @Test func saatyStepsStayOnTheScaleAndReciprocal() throws {
        let a = try PairwiseComparisonMatrix(elements: ["x", "y", "z"], rows: [[1, 9, 1.0 / 3], [1.0 / 9, 1, 2], [3, 0.5, 1]])
        var stream = try JudgmentPerturbation(matrix: a, noise: .saatySteps(maxSteps: 1, probability: 1)).makeStream()
        var rng = Xoshiro256StarStar(seed: 5)
        var w = [Double](repeating: 0, count: 3)
        var seen = Set<Double>()
        for _ in 0..<500 {
            try w.withUnsafeMutableBufferPointer { try stream.next(into: $0, using: &rng) }
            let e = stream.entries
            for i in 0..<3 { for j in 0..<3 { #expect(abs(e[i * 3 + j] * e[j * 3 + i] - 1) < 1e-15) } }
            #expect([8.0, 9.0].contains(e[1]))               // 9 moves to 8 or stays at the top of the scale
            #expect([0.25, 0.5].contains(e[2]))              // 1/3 moves one step either way
            #expect([1.0, 3.0].contains(e[5]))               // 2 moves to 1 or 3
            seen.insert(e[1])
            #expect(abs(w.reduce(0, +) - 1) < 1e-12 && w.allSatisfy { $0 > 0 })
        }
        #expect(seen == [8, 9])
    }

    @Test func smallLogNormalNoiseKeepsTheMeanNearTheEigenvector() throws {
        let d = try JudgmentPerturbation(matrix: drinks, noise: .logNormal(sigma: 0.1)).weightDistribution(samples: 4000, seed: 2)
        let base = try AHP.analyze(drinks).priorities
        #expect(allClose(d.mean, base, tolerance: 0.01))
        for j in 0..<7 {
            #expect(d.percentile5[j] < d.median[j] && d.median[j] < d.percentile95[j])
            #expect(d.standardDeviation[j] > 0)
        }
    }

    @Test func identicalForAnyThreadCountAndSeedDependent() throws {
        let p = try JudgmentPerturbation(matrix: drinks, noise: .saatySteps(maxSteps: 2, probability: 0.3))
        let one = try p.weightDistribution(samples: 3000, seed: 9, threads: 1)
        #expect(one == (try p.weightDistribution(samples: 3000, seed: 9, threads: 2)))
        #expect(one == (try p.weightDistribution(samples: 3000, seed: 9, threads: 4)))
        #expect(one != (try p.weightDistribution(samples: 3000, seed: 10, threads: 1)))
    }

    @Test func rankAcceptabilityUsesThePerturbedPriorities() throws {
        // Seven criteria (the drinks elements) and three alternatives.
        var rng = TestRNG(seed: 4)
        let wsm = try linearScoring(3, 7, (0..<21).map { _ in Double.random(in: 0...1, using: &rng) })
        let fixed = try JudgmentPerturbation(matrix: drinks, noise: .logNormal(sigma: 0)).rankAcceptability(wsm, options: SMAAOptions(samples: 2000))
        let ranks = Ranking.ranks(wsm.scores(weights: try AHP.analyze(drinks).priorities), order: .descending)
        for i in 0..<3 { #expect(fixed.acceptability(of: i, rank: Int(ranks[i])) == 1) }
        #expect(fixed.weightModel == "AHP judgments × exp(0.0·z)")
        let noisy = try JudgmentPerturbation(matrix: drinks, noise: .logNormal(sigma: 0.5))
        let a = try noisy.rankAcceptability(wsm, options: SMAAOptions(samples: 3000, seed: 1, threads: 1))
        let b = try noisy.rankAcceptability(wsm, options: SMAAOptions(samples: 3000, seed: 1, threads: 3))
        #expect(a.rankAcceptability == b.rankAcceptability && a.centralWeights == b.centralWeights)
    }

    @Test func rejectsBadNoiseParameters() {
        #expect(throws: MCDAError.self) { try JudgmentPerturbation(matrix: drinks, noise: .saatySteps(maxSteps: 0, probability: 0.5)) }
        #expect(throws: MCDAError.self) { try JudgmentPerturbation(matrix: drinks, noise: .saatySteps(maxSteps: 1, probability: 1.5)) }
        #expect(throws: MCDAError.self) { try JudgmentPerturbation(matrix: drinks, noise: .logNormal(sigma: -1)) }
        #expect(throws: SensitivityError.self) {
            try JudgmentPerturbation(matrix: drinks, noise: .logNormal(sigma: 0.1)).rankAcceptability(try linearScoring(2, 2, [1, 0, 0, 1]))
        }
    }
}

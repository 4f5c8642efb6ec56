import MCDACore
import Testing
import _TestSupport

/// A weighted-sum scoring over given benefit-oriented values rᵢⱼ (row-major).
func linearScoring(_ m: Int, _ n: Int, _ r: [Double]) throws -> WeightedSumScoring {
    let x = try DecisionMatrix(alternatives: (0..<m).map { "a\($0)" }, criteria: (0..<n).map { Criterion(id: "c\($0)", direction: .benefit) },
                               values: r)
    return try WeightedSumScoring(matrix: x, normalization: .none)
}

/// A random positive matrix with some cost criteria.
func randomMatrix(_ m: Int, _ n: Int, seed: UInt64) throws -> DecisionMatrix {
    var rng = TestRNG(seed: seed)
    return try DecisionMatrix(alternatives: (0..<m).map { "a\($0)" },
                              criteria: (0..<n).map { Criterion(id: "c\($0)", direction: $0 % 3 == 1 ? .cost : .benefit) },
                              values: (0..<(m * n)).map { _ in Double.random(in: 1...10, using: &rng) })
}

@Suite struct SMAATests {
    /// Two criteria under WSM with uniform weights: w = (t, 1 − t), t ~ U(0, 1), and every score is
    /// linear in t. The exact bᵢʳ is the total length of the t-intervals on which i has rank r
    /// (between consecutive crossings of the score lines the ranking is constant). The simulation
    /// must agree within 3 standard errors √(b(1 − b)/N).
    @Test func twoCriteriaAcceptabilitiesEqualIntervalLengths() throws {
        let r = [0.9, 0.1, 0.7, 0.5, 0.55, 0.55, 0.2, 0.8, 0.4, 0.3]  // a4 (0.4, 0.3) is dominated by a2 (0.55, 0.55)
        let m = 5, samples = 100_000
        let wsm = try linearScoring(m, 2, r)
        var cuts = [0.0, 1.0]
        for a in 0..<m {
            for b in (a + 1)..<m {
                let slope = (r[2 * a] - r[2 * a + 1]) - (r[2 * b] - r[2 * b + 1])
                let t = -(r[2 * a + 1] - r[2 * b + 1]) / slope
                if slope != 0 && t > 0 && t < 1 { cuts.append(t) }
            }
        }
        cuts.sort()
        var exact = [Double](repeating: 0, count: m * m)
        for (lo, hi) in zip(cuts, cuts.dropFirst()) {
            let t = (lo + hi) / 2
            let s = (0..<m).map { t * r[2 * $0] + (1 - t) * r[2 * $0 + 1] }
            for (rank, i) in (0..<m).sorted(by: { s[$0] > s[$1] }).enumerated() { exact[i * m + rank] += hi - lo }
        }
        let result = try SMAA.analyze(wsm, weights: .uniform(criteria: 2), options: SMAAOptions(samples: samples, seed: 2024))
        for k in 0..<(m * m) {
            let sigma = max(result.standardError(of: exact[k]), 1e-12)
            #expect(abs(result.rankAcceptability[k] - exact[k]) <= 3 * sigma, "alternative \(k / m), rank \(k % m + 1)")
        }
        #expect(result.acceptability(of: 4, rank: 1) == 0)
    }

    /// The simulation equals a straightforward one (sort every sample) on the very same weights:
    /// without data uncertainty SMAA draws its weights exactly as `WeightSampler.samples` does.
    @Test func equalsAStraightforwardSimulationOnTheSameWeights() throws {
        let x = try randomMatrix(12, 4, seed: 9)
        let topsis = try TOPSISScoring(matrix: x, normalization: .vector)
        let sampler = try WeightSampler.uniform(criteria: 4)
        let samples = 3000, m = 12, n = 4
        let result = try SMAA.analyze(topsis, weights: sampler, options: SMAAOptions(samples: samples, seed: 77))
        let w = try sampler.samples(count: samples, seed: 77)
        var b = [Double](repeating: 0, count: m * m), central = [Double](repeating: 0, count: m * n)
        for s in 0..<samples {
            let ws = Array(w[(s * n)..<(s * n + n)])
            let ranks = Ranking.ranks(topsis.scores(weights: ws), order: .descending)
            for i in 0..<m {
                b[i * m + Int(ranks[i]) - 1] += 1.0 / Double(samples)   // no ties in continuous scores
                if ranks[i] == 1 { for j in 0..<n { central[i * n + j] += ws[j] } }
            }
        }
        #expect(allClose(result.rankAcceptability, b, tolerance: 1e-12))
        for i in 0..<m {
            let firsts = b[i * m] * Double(samples)
            if firsts == 0 { #expect(result.centralWeights[i] == nil); continue }
            #expect(allClose(result.centralWeights[i] ?? [], (0..<n).map { central[i * n + $0] / firsts }, tolerance: 1e-9))
        }
    }

    @Test func dominatedAlternativeNeverRanksFirstAndExactDataConfidenceIsOne() throws {
        // a2 is dominated by a0 on every criterion.
        let wsm = try linearScoring(4, 3, [0.9, 0.5, 0.4, 0.2, 0.9, 0.6, 0.8, 0.4, 0.3, 0.5, 0.5, 0.9])
        let result = try SMAA.analyze(wsm, weights: .uniform(criteria: 3), options: SMAAOptions(samples: 20_000, seed: 1))
        #expect(result.acceptability(of: 2, rank: 1) == 0)
        #expect(result.centralWeights[2] == nil && result.confidenceFactors[2] == nil)
        for i in [0, 1, 3] where result.centralWeights[i] != nil {
            #expect(result.confidenceFactors[i] == 1, "alternative \(i)")
            #expect(abs(result.centralWeights[i]!.reduce(0, +) - 1) < 1e-12)
        }
    }

    @Test func acceptabilityMatrixIsDoublyStochasticAndTiesAreSplit() throws {
        // a1 and a3 are identical: always tied, so they share their ranks equally.
        let wsm = try linearScoring(4, 2, [0.9, 0.1, 0.5, 0.5, 0.1, 0.9, 0.5, 0.5])
        let result = try SMAA.analyze(wsm, weights: .uniform(criteria: 2), options: SMAAOptions(samples: 5000, seed: 3))
        let b = result.rankAcceptability
        for i in 0..<4 { #expect(abs((0..<4).reduce(0.0) { $0 + b[i * 4 + $1] } - 1) < 1e-12) }
        for r in 0..<4 { #expect(abs((0..<4).reduce(0.0) { $0 + b[$1 * 4 + r] } - 1) < 1e-12) }
        #expect(Array(b[4..<8]) == Array(b[12..<16]))
        let best = try SMAA.analyze(wsm, weights: .uniform(criteria: 2), options: SMAAOptions(samples: 5000, seed: 3, ties: .bestRank))
        #expect(Array(best.rankAcceptability[4..<8]) == Array(best.rankAcceptability[12..<16]))
        // The tied pair is always second (a0 or a2 leads): both get rank 2, nobody gets rank 3.
        let column2: Double = (0..<4).map { best.rankAcceptability[$0 * 4 + 1] }.reduce(0, +)
        let column3: Double = (0..<4).map { best.rankAcceptability[$0 * 4 + 2] }.reduce(0, +)
        #expect(abs(column2 - 2) < 1e-12 && column3 == 0)
    }

    @Test func resultsAreIdenticalForAnyThreadCount() throws {
        let x = try randomMatrix(40, 5, seed: 4)
        let wsm = try WeightedSumScoring(matrix: x, normalization: .linear)
        let constrained = try WeightSampler.bounded(lower: [0.1, 0, 0, 0.05, 0], upper: [0.5, 0.4, 1, 1, 0.3])
        for threads in [2, 4] {
            let base = SMAAOptions(samples: 5000, seed: 8, threads: 1)
            var other = base
            other.threads = threads
            let a = try SMAA.analyze(wsm, weights: constrained, options: base)
            let b = try SMAA.analyze(wsm, weights: constrained, options: other)
            #expect(a.rankAcceptability == b.rankAcceptability)
            #expect(a.centralWeights == b.centralWeights)
            #expect(a.confidenceFactors == b.confidenceFactors)
            #expect(a.holisticAcceptability == b.holisticAcceptability)
            let factory = WeightedSumScoring.factory(normalization: .linear)
            let c = try SMAA.analyze(x, uncertainty: .relative([0.1, 0.2, 0, 0.1, 0.3]), scoring: factory,
                                     weights: .uniform(criteria: 5), options: base)
            let d = try SMAA.analyze(x, uncertainty: .relative([0.1, 0.2, 0, 0.1, 0.3]), scoring: factory,
                                     weights: .uniform(criteria: 5), options: other)
            #expect(c.rankAcceptability == d.rankAcceptability)
            #expect(c.centralWeights == d.centralWeights)
            #expect(c.confidenceFactors == d.confidenceFactors)
        }
    }

    @Test func sameSeedRepeatsDifferentSeedDiffers() throws {
        let wsm = try WeightedSumScoring(matrix: try randomMatrix(10, 3, seed: 5), normalization: .max)
        let a = try SMAA.analyze(wsm, weights: .uniform(criteria: 3), options: SMAAOptions(samples: 2000, seed: 10))
        let b = try SMAA.analyze(wsm, weights: .uniform(criteria: 3), options: SMAAOptions(samples: 2000, seed: 10))
        let c = try SMAA.analyze(wsm, weights: .uniform(criteria: 3), options: SMAAOptions(samples: 2000, seed: 11))
        #expect(a.rankAcceptability == b.rankAcceptability && a.centralWeights == b.centralWeights)
        #expect(a.rankAcceptability != c.rankAcceptability)
    }

    @Test func rankLimitKeepsTheFirstColumnsAndHolisticUsesMetaWeights() throws {
        let wsm = try WeightedSumScoring(matrix: try randomMatrix(8, 3, seed: 6), normalization: .linear)
        let full = try SMAA.analyze(wsm, weights: .uniform(criteria: 3), options: SMAAOptions(samples: 3000, seed: 4, metaWeights: .centroid))
        let top = try SMAA.analyze(wsm, weights: .uniform(criteria: 3), options: SMAAOptions(samples: 3000, seed: 4, rankLimit: 3))
        #expect(top.rankLimit == 3 && top.holisticAcceptability == nil)
        for i in 0..<8 { #expect(Array(top.rankAcceptability[(i * 3)..<(i * 3 + 3)]) == Array(full.rankAcceptability[(i * 8)..<(i * 8 + 3)])) }
        #expect(top.centralWeights == full.centralWeights)
        let alpha = SMAAMetaWeights.centroid.values(alternatives: 8)
        let holistic = (0..<8).map { i in (0..<8).reduce(0.0) { $0 + alpha[$1] * full.rankAcceptability[i * 8 + $1] } }
        #expect(allClose(full.holisticAcceptability ?? [], holistic, tolerance: 1e-15))
    }

    @Test func dataUncertaintyLowersConfidenceFactors() throws {
        // Two close alternatives and a clearly worse one; ±30 % noise on every value.
        let x = try DecisionMatrix(alternatives: ["a", "b", "c"], criteria: [Criterion(id: "p", direction: .benefit), Criterion(id: "q", direction: .benefit)],
                                   values: [10, 5, 5, 10, 4, 4])
        let result = try SMAA.analyze(x, uncertainty: .relative([0.3, 0.3]), scoring: WeightedSumScoring.factory(normalization: .max),
                                      weights: .uniform(criteria: 2), options: SMAAOptions(samples: 4000, seed: 2, confidenceSamples: 2000))
        #expect(result.confidenceSampleCount == 2000)
        #expect(result.dataModel == "relative ±0.3,0.3")
        for i in 0..<2 {
            let p = try #require(result.confidenceFactors[i])
            #expect(p > 0.5 && p < 1, "alternative \(i): \(p)")
        }
    }

    @Test func factoryErrorsPropagateDeterministically() throws {
        let x = try DecisionMatrix(alternatives: ["a", "b"], criteria: [Criterion(id: "p", direction: .benefit)], values: [1, 2])
        // Intervals reaching below zero make the linear normalisation fail on some sample: the error
        // says it is a draw, and names the same draw (the lowest failing block's) for any thread count.
        var messages: [String] = []
        for threads in [1, 3] {
            do {
                _ = try SMAA.analyze(x, uncertainty: .intervals(lower: [-1, 1], upper: [2, 3]), scoring: WeightedSumScoring.factory(normalization: .linear),
                                     weights: .uniform(criteria: 1), options: SMAAOptions(samples: 5000, seed: 1, threads: threads))
                Issue.record("no error with \(threads) threads")
            } catch let error as SensitivityError {
                guard case .sampledMatrixRejected(let model, let reason) = error else { Issue.record("\(error)"); continue }
                #expect(model == "intervals" && reason.contains("linear normalisation needs positive values"))
                messages.append("\(error)")
            }
        }
        #expect(messages.count == 2 && messages[0] == messages[1])
    }

    @Test func rejectsMismatchesAndBadOptions() throws {
        let wsm = try linearScoring(2, 2, [1, 0, 0, 1])
        #expect(throws: SensitivityError.dimensionMismatch(what: "weights per sample (criteria of the scoring)", expected: 2, found: 3)) {
            try SMAA.analyze(wsm, weights: .uniform(criteria: 3))
        }
        for options in [SMAAOptions(samples: 0), SMAAOptions(threads: 0), SMAAOptions(rankLimit: 3), SMAAOptions(confidenceSamples: 0)] {
            #expect(throws: MCDAError.self) { try SMAA.analyze(wsm, weights: .uniform(criteria: 2), options: options) }
        }
    }

    @Test func reportsProgressUpToOne() throws {
        final class Log: @unchecked Sendable { var values: [Double] = [] }
        let log = Log()
        let wsm = try linearScoring(2, 2, [1, 0, 0, 1])
        _ = try SMAA.analyze(wsm, weights: .uniform(criteria: 2), options: SMAAOptions(samples: 5000, threads: 2)) { log.values.append($0) }
        #expect(log.values.count == 5 && log.values.last == 1)
        #expect(log.values == log.values.sorted())
    }
}

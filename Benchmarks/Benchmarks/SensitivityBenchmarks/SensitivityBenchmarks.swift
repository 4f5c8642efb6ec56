// Simulation benchmarks (package-benchmark): SMAA-2 on 1,000 alternatives × 6 criteria with
// 100,000 weight samples, and 100,000 perturbed 9×9 AHP matrices (each: LAPACK dgeev eigenvalues,
// then one LU solve for the Perron vector; see PerronEigenSolver), each on 2 threads. Set-up
// (matrix, normalisation, kernel) happens before `startMeasurement()`.
//
// `Benchmarks/race-smaa.sh` times the whole `mcda smaa` command against pandas + NumPy
// (`peers.py smaa`) on the same kind of matrix; README.md quotes both.
import Benchmark
import MCDACore

extension SplitMix64 {
    /// Uniform in [0, 1). The benchmark data come from MCDACore's SplitMix64, not from the
    /// xoshiro256** generator that the simulations being measured use.
    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
}

/// A rows × columns matrix with values uniform in [1, 1000) (as `peers.py generate`), benefit and
/// cost criteria alternating.
func decisionMatrix(rows: Int, columns: Int, seed: UInt64) throws -> DecisionMatrix {
    var rng = SplitMix64(seed: seed)
    let values = (0..<(rows * columns)).map { _ in 1 + 999 * rng.unit() }
    return try DecisionMatrix(alternatives: (0..<rows).map { "A\($0 + 1)" },
                              criteria: (0..<columns).map { Criterion(id: "C\($0 + 1)", direction: $0 % 2 == 0 ? .benefit : .cost) },
                              values: values)
}

/// A reciprocal matrix of order n with judgments drawn from Saaty's 1 … 9 and their inverses.
func saatyJudgments(order n: Int, seed: UInt64) throws -> PairwiseComparisonMatrix {
    var rng = SplitMix64(seed: seed)
    var a = [Double](repeating: 1, count: n * n)
    for i in 0..<n {
        for j in (i + 1)..<n {
            let x = Double(rng.next() % 9 + 1)
            a[i * n + j] = rng.next() & 1 == 0 ? x : 1 / x
            a[j * n + i] = 1 / a[i * n + j]
        }
    }
    return try PairwiseComparisonMatrix(elements: (0..<n).map { "c\($0 + 1)" }, entries: a)
}

let benchmarks: @Sendable () -> Void = {
    let simulation = Benchmark.Configuration(metrics: [.wallClock, .cpuTotal, .peakMemoryResident],
                                             warmupIterations: 1, maxDuration: .seconds(60), maxIterations: 5)
    let smaaOptions = SMAAOptions(samples: 100_000, seed: 1, threads: 2)

    let kernels: [(String, ScoringFactory)] = [
        ("WSM (max)", WeightedSumScoring.factory(normalization: .max)),
        ("TOPSIS (vector)", TOPSISScoring.factory(normalization: .vector)),
    ]
    for (name, kernel) in kernels {
        Benchmark("SMAA-2 \(name) 1000×6, 100k samples, 2 threads", configuration: simulation) { benchmark in
            let scoring = try kernel(try decisionMatrix(rows: 1000, columns: 6, seed: 1))
            let weights = try WeightSampler.uniform(criteria: 6)
            benchmark.startMeasurement()
            blackHole(try SMAA.analyze(scoring, weights: weights, options: smaaOptions))
        }
    }

    Benchmark("AHP 9×9 judgments perturbed 100k times (eigenvector each), 2 threads", configuration: simulation) { benchmark in
        let perturbation = try JudgmentPerturbation(matrix: try saatyJudgments(order: 9, seed: 3),
                                                    noise: .saatySteps(maxSteps: 1, probability: 0.5))
        benchmark.startMeasurement()
        blackHole(try perturbation.weightDistribution(samples: 100_000, seed: 1, threads: 2))
    }
}

// The mcda benchmark suite (package-benchmark). Set-up happens before `startMeasurement()`;
// results go to `blackHole` so the optimiser cannot drop the work.
//
// Peers (pandas + NumPy) are timed in the same run by `Benchmarks/race.sh`, which prints the
// ratios quoted in README.md.
import Benchmark
import LinearAlgebra
import MCDACore
import MCDAInput
import MCDAReport
import SwiftCSV

/// A random reciprocal matrix of order n with judgments on Saaty's scale (seeded, deterministic).
func saatyMatrix(order n: Int, seed: UInt64) -> [Double] {
    var rng = SplitMix64(seed: seed)
    func next() -> UInt64 { rng.next() }
    var a = [Double](repeating: 1, count: n * n)
    for i in 0..<n {
        for j in (i + 1)..<n {
            let x = Double(next() % 9 + 1)
            a[i * n + j] = next() & 1 == 0 ? x : 1 / x
            a[j * n + i] = 1 / a[i * n + j]
        }
    }
    return a
}

/// A decision-matrix CSV text of `rows` alternatives × `columns` criteria.
func matrixCSV(rows: Int, columns: Int) -> String {
    var text = "alternative," + (1...columns).map { "C\($0)" }.joined(separator: ",") + "\n"
    var x: UInt64 = 12345
    for i in 0..<rows {
        text += "A\(i)"
        for _ in 0..<columns {
            x = x &* 6364136223846793005 &+ 1442695040888963407
            text += "," + String(Double(x >> 11) / Double(1 << 53) * 1000)
        }
        text += "\n"
    }
    return text
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration.maxDuration = .seconds(3)

    // The eigen-solvers on a seeded Saaty-scale matrix, solver and workspace made once. The Perron
    // solver is what each AHP judgment-perturbation sample runs: dgeev for the eigenvalues only,
    // then one inverse-iteration solve (dgetf2 + dgetrs) for the vector.
    let eigenCases: [(name: String, order: Int, seed: UInt64, perron: Bool)] = [
        ("LAPACK dgeev principal eigenpair 9×9 (reused workspace)", 9, 1, false),
        ("LAPACK Perron eigenpair 9×9 (dgeev eigenvalues + one LU solve)", 9, 1, true),
        ("LAPACK dgeev principal eigenpair 50×50", 50, 2, false),
    ]
    for c in eigenCases {
        Benchmark(c.name) { benchmark in
            let a = saatyMatrix(order: c.order, seed: c.seed)
            let general = GeneralEigenSolver(order: c.order), perron = PerronEigenSolver(order: c.order)
            benchmark.startMeasurement()
            for _ in benchmark.scaledIterations {
                blackHole(c.perron ? try perron.perronEigenpair(rowMajor: a) : try general.principalEigenpair(rowMajor: a))
            }
        }
    }

    Benchmark("AHP analyze 9×9 (eigenvector, CR, GCI)") { benchmark in
        let names = (0..<9).map { "c\($0)" }
        let matrix = try PairwiseComparisonMatrix(elements: names, entries: saatyMatrix(order: 9, seed: 3))
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(try AHP.analyze(matrix))
        }
    }

    // Why mcda reads CSV with its own focused reader: the same 100,000 × 8 matrix through both.
    Benchmark("CSV 100k×8 decision matrix: mcda DecisionMatrixCSV", configuration: .init(maxIterations: 10)) { benchmark in
        let text = matrixCSV(rows: 100_000, columns: 8)
        benchmark.startMeasurement()
        blackHole(try DecisionMatrixCSV.parse(text: text))
    }

    Benchmark("CSV 100k×8 decision matrix: SwiftCSV 0.10 + Double()", configuration: .init(maxIterations: 10)) { benchmark in
        let text = matrixCSV(rows: 100_000, columns: 8)
        benchmark.startMeasurement()
        let csv = try CSV<Enumerated>(string: text)
        var values: [Double] = []
        values.reserveCapacity(800_000)
        for row in csv.rows { for cell in row.dropFirst() { values.append(Double(cell) ?? .nan) } }
        blackHole(values)
    }

    // The stages of `mcda rank FILE --method topsis --format json` on 1,000,000 × 8 (Benchmarks/README.md).
    let large = Benchmark.Configuration(metrics: [.wallClock, .cpuTotal, .peakMemoryResident],
                                        warmupIterations: 1, maxDuration: .seconds(30), maxIterations: 5)

    Benchmark("1M×8: parse the CSV (DecisionMatrixCSV, parallel blocks)", configuration: large) { benchmark in
        let bytes = millionRowCSV
        benchmark.startMeasurement()
        blackHole(try DecisionMatrixCSV.parse(bytes: bytes, file: "million.csv"))
    }

    Benchmark("1M×8: TOPSIS (vector) scores and ranks", configuration: large) { benchmark in
        let matrix = millionRowMatrix
        benchmark.startMeasurement()
        let result = try TOPSIS().evaluate(matrix, weights: millionRowWeights)
        blackHole(result.ranks)
    }

    Benchmark("1M: JSON of 1M scores (number list)", configuration: large) { benchmark in
        let scores = try TOPSIS().evaluate(millionRowMatrix, weights: millionRowWeights).closeness
        benchmark.startMeasurement()
        blackHole(JSONValue.numbers(scores).bytes())
    }

    Benchmark("1M: JSON rank document (names, scores, ranks, d+, d−)", configuration: large) { benchmark in
        let result = try TOPSIS().evaluate(millionRowMatrix, weights: millionRowWeights)
        benchmark.startMeasurement()
        blackHole(RankingReport.json(result, method: "topsis", matrix: millionRowMatrix).bytes())
    }
}

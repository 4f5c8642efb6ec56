// The 1,000,000 × 8 decision matrix of the large benchmarks, made the way
// ../shared/tools/peers.py makes its file: values uniform in [1, 1000) printed with six
// decimals, alternatives A1…Am, criteria C1…C8. Built once, on first use, outside the measurement.
import MCDACore
import MCDAInput

/// The CSV bytes of an m × n matrix (seeded with MCDACore's SplitMix64, deterministic).
func decisionMatrixCSV(rows m: Int, columns n: Int, seed: UInt64) -> [UInt8] {
    var rng = SplitMix64(seed: seed)
    func next() -> UInt64 { rng.next() }
    var out: [UInt8] = []
    out.reserveCapacity(m * (12 + 11 * n))
    out += Array(("alternative," + (1...n).map { "C\($0)" }.joined(separator: ",") + "\n").utf8)
    for i in 1...m {
        out += Array("A\(i)".utf8)
        for _ in 0..<n {
            let micros = 1_000_000 + next() % 999_000_000  // [1, 1000) in millionths
            out += Array(",\(micros / 1_000_000).".utf8)
            let fraction = String(micros % 1_000_000)
            out += Array((String(repeating: "0", count: 6 - fraction.count) + fraction).utf8)
        }
        out.append(0x0A)
    }
    return out
}

/// The 1M × 8 file (about 95 MB).
let millionRowCSV = decisionMatrixCSV(rows: 1_000_000, columns: 8, seed: 1)

/// The 1M × 8 matrix, benefit and cost criteria alternating as in Benchmarks/race.sh.
let millionRowMatrix: DecisionMatrix = {
    let directions = (0..<8).map { $0 % 2 == 0 ? Direction.benefit : .cost }
    return try! DecisionMatrixCSV.parse(bytes: millionRowCSV, file: "million.csv", directions: directions)
}()

/// Equal weights for the 1M × 8 matrix.
let millionRowWeights = [Double](repeating: 0.125, count: 8)

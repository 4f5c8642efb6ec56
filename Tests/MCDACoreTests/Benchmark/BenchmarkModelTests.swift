import Foundation
@testable import MCDACore
import Testing
import _TestSupport

/// `Tests/Fixtures/benchmark/numpy_model.json`: the same model computed with NumPy, SciPy and
/// pymcdm 1.4.0 by `numpy_model.py fixture` (other random streams, so distributions are compared).
struct NumPyModelFixture: Decodable {
    struct Moments: Decodable { let mean: Double; let sd: Double }
    struct Pair: Decodable {
        let a: String, b: String
        let spearman: Moments, weightedSpearman: Moments, ws: Moments, sameWinner: Moments
    }
    struct Cell: Decodable { let alternatives: Int; let criteria: Int; let pairs: [Pair] }
    let provenance: String
    let problems: Int
    let costShare: Double
    let results: [Cell]
}

@Suite struct BenchmarkModelTests {
    @Test func randomProblemsFollowTheModel() {
        var rng = Xoshiro256StarStar(seed: 5, stream: 0)
        let n = 4, problems = 20_000
        var cost = [Bool](repeating: false, count: n), costs = 0
        var weights = [Double](repeating: 0, count: n), values = [Double](repeating: 0, count: 3 * n)
        var low = Double.infinity, high = -Double.infinity, firstWeight = 0.0
        for _ in 0..<problems {
            weights.withUnsafeMutableBufferPointer { w in
                values.withUnsafeMutableBufferPointer { v in
                    BenchmarkModel.drawRandom(costShare: 0.25, cost: &cost, weights: w, values: v, using: &rng)
                }
            }
            costs += cost.count { $0 }
            #expect(abs(weights.reduce(0, +) - 1) < 1e-12 && weights.allSatisfy { $0 > 0 })
            firstWeight += weights[0]
            low = min(low, values.min()!)
            high = max(high, values.max()!)
        }
        #expect(low >= 1 && high < 10 && low < 1.01 && high > 9.99)
        // Cost share 0.25: 20,000 coin flips of 4 criteria (sd of the share 0.0015).
        #expect(abs(Double(costs) / Double(problems * n) - 0.25) < 0.01)
        // Dirichlet(1, 1, 1, 1): E[w₁] = 1/4, sd of the mean 0.0013.
        #expect(abs(firstWeight / Double(problems) - 0.25) < 0.008)
    }

    @Test func perturbationsStayWithinTheSpread() {
        var rng = Xoshiro256StarStar(seed: 5, stream: 1)
        let base = [1.0, 10, -4, 0]
        var values = [Double](repeating: 0, count: 4)
        for _ in 0..<1000 {
            values.withUnsafeMutableBufferPointer { BenchmarkModel.drawPerturbed(base, spread: 0.2, values: $0, using: &rng) }
            for k in 0..<4 { #expect(abs(values[k] - base[k]) <= 0.2 * abs(base[k]) + 1e-12) }
        }
    }

    /// The means of r_s, r_w, WS and the same-winner share agree with the NumPy/pymcdm computation
    /// of the same model within 4 standard errors of their difference, for every pair of the four
    /// default methods in three cells; the standard deviations within 20 % (r_w and WS pile up at 1
    /// with a long tail towards −1, so their sample sd has a large standard error).
    @Test func statisticsAgreeWithAnIndependentNumPyComputation() throws {
        let fixture = try JSONDecoder().decode(NumPyModelFixture.self, from: Data(contentsOf: fixtureURL("benchmark/numpy_model.json")))
        let names = ["topsis", "vikor", "wsm", "promethee-ii"]
        let problems = 2000
        let methods = try benchmarkMethods(names)
        for expected in fixture.results {
            let cellDesign = try BenchmarkDesign(alternatives: [expected.alternatives], criteria: [expected.criteria], problems: problems,
                                                 methods: methods, costShare: fixture.costShare, seed: 2026, threads: 2)
            let cell = try #require(try Benchmark.run(cellDesign).cells.first)
            for reference in expected.pairs {
                let p = try #require(cell.pairs.first { names[$0.a] == reference.a && names[$0.b] == reference.b })
                let sameSD = (p.sameWinner * (1 - p.sameWinner)).squareRoot()
                let checks: [(String, Double, Double, NumPyModelFixture.Moments)] = [
                    ("r_s", p.spearman.mean, p.spearman.sd, reference.spearman),
                    ("r_w", p.weightedSpearman.mean, p.weightedSpearman.sd, reference.weightedSpearman),
                    ("WS", p.ws.mean, p.ws.sd, reference.ws),
                    ("same winner", p.sameWinner, sameSD, reference.sameWinner),
                ]
                for (what, mean, sd, numpy) in checks {
                    let se = (sd * sd / Double(problems) + numpy.sd * numpy.sd / Double(fixture.problems)).squareRoot()
                    let label = "\(expected.alternatives)×\(expected.criteria) \(reference.a)–\(reference.b) \(what)"
                    #expect(abs(mean - numpy.mean) <= 4 * se, "\(label): mcda \(mean), NumPy \(numpy.mean), se \(se)")
                    #expect(abs(sd - numpy.sd) <= 0.2 * numpy.sd + 1e-3, "\(label): sd mcda \(sd), NumPy \(numpy.sd)")
                }
            }
        }
    }
}

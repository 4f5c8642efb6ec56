import MCDACore
import Testing

/// The shape of Sałabun, Wątróbski & Shekhovtsov's (2020, doi:10.3390/sym12091549) questions on
/// the 3 × 3 grid (5, 10, 50 alternatives × 3, 5, 8 criteria), 500 problems per cell, seed 1.
/// The numbers of the README's study (1,000 problems) are in the comments; every assertion holds
/// there with a margin of several standard errors (sd of r_w about 0.1–0.2, so about 0.005–0.009).
@Suite struct BenchmarkFindingsTests {
    static let alternatives = [5, 10, 50], criteria = [3, 5, 8]

    static func run(_ methods: [BenchmarkMethod]) throws -> BenchmarkResult {
        try Benchmark.run(try BenchmarkDesign(alternatives: alternatives, criteria: criteria, problems: 500,
                                              methods: methods, seed: 1, threads: 2))
    }

    static func meanRw(_ cell: BenchmarkCell, _ labels: [String], _ a: String, _ b: String) -> Double {
        cell.pairs.first { labels[$0.a] == a && labels[$0.b] == b }!.weightedSpearman.mean
    }

    /// TOPSIS under the linear normalisations (vector, minmax, max) agrees more with itself than
    /// with VIKOR in every cell: at 5 × 3 the smallest of the three r_w is 0.932 (vector–minmax),
    /// TOPSIS–VIKOR 0.908; at 50 × 8, 0.995 against 0.959. The sum normalisation, whose cost form
    /// (1/x)/Σ(1/x) is not linear, is the exception: with 50 alternatives TOPSIS-vector and
    /// TOPSIS-sum agree less (r_w 0.880 at 50 × 8) than TOPSIS and VIKOR do (0.959).
    @Test func normalisationsOfTOPSISAgreeMoreThanTOPSISAndVIKOR() throws {
        let variants = try Self.run(try BenchmarkMethod.normalizations([.vector, .minMax, .max, .sum], of: TOPSIS.self))
        let methods = try Self.run(try benchmarkMethods(["topsis", "vikor"]))
        let labels = variants.labels
        for (v, m) in zip(variants.cells, methods.cells) {
            let topsisVikor = m.pairs[0].weightedSpearman.mean
            let linear = [("vector", "minmax"), ("vector", "max"), ("minmax", "max")].map { Self.meanRw(v, labels, $0.0, $0.1) }
            #expect(linear.min()! > topsisVikor + 0.015, "\(v.alternatives)×\(v.criteria): \(linear) vs \(topsisVikor)")
            if v.alternatives == 50 {
                #expect(Self.meanRw(v, labels, "vector", "sum") < topsisVikor - 0.03)
            }
        }
    }

    /// Agreement does not grow with the number of criteria: for every pair of the four default
    /// methods and every number of alternatives, the mean r_w at 8 criteria is below that at 3
    /// (TOPSIS–VIKOR with 5 alternatives: 0.908, 0.868, 0.848 at 3, 5, 8 criteria). It grows with
    /// the number of alternatives (TOPSIS–VIKOR at 3 criteria: 0.908, 0.957, 0.981), while the
    /// same-winner share falls (TOPSIS–WSM: 0.86, 0.77, 0.60).
    @Test func agreementFallsWithCriteriaAndGrowsWithAlternatives() throws {
        let names = ["topsis", "vikor", "wsm", "promethee-ii"]
        let result = try Self.run(try benchmarkMethods(names))
        func cell(_ m: Int, _ n: Int) -> BenchmarkCell { result.cells.first { $0.alternatives == m && $0.criteria == n }! }
        for m in Self.alternatives {
            for (k, pair) in result.design.pairs.enumerated() {
                let few = cell(m, 3).pairs[k].weightedSpearman.mean, many = cell(m, 8).pairs[k].weightedSpearman.mean
                #expect(few > many + 0.01, "\(m) alternatives, \(names[pair.a])–\(names[pair.b]): \(few) at 3 criteria, \(many) at 8")
            }
        }
        for k in result.design.pairs.indices {
            #expect(cell(5, 3).pairs[k].weightedSpearman.mean < cell(50, 3).pairs[k].weightedSpearman.mean)
        }
        #expect(cell(5, 3).pairs[1].sameWinner > cell(50, 3).pairs[1].sameWinner + 0.1)
    }
}

import MCDACore
import Testing

/// Scores by the first criterion (larger is better) and fails when alternative 1's value on it
/// exceeds `limit`: a method that fails on some drawn problems and not on others.
struct FailsAboveLimit: CatalogueMethod {
    struct Result: RankingResult {
        let scores: [Double]
        var scoreOrder: Ranking.Order { .descending }
        var settings: [(String, String)] { [] }
    }
    static let name = "fails-above-limit"
    static let summary = "test method: the first criterion, failing above a limit"
    static let parameters: [MethodParameter] = []
    static let order = Ranking.Order.descending
    var limit = 9.1

    init(parameters: MethodParameters) throws {}

    func evaluate(_ matrix: DecisionMatrix, weights: [Double]) throws -> Result {
        guard matrix[0, 0] <= limit else {
            throw MCDAError.invalidParameter(name: "value of \(matrix.alternatives[0])", value: "\(matrix[0, 0])", expected: "at most \(limit)")
        }
        return Result(scores: (0..<matrix.rowCount).map { matrix[$0, 0] })
    }
}

@Suite struct BenchmarkTests {
    /// With one criterion every monotone method ranks the alternatives by their value: every
    /// coefficient is 1 on every problem and the winners agree.
    @Test func oneCriterionMakesEveryMonotoneMethodAgree() throws {
        let names = ["topsis", "vikor", "wsm", "wpm", "waspas", "promethee-ii", "moora"]
        let design = try BenchmarkDesign(alternatives: [2, 5, 20], criteria: [1], problems: 150,
                                         methods: try benchmarkMethods(names), seed: 3, threads: 2)
        let result = try Benchmark.run(design)
        #expect(result.cells.count == 3)
        for cell in result.cells {
            #expect(cell.failures == names.map { _ in 0 })
            #expect(cell.pairs.count == names.count * (names.count - 1) / 2)
            for p in cell.pairs {
                #expect(p.problems == 150)
                #expect(p.weightedSpearman.min == 1 && p.weightedSpearman.max == 1, "\(names[p.a]) – \(names[p.b])")
                #expect(p.ws.min == 1 && p.ws.max == 1)
                #expect(abs(p.spearman.min - 1) < 1e-12 && abs(p.spearman.max - 1) < 1e-12)
                #expect(p.sameWinner == 1)
            }
        }
    }

    /// A dominance chain (A1 better than A2 on every criterion, A2 than A3, …) stays one under a
    /// ±4 % perturbation: every method ranks it in chain order.
    @Test func aDominanceChainIsRankedTheSameByEveryMethod() throws {
        let m = 6, n = 4
        let criteria = (0..<n).map { Criterion(id: "c\($0)", direction: $0 % 2 == 0 ? .benefit : .cost) }
        var values: [Double] = []
        for i in 0..<m {
            for j in 0..<n { values.append(j % 2 == 0 ? Double(10 - i) : Double(2 + i)) }
        }
        let matrix = try DecisionMatrix(alternatives: (1...m).map { "A\($0)" }, criteria: criteria, values: values)
        let names = ["topsis", "vikor", "wsm", "wpm", "promethee-ii"]
        let design = try BenchmarkDesign(perturbing: matrix, weights: [0.4, 0.3, 0.2, 0.1], spread: 0.04, problems: 200,
                                         methods: try benchmarkMethods(names), seed: 11, threads: 2)
        let cell = try #require(try Benchmark.run(design).cells.first)
        #expect(cell.alternatives == m && cell.criteria == n)
        for p in cell.pairs {
            #expect(p.weightedSpearman.min == 1 && p.ws.min == 1 && p.sameWinner == 1, "\(names[p.a]) – \(names[p.b])")
        }
    }

    /// With spread 0 every problem is the real one: the statistics are its coefficients exactly.
    @Test func spreadZeroGivesTheRealProblemsCoefficients() throws {
        let matrix = try DecisionMatrix(alternatives: ["a", "b", "c", "d", "e"],
                                        criteria: [Criterion(id: "x", direction: .benefit), Criterion(id: "y", direction: .cost),
                                                   Criterion(id: "z", direction: .benefit)],
                                        values: [7, 3, 2, 5, 1, 9, 8, 6, 4, 2, 2, 7, 6, 9, 1])
        let weights = [0.5, 0.3, 0.2]
        let methods = try benchmarkMethods(["topsis", "vikor"])
        let design = try BenchmarkDesign(perturbing: matrix, weights: weights, spread: 0, problems: 70, methods: methods, seed: 5)
        let p = try #require(try Benchmark.run(design).cells.first?.pairs.first)
        let x = try methods[0].specification(criteria: 3).evaluate(matrix, weights: weights).ranks
        let y = try methods[1].specification(criteria: 3).evaluate(matrix, weights: weights).ranks
        let c = try RankComparison(reference: x, ranking: y)
        #expect(x != y)  // a problem on which they differ, or the test would show little
        for (s, value) in [(p.spearman, c.spearman), (p.weightedSpearman, c.weightedSpearman), (p.ws, c.ws)] {
            #expect(s.median == value && s.q1 == value && s.q3 == value && s.sd < 1e-15)
            #expect(abs(s.mean - value) < 1e-15)
        }
        #expect(p.sameWinner == (x.firstIndex(of: 1) == y.firstIndex(of: 1) ? 1 : 0))
    }

    /// A failing method is counted per cell, its first error kept, and its problems left out of
    /// its pairs only; never scored as a tie.
    @Test func failuresAreCountedAndLeftOutOfTheirPairs() throws {
        let methods = try benchmarkMethods(["topsis", "wsm"]) + [BenchmarkMethod(MethodSpecification(try FailsAboveLimit(parameters: .init())))]
        let design = try BenchmarkDesign(alternatives: [4], criteria: [2], problems: 1000, methods: methods, seed: 9, threads: 2)
        let cell = try #require(try Benchmark.run(design).cells.first)
        let failures = cell.failures[2]
        #expect(cell.failures[0] == 0 && cell.failures[1] == 0)
        // P(1 + 9U > 9.1) = 0.1: 100 expected, sd 9.5.
        #expect(failures > 60 && failures < 140, "\(failures)")
        #expect(cell.pairs[0].problems == 1000)
        #expect(cell.pairs[1].problems == 1000 - failures && cell.pairs[2].problems == 1000 - failures)
        #expect(cell.pairs[1].weightedSpearmanValues.count == 1000 - failures)
        let first = try #require(cell.firstFailures[2])
        #expect(first.reason.contains("at most 9.1"))
        #expect(cell.firstFailures[0] == nil)
    }

    @Test func aMethodFailingEverywhereLeavesItsPairsEmpty() throws {
        let matrix = try DecisionMatrix(alternatives: ["a", "b", "c"], criteria: [Criterion(id: "x", direction: .benefit), Criterion(id: "y", direction: .cost)],
                                        values: [1, 0, 2, 3, 3, 1])
        let methods = [BenchmarkMethod(try MethodCatalogue.standard.specification(named: "topsis")),
                       BenchmarkMethod(try MethodCatalogue.standard.specification(named: "wsm"))]  // linear: min/x of a zero
        let design = try BenchmarkDesign(perturbing: matrix, weights: [0.5, 0.5], spread: 0.1, problems: 100, methods: methods, seed: 1)
        let cell = try #require(try Benchmark.run(design).cells.first)
        #expect(cell.failures == [0, 100])
        #expect(cell.firstFailures[1]?.problem == 0)
        let p = cell.pairs[0]
        #expect(p.problems == 0 && p.sameWinner.isNaN && p.weightedSpearman.mean.isNaN && p.ws.count == 0)
    }

    /// The same numbers for 1, 2 and 4 threads (only the seconds differ), with blocks of which the
    /// last is partial and a method that fails now and then.
    @Test func resultsDoNotDependOnTheThreadCount() throws {
        let methods = try benchmarkMethods(["topsis", "vikor", "wsm", "promethee-ii"])
            + [BenchmarkMethod(MethodSpecification(try FailsAboveLimit(parameters: .init())))]
        func run(_ threads: Int) throws -> BenchmarkResult {
            try Benchmark.run(try BenchmarkDesign(alternatives: [3, 12], criteria: [2, 5], problems: 300, methods: methods,
                                                  costShare: 0.3, seed: 42, threads: threads))
        }
        let one = try run(1)
        for threads in [2, 4] {
            let other = try run(threads)
            for (a, b) in zip(one.cells, other.cells) {
                #expect(a.failures == b.failures && a.firstFailures == b.firstFailures)
                for (p, q) in zip(a.pairs, b.pairs) {
                    #expect(p.spearman == q.spearman && p.weightedSpearman == q.weightedSpearman && p.ws == q.ws)
                    #expect(p.sameWinner == q.sameWinner && p.weightedSpearmanValues == q.weightedSpearmanValues && p.wsValues == q.wsValues)
                }
            }
        }
        // Another seed gives other problems.
        let reseeded = try Benchmark.run(try BenchmarkDesign(alternatives: [3], criteria: [2], problems: 300, methods: methods,
                                                             costShare: 0.3, seed: 43))
        #expect(reseeded.cells[0].pairs[0].weightedSpearman != one.cells[0].pairs[0].weightedSpearman)
    }

    /// A cell draws from streams of its own (m, n): the same problems whatever else the grid holds.
    @Test func aCellDoesNotDependOnTheOtherCells() throws {
        let methods = try benchmarkMethods(["topsis", "vikor", "wsm"])
        let grid = try Benchmark.run(try BenchmarkDesign(alternatives: [5, 10], criteria: [3, 4], problems: 100, methods: methods, seed: 8))
        let alone = try Benchmark.run(try BenchmarkDesign(alternatives: [10], criteria: [4], problems: 100, methods: methods, seed: 8))
        let cell = try #require(grid.cells.last)
        #expect(cell.alternatives == 10 && cell.criteria == 4)
        #expect(cell.pairs.map(\.weightedSpearmanValues) == alone.cells[0].pairs.map(\.weightedSpearmanValues))
        #expect(cell.pairs.map(\.wsValues) == alone.cells[0].pairs.map(\.wsValues))
    }

    @Test func progressReachesOne() throws {
        final class Last: @unchecked Sendable { var value = 0.0 }
        let last = Last()
        _ = try Benchmark.run(try BenchmarkDesign(alternatives: [3], criteria: [2, 3], problems: 130, methods: try benchmarkMethods(), seed: 1),
                              progress: { last.value = $0 })
        #expect(last.value == 1)
    }
}

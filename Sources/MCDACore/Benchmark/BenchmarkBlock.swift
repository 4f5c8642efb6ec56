/// The results of one block of problems of one cell: per pair and problem the three coefficients
/// and whether the winners agree, per method its failures and time. NaN coefficients mark the
/// problems on which a method of the pair failed (the coefficients themselves are never NaN).
struct BenchmarkBlock: Sendable {
    /// Problems in the block.
    let count: Int
    /// Pair-major: pair k, problem i at `k * count + i`.
    var spearman: [Double]
    var weightedSpearman: [Double]
    var ws: [Double]
    /// 1 when both methods rank the same alternatives first, else 0 (0 also where one failed).
    var sameWinner: [UInt8]
    /// Per method.
    var failures: [Int]
    var firstFailures: [BenchmarkFailure?]
    var seconds: [Double]

    init(count: Int, pairs: Int, methods: Int) {
        self.count = count
        spearman = [Double](repeating: .nan, count: pairs * count)
        weightedSpearman = spearman
        ws = spearman
        sameWinner = [UInt8](repeating: 0, count: pairs * count)
        failures = [Int](repeating: 0, count: methods)
        firstFailures = [BenchmarkFailure?](repeating: nil, count: methods)
        seconds = [Double](repeating: 0, count: methods)
    }
}

/// One cell's work: draws problems from a block's stream, runs every method on each and compares
/// every pair of rankings.
struct BenchmarkCellTask: Sendable {
    let m: Int, n: Int
    let methods: [MethodSpecification]
    let pairs: [BenchmarkDesign.Pair]
    let source: BenchmarkDesign.Source
    let seed: UInt64
    let alternatives: [String]
    /// Criterion j as a benefit and as a cost (random problems), or the real problem's criteria.
    let benefit: [Criterion], cost: [Criterion]

    init(m: Int, n: Int, methods: [MethodSpecification], design: BenchmarkDesign) {
        self.m = m
        self.n = n
        self.methods = methods
        pairs = design.pairs
        source = design.source
        seed = design.seed
        if case .perturbed(let matrix, _, _) = design.source {
            alternatives = matrix.alternatives
            benefit = matrix.criteria
            cost = matrix.criteria
        } else {
            alternatives = (1...m).map { "A\($0)" }
            benefit = (1...n).map { Criterion(id: "C\($0)", direction: .benefit) }
            cost = (1...n).map { Criterion(id: "C\($0)", direction: .cost) }
        }
    }

    /// Runs `problems` (positions in the cell) with random numbers from `stream` of the seed.
    /// - Throws: only on a broken invariant (a rank vector the coefficients refuse); a method's
    ///   error is counted as its failure.
    func run(problems: Range<Int>, stream: UInt64) throws -> BenchmarkBlock {
        var rng = Xoshiro256StarStar(seed: seed, stream: stream)
        var block = BenchmarkBlock(count: problems.count, pairs: pairs.count, methods: methods.count)
        var isCost = [Bool](repeating: false, count: n)
        var weights = [Double](repeating: 0, count: n)
        var ranks = [[Double]?](repeating: nil, count: methods.count)
        let clock = ContinuousClock()
        for (i, problem) in problems.enumerated() {
            let matrix = draw(&isCost, &weights, using: &rng)
            for (q, method) in methods.enumerated() {
                let start = clock.now
                ranks[q] = nil
                do {
                    let result = try method.evaluate(matrix, weights: weights)
                    if result.rankingScores.contains(where: \.isNaN) {
                        throw MCDAError.numericalOverflow(method: method.name)
                    }
                    ranks[q] = result.ranks
                } catch {
                    block.failures[q] += 1
                    if block.firstFailures[q] == nil { block.firstFailures[q] = BenchmarkFailure(problem: problem, reason: "\(error)") }
                }
                let elapsed = start.duration(to: clock.now).components
                block.seconds[q] += Double(elapsed.seconds) + Double(elapsed.attoseconds) * 1e-18
            }
            for (k, pair) in pairs.enumerated() {
                guard let x = ranks[pair.a], let y = ranks[pair.b] else { continue }
                let slot = k * block.count + i
                block.spearman[slot] = try RankCorrelation.spearman(x, y)
                block.weightedSpearman[slot] = try RankCorrelation.weightedSpearman(x, y)
                block.ws[slot] = try RankCorrelation.wsSimilarity(reference: x, ranking: y)
                block.sameWinner[slot] = Self.winners(x) == Self.winners(y) ? 1 : 0
            }
        }
        return block
    }

    /// The next problem of the stream (``BenchmarkModel``); `isCost` and `weights` are scratch.
    private func draw(_ isCost: inout [Bool], _ weights: inout [Double], using rng: inout Xoshiro256StarStar) -> DecisionMatrix {
        let count = m * n
        switch source {
        case .random(let share):
            let values = [Double](unsafeUninitializedCapacity: count) { v, initialized in
                weights.withUnsafeMutableBufferPointer { w in
                    BenchmarkModel.drawRandom(costShare: share, cost: &isCost, weights: w, values: v, using: &rng)
                }
                initialized = count
            }
            let criteria = (0..<n).map { isCost[$0] ? cost[$0] : benefit[$0] }
            return DecisionMatrix(unchecked: alternatives, criteria: criteria, values: values)
        case .perturbed(let matrix, let given, let spread):
            let values = [Double](unsafeUninitializedCapacity: count) { v, initialized in
                BenchmarkModel.drawPerturbed(matrix.values, spread: spread, values: v, using: &rng)
                initialized = count
            }
            weights = given
            return DecisionMatrix(unchecked: alternatives, criteria: benefit, values: values)
        }
    }

    /// The alternatives ranked first (the smallest rank), in index order.
    static func winners(_ ranks: [Double]) -> [Int] {
        guard let best = ranks.min() else { return [] }
        return ranks.indices.filter { ranks[$0] == best }
    }
}

/// Where each SMAA sample gets its scoring.
enum ScoringPlan: Sendable {
    /// One scoring for every sample (exact data).
    case fixed(any WeightedScoring)
    /// A scoring rebuilt from a perturbed matrix per sample; `base` is built from the matrix itself.
    case perturbed(matrix: DecisionMatrix, uncertainty: DataUncertainty, factory: ScoringFactory, base: any WeightedScoring)

    var base: any WeightedScoring {
        switch self {
        case .fixed(let s): return s
        case .perturbed(_, _, _, let s): return s
        }
    }

    /// The scoring for the next sample (draws the data perturbation from `rng`).
    func scoring(using rng: inout Xoshiro256StarStar) throws -> any WeightedScoring {
        switch self {
        case .fixed(let s):
            return s
        case .perturbed(let matrix, let uncertainty, let factory, let base):
            let s: any WeightedScoring
            do { s = try factory(uncertainty.perturb(matrix, using: &rng)) } catch let error as MCDAError {
                throw SensitivityError.sampledMatrixRejected(model: uncertainty.summary, reason: "\(error)")
            }
            guard s.alternativeCount == base.alternativeCount, s.criterionCount == base.criterionCount else {
                throw SensitivityError.dimensionMismatch(what: "alternatives × criteria of a rebuilt scoring",
                                                         expected: base.alternativeCount * base.criterionCount,
                                                         found: s.alternativeCount * s.criterionCount)
            }
            return s
        }
    }
}

/// The SMAA-2 simulation proper: blocks of samples on workers, integer credits merged at the end.
struct SMAASimulation<Source: WeightSource>: Sendable {
    let source: Source
    let plan: ScoringPlan
    let options: SMAAOptions
    let m: Int, n: Int, limit: Int
    let order: Ranking.Order

    /// Central weights are summed in 64-bit fixed point with this many fractional bits.
    static var fixedPointScale: Double { 0x1p36 }

    init(source: Source, plan: ScoringPlan, options: SMAAOptions) {
        self.source = source
        self.plan = plan
        self.options = options
        m = plan.base.alternativeCount
        n = plan.base.criterionCount
        limit = options.rankLimit ?? m
        order = plan.base.order
    }

    /// One worker's integer accumulators: rank credits in its ranker, central weights here.
    final class Worker: @unchecked Sendable {
        var central: [UInt64]
        let ranker: SampleRanker
        init(m: Int, n: Int, limit: Int, ties: SMAATieRule) {
            central = [UInt64](repeating: 0, count: m * n)
            ranker = SampleRanker(alternatives: m, limit: limit, ties: ties)
        }
    }

    /// One worker's first-place credits for the confidence factors.
    final class FirstPlaceCredits: @unchecked Sendable {
        var credit: [UInt64]
        init(m: Int) { credit = [UInt64](repeating: 0, count: m) }
    }

    func run(weightModel: String, progress: (@Sendable (Double) -> Void)?) throws -> SMAAResult {
        let samples = options.samples, size = SMAA.blockSize
        let blocks = ParallelBlocks.blockCount(samples: samples, blockSize: size)
        let confidenceSamples: Int
        if case .perturbed = plan { confidenceSamples = options.confidenceSamples ?? samples } else { confidenceSamples = 0 }
        let confidenceBlocks = ParallelBlocks.blockCount(samples: confidenceSamples, blockSize: size)
        let workers = (0..<max(1, min(options.threads, blocks))).map { _ in
            Worker(m: m, n: n, limit: limit, ties: options.ties)
        }
        try ParallelBlocks.run(blockCount: blocks, threads: options.threads, progress: progress,
                               progressTotal: blocks + confidenceBlocks) { worker, block in
            var rng = Xoshiro256StarStar(seed: options.seed, stream: UInt64(block))
            var stream = try source.makeStream()
            let count = min(size, samples - block * size)
            try runBlock(count: count, stream: &stream, rng: &rng, into: workers[worker])
        }
        var central = [UInt64](repeating: 0, count: m * n)
        for w in workers { for k in central.indices { central[k] &+= w.central[k] } }
        let acceptability = acceptabilities(workers, samples: samples)
        let centralWeights: [[Double]?] = (0..<m).map { i in
            guard acceptability[i * limit] > 0 else { return nil }  // > 0 exactly when some credit is
            let raw = (0..<n).map { Double(central[i * n + $0]) }
            let total = raw.reduce(0, +)
            return total > 0 ? raw.map { $0 / total } : nil
        }
        let confidence = try confidenceFactors(centralWeights, samples: confidenceSamples, blocks: confidenceBlocks,
                                               offset: blocks, progress: progress)
        var holistic: [Double]?
        if limit == m {
            let alpha = options.metaWeights.values(alternatives: m)
            holistic = (0..<m).map { i in (0..<m).reduce(0.0) { $0 + alpha[$1] * acceptability[i * m + $1] } }
        }
        var dataModel = "exact"
        if case .perturbed(_, let u, _, _) = plan { dataModel = u.summary }
        return SMAAResult(alternativeCount: m, criterionCount: n, rankLimit: limit, rankAcceptability: acceptability,
                          centralWeights: centralWeights, confidenceFactors: confidence, holisticAcceptability: holistic,
                          options: options, weightModel: weightModel, dataModel: dataModel,
                          confidenceSampleCount: confidenceSamples)
    }

    /// bᵢʳ = (the workers' credits for alternative i at rank r) / (creditUnit · samples), each an
    /// exact integer sum divided once; rows of alternatives in parallel pieces, so no m × K matrix of
    /// credits is ever built (8 MB of fresh memory for m = K = 1000).
    private func acceptabilities(_ workers: [Worker], samples: Int) -> [Double] {
        for w in workers { w.ranker.flush() }
        let limit = self.limit, m = self.m, denominator = Double(SampleRanker.creditUnit) * Double(samples)
        let pieces = options.threads == 1 ? 1 : ParallelLoop.pieces(work: m * limit, grain: 1 << 16)
        return [Double](unsafeUninitializedCapacity: m * limit) { out, initialized in
            ParallelLoop.forEach(pieces) { p in
                let rows = m * p / pieces ..< m * (p + 1) / pieces, chunk = max(1, 8192 / limit)
                withUnsafeTemporaryAllocation(of: UInt64.self, capacity: chunk * limit) { credit in
                    for first in stride(from: rows.lowerBound, to: rows.upperBound, by: chunk) {
                        let part = first ..< min(first + chunk, rows.upperBound)
                        credit.update(repeating: 0)
                        for w in workers { w.ranker.addCredits(ofAlternatives: part, into: credit.baseAddress!) }
                        for k in 0..<(part.count * limit) { out[first * limit + k] = Double(credit[k]) / denominator }
                    }
                }
            }
            initialized = m * limit
        }
    }

    /// Runs `count` samples of one block into `worker`'s accumulators. No allocation per sample
    /// with exact data.
    private func runBlock(count: Int, stream: inout Source.Stream, rng: inout Xoshiro256StarStar,
                          into worker: Worker) throws {
        let ranker = worker.ranker
        var weights = [Double](repeating: 0, count: n), scores = [Double](repeating: 0, count: m)
        let scale = Self.fixedPointScale, split = options.ties == .split, n = self.n
        try weights.withUnsafeMutableBufferPointer { w in
            try scores.withUnsafeMutableBufferPointer { s in
                try worker.central.withUnsafeMutableBufferPointer { central in
                    for _ in 0..<count {
                        try stream.next(into: w, using: &rng)
                        let scoring = try plan.scoring(using: &rng)
                        try scoring.checkedScores(weights: UnsafeBufferPointer(w), into: s)
                        let g = ranker.rank(UnsafeBufferPointer(s), order: order)
                        let factor = split ? scale / Double(g) : scale
                        for q in 0..<g {
                            let row = Int(ranker.sorted[q]) * n
                            for j in 0..<n { central[row + j] &+= UInt64(max(0, w[j] * factor).rounded()) }
                        }
                    }
                }
            }
        }
    }

    /// pᵢᶜ for every alternative with a central weight vector.
    private func confidenceFactors(_ central: [[Double]?], samples: Int, blocks: Int, offset: Int,
                                   progress: (@Sendable (Double) -> Void)?) throws -> [Double?] {
        let candidates = (0..<m).filter { central[$0] != nil }
        guard !candidates.isEmpty else { return Array(repeating: nil, count: m) }
        let unit = SampleRanker.creditUnit
        var credit = [UInt64](repeating: 0, count: m)
        if case .fixed(let scoring) = plan {
            for i in candidates { credit[i] = firstPlaceCredit(i, scoring: scoring, weights: central[i]!) }
            return (0..<m).map { central[$0] == nil ? nil : Double(credit[$0]) / Double(unit) }
        }
        let workers = (0..<max(1, min(options.threads, blocks))).map { _ in FirstPlaceCredits(m: m) }
        try ParallelBlocks.run(blockCount: blocks, threads: options.threads, progress: progress,
                               progressOffset: offset, progressTotal: offset + blocks) { worker, block in
            var rng = Xoshiro256StarStar(seed: options.seed, stream: (1 << 63) | UInt64(block))
            for _ in 0..<min(SMAA.blockSize, samples - block * SMAA.blockSize) {
                let scoring = try plan.scoring(using: &rng)
                for i in candidates {
                    workers[worker].credit[i] &+= firstPlaceCredit(i, scoring: scoring, weights: central[i]!)
                }
            }
        }
        for w in workers { for i in 0..<m { credit[i] &+= w.credit[i] } }
        return (0..<m).map { central[$0] == nil ? nil : Double(credit[$0]) / (Double(unit) * Double(samples)) }
    }

    /// The first-place credit (in units of 1/creditUnit) of alternative i under fixed weights.
    private func firstPlaceCredit(_ i: Int, scoring: any WeightedScoring, weights: [Double]) -> UInt64 {
        let s = scoring.scores(weights: weights)
        let sign: Double = order == .descending ? 1 : -1
        let key = s.map { $0.isNaN ? -Double.infinity : sign * $0 }
        let best = key.max()!
        guard key[i] == best else { return 0 }
        let g = UInt64(key.count { $0 == best })
        return options.ties == .split ? SampleRanker.creditUnit / g : SampleRanker.creditUnit
    }
}

/// The smallest change of one criterion's weight (the others rescaled in proportion) that causes
/// an event — a new winner, a swap of two alternatives, a change of the top-k order.
///
/// `lowerWeight` and `upperWeight` are the nearest weights below and above `baseWeight` at which
/// the event happens (nil: not within [0, 1]); the critical weight is the nearer of the two.
/// Changes are in normalised-weight units. Triantaphyllou & Sánchez (1997) express them instead as
/// δ added to the weight before renormalising; ``unnormalizedChange`` converts (δ = (t − w)/(1 − t)).
public struct CriticalWeightChange: Sendable, Equatable {
    /// The criterion whose weight moves.
    public let criterion: Int
    /// Its current weight w.
    public let baseWeight: Double
    /// The nearest weight < w (or = w for a tie at w) causing the event, if any.
    public let lowerWeight: Double?
    /// The nearest weight > w (or = w for a tie at w) causing the event, if any.
    public let upperWeight: Double?

    /// The nearer event weight t (nil: no weight of this criterion causes the event).
    public var criticalWeight: Double? {
        switch (lowerWeight, upperWeight) {
        case (nil, nil): return nil
        case (let lo?, nil): return lo
        case (nil, let hi?): return hi
        case (let lo?, let hi?): return baseWeight - lo <= hi - baseWeight ? lo : hi
        }
    }

    /// |t − w|, the smallest absolute change.
    public var absoluteChange: Double? { criticalWeight.map { abs($0 - baseWeight) } }

    /// |t − w| / w, the smallest relative change (nil also when w = 0).
    public var relativeChange: Double? {
        guard baseWeight > 0, let a = absoluteChange else { return nil }
        return a / baseWeight
    }

    /// δ = (t − w)/(1 − t): the signed change of the raw weight before renormalisation in
    /// Triantaphyllou & Sánchez's convention (nil when t = 1 or no event).
    public var unnormalizedChange: Double? {
        guard let t = criticalWeight, t < 1 else { return nil }
        return (t - baseWeight) / (1 - t)
    }
}

/// The interval of one criterion's weight (others rescaled in proportion) within which the winner,
/// or the order of the top k, stays as it is at the current weights.
public struct WeightStabilityInterval: Sendable, Equatable {
    /// The criterion.
    public let criterion: Int
    /// Its current weight.
    public let baseWeight: Double
    /// Lower end (0 when no smaller weight changes the result).
    public let lower: Double
    /// Upper end (1 when no larger weight changes the result).
    public let upper: Double
}

/// The critical weight changes, per criterion, for two alternatives to swap places.
public struct PairSwap: Sendable, Equatable {
    /// The alternative ranked higher at the base weights.
    public let higher: Int
    /// The alternative ranked lower at the base weights.
    public let lower: Int
    /// One entry per criterion.
    public let changes: [CriticalWeightChange]
}

/// Critical weight changes of every criterion (Triantaphyllou & Sánchez 1997, "A sensitivity
/// analysis approach for some deterministic multi-criteria decision-making methods", Decision
/// Sciences 28(1):151–194, doi:10.1111/j.1540-5915.1997.tb01306.x).
public struct CriticalWeightChanges: Sendable {
    /// The normalised weights analysed.
    public let baseWeights: [Double]
    /// Alternatives in rank order at the base weights (best first, ties by index), first k.
    public let topAlternatives: [Int]
    /// Per criterion: the change that gives another alternative the first place.
    public let winnerChanges: [CriticalWeightChange]
    /// Per pair (higher, lower) among the top k at the base weights, per criterion: the change
    /// that puts `lower` strictly ahead of `higher`.
    public let pairSwaps: [PairSwap]
    /// How the weights were located.
    public let method: BreakpointMethod

    /// The criterion whose smallest absolute change of weight changes the winner (the "most
    /// critical criterion" of the top alternative), nil when no weight change does.
    public var mostCriticalCriterion: Int? {
        winnerChanges.filter { $0.absoluteChange != nil }.min { $0.absoluteChange! < $1.absoluteChange! }?.criterion
    }

    /// As ``mostCriticalCriterion`` by relative change.
    public var mostCriticalCriterionRelative: Int? {
        winnerChanges.filter { $0.relativeChange != nil }.min { $0.relativeChange! < $1.relativeChange! }?.criterion
    }

    /// The interval of each weight keeping the winner first: where its critical changes end (the
    /// same pairs and scans as ``WeightSensitivity/stabilityIntervals(_:weights:topK:search:)``
    /// with k = 1, without scanning again).
    public var winnerStabilityIntervals: [WeightStabilityInterval] {
        winnerChanges.map {
            WeightStabilityInterval(criterion: $0.criterion, baseWeight: $0.baseWeight, lower: $0.lowerWeight ?? 0, upper: $0.upperWeight ?? 1)
        }
    }
}

extension WeightSensitivity {
    /// Critical weight changes: per criterion the smallest change of its weight that changes the
    /// winner, and that swaps each pair among the top `topK` alternatives.
    /// Complexity (linear scoring): O(n·m·(n + k²)); otherwise O(n·(m + k²)·(1/step)·scoring).
    /// - Parameters:
    ///   - scoring: the method's kernel (``LinearScoring`` gives exact crossings).
    ///   - weights: n ≥ 2 non-negative weights (normalised here).
    ///   - topK: 1 … m (default 3, capped at m).
    ///   - search: how crossings are found for a non-linear scoring (scan step and tolerance).
    public static func criticalChanges(_ scoring: some WeightedScoring, weights: [Double], topK: Int = 3,
                                       search: BreakpointSearch = BreakpointSearch()) throws -> CriticalWeightChanges {
        try search.validate()
        let m = scoring.alternativeCount, k = min(topK, m)
        guard topK >= 1 else { throw MCDAError.invalidParameter(name: "top k", value: "\(topK)", expected: "≥ 1") }
        let first = try PathEvaluator(scoring, path: WeightPath(weights, criterion: 0))
        let n = first.path.base.count
        let top = topOrder(scoring, weights: first.path.base, count: k)
        let winnerPairs = (0..<m).filter { $0 != top[0] }.map { (upper: top[0], lower: $0) }
        let pairs = (0..<k).flatMap { a in ((a + 1)..<k).map { b in (upper: top[a], lower: top[b]) } }
        // The criteria on every core, each with its own evaluator, which caches the scan's keys
        // (non-linear scorings) for the winner's scans; every pair's scans then score only the
        // pair (or read the cache). Each criterion's result goes to its own slot.
        let paths = try (0..<n).map { try WeightPath(weights, criterion: $0) }
        var results = [(winner: CriticalWeightChange, pairs: [CriticalWeightChange])?](repeating: nil, count: n)
        results.withUnsafeMutableBufferPointer { results in
            ParallelLoop.forEach(n) { j in
                guard let e = try? PathEvaluator(scoring, path: paths[j], cachingScans: true) else { return }
                results[j] = (change(e, winnerPairs, search), pairs.map { change(e, [$0], search) })
            }
        }
        // PathEvaluator only throws on a dimension mismatch, which `first` has already ruled out.
        let done = results.compactMap { $0 }
        precondition(done.count == n, "every criterion's path was evaluated")
        let winner = done.map(\.winner)
        let swaps = pairs.enumerated().map { p, pair in PairSwap(higher: pair.upper, lower: pair.lower, changes: done.map { $0.pairs[p] }) }
        return CriticalWeightChanges(baseWeights: first.path.base, topAlternatives: top, winnerChanges: winner,
                                     pairSwaps: swaps, method: method(first, search))
    }

    /// Weight stability intervals: per criterion, the interval of its weight within which the
    /// order of the top `topK` alternatives (default 1: the winner) does not change.
    public static func stabilityIntervals(_ scoring: some WeightedScoring, weights: [Double], topK: Int = 1,
                                          search: BreakpointSearch = BreakpointSearch()) throws -> [WeightStabilityInterval] {
        try search.validate()
        guard topK >= 1 else { throw MCDAError.invalidParameter(name: "top k", value: "\(topK)", expected: "≥ 1") }
        let base = try WeightSampler.checkWeights(weights)
        let top = topOrder(scoring, weights: base, count: min(topK, scoring.alternativeCount))
        return try (0..<base.count).map { j in
            let e = try PathEvaluator(scoring, path: WeightPath(weights, criterion: j))
            // The top-k order holds while consecutive members stay ordered and the last one stays
            // ahead of every other alternative.
            var pairs = zip(top, top.dropFirst()).map { (upper: $0, lower: $1) }
            pairs += (0..<scoring.alternativeCount).filter { !top.contains($0) }.map { (upper: top[top.count - 1], lower: $0) }
            let (down, up) = e.nearestReversal(of: pairs, search: search)
            return WeightStabilityInterval(criterion: j, baseWeight: e.path.baseValue, lower: down ?? 0, upper: up ?? 1)
        }
    }

    /// The first `count` alternatives at the base weights, best first, ties by index, from the
    /// scoring's own scores (the ranking a user sees). Taken once for every criterion: at an exact tie
    /// each criterion's path (its lines Aᵢ + t·Bᵢ) rounds differently, and the winner would then
    /// differ from one criterion to the next.
    static func topOrder(_ scoring: some WeightedScoring, weights: [Double], count: Int) -> [Int] {
        let sign: Double = scoring.order == .descending ? 1 : -1
        let key = scoring.scores(weights: weights).map { $0.isNaN ? -.infinity : sign * $0 }
        return Array(key.indices.sorted { key[$0] > key[$1] || (key[$0] == key[$1] && $0 < $1) }.prefix(count))
    }

    private static func change(_ e: PathEvaluator, _ pairs: [(upper: Int, lower: Int)],
                               _ search: BreakpointSearch) -> CriticalWeightChange {
        let (down, up) = e.nearestReversal(of: pairs, search: search)
        return CriticalWeightChange(criterion: e.path.criterion, baseWeight: e.path.baseValue, lowerWeight: down, upperWeight: up)
    }

    private static func method(_ e: PathEvaluator, _ search: BreakpointSearch) -> BreakpointMethod {
        e.isLinear ? .exact : .bisection(scanStep: search.scanStep, tolerance: search.tolerance)
    }
}

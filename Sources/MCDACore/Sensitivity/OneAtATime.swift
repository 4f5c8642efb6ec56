/// Deterministic one-at-a-time weight sensitivity for any ``WeightedScoring``: sweeps
/// (``sweep(_:weights:criterion:points:search:)``), critical weight changes
/// (``criticalChanges(_:weights:topK:search:)``) and stability intervals
/// (``stabilityIntervals(_:weights:topK:search:)``).
///
/// All three move the weight of one criterion j to a value t ∈ [0, 1] and rescale the others in
/// proportion, w(t) = t·eⱼ + (1 − t)·u with uₖ = wₖ / Σ_{l≠j} w_l (k ≠ j); when the other weights
/// are all zero they share 1 − t equally. This is the same as adding δ to wⱼ and renormalising
/// (Triantaphyllou & Sánchez 1997), with t = (wⱼ + δ)/(1 + δ).
///
/// For a ``LinearScoring`` (the weighted sum) every score is linear in t, sᵢ(t) = Aᵢ + t·Bᵢ, so
/// rank changes are found in closed form (``BreakpointMethod/exact``). For other scorings the scores
/// are evaluated on a grid of step ``BreakpointSearch/scanStep`` and each change is refined by
/// bisection to ``BreakpointSearch/tolerance`` (``BreakpointMethod/bisection(scanStep:tolerance:)``);
/// a change that reverts within one grid step can be missed.
public enum WeightSensitivity {
    /// `weights` (normalised to Σ = 1) with criterion `criterion` set to `value` and the others
    /// rescaled in proportion.
    /// - Throws: invalid weights, a criterion out of range, or `value` outside [0, 1].
    public static func rescaledWeights(_ weights: [Double], criterion: Int, to value: Double) throws -> [Double] {
        guard value >= 0 && value <= 1 else {
            throw MCDAError.invalidParameter(name: "weight", value: "\(value)", expected: "0 … 1")
        }
        return try WeightPath(weights, criterion: criterion).weights(at: value)
    }
}

/// Grid and precision of the bisection search for non-linear scorings.
public struct BreakpointSearch: Sendable, Equatable {
    /// Grid step in weight, 0 < step ≤ 0.5 (default 0.001).
    public var scanStep: Double
    /// Width of the final bracket, > 0 (default 1e-10).
    public var tolerance: Double

    public init(scanStep: Double = 1e-3, tolerance: Double = 1e-10) {
        self.scanStep = scanStep
        self.tolerance = tolerance
    }

    func validate() throws {
        guard scanStep > 0 && scanStep <= 0.5 else {
            throw MCDAError.invalidParameter(name: "scan step", value: "\(scanStep)", expected: "0 < step ≤ 0.5")
        }
        guard tolerance > 0 && tolerance < scanStep else {
            throw MCDAError.invalidParameter(name: "tolerance", value: "\(tolerance)", expected: "0 < tolerance < scan step")
        }
    }
}

/// How breakpoints and critical weights were located.
public enum BreakpointMethod: Sendable, Equatable {
    /// Closed form (linear scoring): exact up to rounding.
    case exact
    /// Grid scan then bisection: within `tolerance` of a change seen on the grid.
    case bisection(scanStep: Double, tolerance: Double)
}

/// The weight path w(t) of one criterion.
struct WeightPath {
    let base: [Double]
    let criterion: Int
    /// u: the direction of the other weights (Σ = 1, 0 at the criterion).
    let others: [Double]

    init(_ weights: [Double], criterion j: Int) throws {
        let w = try WeightSampler.checkWeights(weights)
        let n = w.count
        guard j >= 0 && j < n else { throw SensitivityError.criterionOutOfRange(criterion: j, count: n) }
        guard n >= 2 else {
            throw MCDAError.invalidParameter(name: "number of criteria", value: "1", expected: "at least 2 to move one weight")
        }
        let rest = 1 - w[j]
        var u = [Double](repeating: 1 / Double(n - 1), count: n)
        if rest > 0 { for k in 0..<n { u[k] = w[k] / rest } }
        u[j] = 0
        base = w
        criterion = j
        others = u
    }

    var baseValue: Double { base[criterion] }

    func weights(at t: Double) -> [Double] {
        var w = others.map { (1 - t) * $0 }
        w[criterion] = t
        return w
    }
}

/// Scores along a weight path, oriented so that larger is better ("keys").
struct PathEvaluator {
    let scoring: any WeightedScoring
    let path: WeightPath
    /// Aᵢ and Bᵢ of keyᵢ(t) = Aᵢ + t·Bᵢ when the scoring is linear.
    let lines: (intercept: [Double], slope: [Double])?
    /// Keys already computed at scan points (non-linear scorings), when caching was asked for.
    private let cache: ScanCache?

    /// Keys at the points of the scans (t₀ ± k·step), kept so that the scans for several pairs
    /// along one path evaluate the scoring once per point. Bounded to 2²² doubles (32 MB).
    final class ScanCache {
        var keys: [UInt64: [Double]] = [:]
        var stored = 0
        static let limit = 1 << 22
    }

    /// - Parameter cachingScans: keep the keys of scan points for later scans on this path.
    init(_ scoring: any WeightedScoring, path: WeightPath, cachingScans: Bool = false) throws {
        guard scoring.criterionCount == path.base.count else {
            throw SensitivityError.dimensionMismatch(what: "weights", expected: scoring.criterionCount, found: path.base.count)
        }
        self.scoring = scoring
        self.path = path
        let sign: Double = scoring.order == .descending ? 1 : -1
        if let linear = scoring as? any LinearScoring {
            let m = scoring.alternativeCount, n = scoring.criterionCount, c = linear.coefficients, j = path.criterion
            var a = [Double](repeating: 0, count: m), b = a
            for i in 0..<m {
                var s = 0.0
                for k in 0..<n where k != j { s += c[i * n + k] * path.others[k] }
                a[i] = sign * s
                b[i] = sign * c[i * n + j] - a[i]
            }
            lines = (a, b)
            cache = nil
        } else {
            lines = nil
            cache = cachingScans ? ScanCache() : nil
        }
    }

    /// ``keys(at:)`` through the cache, for scan points.
    private func cachedKeys(at t: Double) -> [Double] {
        guard let cache else { return keys(at: t) }
        if let k = cache.keys[t.bitPattern] { return k }
        let k = keys(at: t)
        if cache.stored + k.count <= ScanCache.limit { cache.keys[t.bitPattern] = k; cache.stored += k.count }
        return k
    }

    var isLinear: Bool { lines != nil }

    /// Up to this many distinct alternatives, a reversal search scores only them.
    static let memberLimit = 64

    /// keyᵢ(t) for every alternative.
    func keys(at t: Double) -> [Double] {
        if let (a, b) = lines { return zip(a, b).map { $0 + t * $1 } }
        let sign: Double = scoring.order == .descending ? 1 : -1
        return scoring.scores(weights: path.weights(at: t)).map { $0.isNaN ? -.infinity : sign * $0 }
    }

    /// keyᵢ(t) for the alternatives in `members` only (`result[k]` for `members[k]`), the bits of
    /// ``keys(at:)``: from the cache when the point is there, else from the scoring's
    /// ``WeightedScoring/memberScores(weights:members:into:)``.
    private func memberKeys(at t: Double, members: [Int], cached: Bool) -> [Double] {
        if cached, let all = cache?.keys[t.bitPattern] { return members.map { all[$0] } }
        let sign: Double = scoring.order == .descending ? 1 : -1
        var scores = [Double](repeating: 0, count: members.count)
        path.weights(at: t).withUnsafeBufferPointer { w in
            members.withUnsafeBufferPointer { members in
                scores.withUnsafeMutableBufferPointer { scoring.memberScores(weights: w, members: members, into: $0) }
            }
        }
        return scores.map { $0.isNaN ? -.infinity : sign * $0 }
    }

    /// The nearest weights below and above the base at which some pair (upper, lower) strictly
    /// reverses (keyₗₒ𝓌ₑᵣ > keyᵤₚₚₑᵣ), or nil when none does within [0, 1].
    func nearestReversal(of pairs: [(upper: Int, lower: Int)], search: BreakpointSearch) -> (down: Double?, up: Double?) {
        let t0 = path.baseValue
        if let (a, b) = lines {
            var down: Double?, up: Double?
            for (p, q) in pairs {
                let alpha = a[p] - a[q], beta = b[p] - b[q]   // D(t) = α + β t ≥ 0 at t0
                guard beta != 0 else { continue }
                let root = -alpha / beta
                if beta < 0, root < 1 { up = min(up ?? 1, max(root, t0)) }
                if beta > 0, root > 0 { down = max(down ?? 0, min(root, t0)) }
            }
            return (down, up)
        }
        // Pairs among a few alternatives (the top k) need only their keys: O(k) per point instead
        // of a scoring of all m, with the same bits.
        let members = Array(Set(pairs.flatMap { [$0.upper, $0.lower] })).sorted()
        if members.count <= Self.memberLimit && members.count < scoring.alternativeCount {
            var slot = [Int: Int]()
            for (k, i) in members.enumerated() { slot[i] = k }
            let local = pairs.map { (upper: slot[$0.upper]!, lower: slot[$0.lower]!) }
            func holdsForMembers(_ t: Double, cached: Bool) -> Bool {
                let k = memberKeys(at: t, members: members, cached: cached)
                return local.allSatisfy { k[$0.upper] >= k[$0.lower] }
            }
            return (scan(from: t0, by: -search.scanStep, search: search, holds: holdsForMembers),
                    scan(from: t0, by: search.scanStep, search: search, holds: holdsForMembers))
        }
        func holds(_ t: Double, cached: Bool) -> Bool {
            let k = cached ? cachedKeys(at: t) : keys(at: t)
            return pairs.allSatisfy { k[$0.upper] >= k[$0.lower] }
        }
        return (scan(from: t0, by: -search.scanStep, search: search, holds: holds),
                scan(from: t0, by: search.scanStep, search: search, holds: holds))
    }

    /// Walks from `t0` in steps until `holds` fails, then bisects; nil when it holds up to the end.
    /// The step points are the same for every scan of a path (so they can be cached); the bisection
    /// points are not.
    private func scan(from t0: Double, by step: Double, search: BreakpointSearch, holds: (Double, Bool) -> Bool) -> Double? {
        var good = t0
        while step > 0 ? good < 1 : good > 0 {
            let next = step > 0 ? min(good + step, 1) : max(good + step, 0)
            if holds(next, true) { good = next; continue }
            var bad = next
            while abs(bad - good) > search.tolerance {
                let mid = (good + bad) / 2
                if holds(mid, false) { good = mid } else { bad = mid }
            }
            return (good + bad) / 2
        }
        return nil
    }
}

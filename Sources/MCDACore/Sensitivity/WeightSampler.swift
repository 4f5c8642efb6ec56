import RealModule

/// A distribution of criterion weight vectors on the simplex {w : wⱼ ≥ 0, Σw = 1}, drawn from a
/// seeded ``Xoshiro256StarStar``: the weight model of SMAA.
///
/// | constructor | distribution | method |
/// |---|---|---|
/// | ``uniform(criteria:)`` | uniform on the simplex | normalised Exp(1) draws (exact) |
/// | ``ranked(_:)`` | uniform on w_π(1) ≥ … ≥ w_π(n) | sorted simplex draw (exact) |
/// | ``ordered(criteria:dominance:hitAndRun:)`` | uniform under a partial order | linear extensions (exact, n ≤ 16), else hit-and-run |
/// | ``bounded(lower:upper:dominance:hitAndRun:)`` | uniform under bounds (and an order) | hit-and-run |
/// | ``around(_:relativeSpread:hitAndRun:)`` | uniform on wⱼ(1 ± δ) ∩ simplex | hit-and-run |
/// | ``dirichlet(around:concentration:)`` | Dirichlet(κ·w), mean w | gamma draws (exact) |
///
/// Uniform simplex points are wⱼ = Eⱼ / Σₖ Eₖ with Eⱼ ~ Exp(1), i.e. Dirichlet(1, …, 1) (Rubin 1981,
/// "The Bayesian bootstrap", Ann. Statist. 9(1):130–134, doi:10.1214/aos/1176345338; Smith &
/// Tromble 2004, "Sampling uniformly from the unit simplex"). Normalising independent *uniform*
/// draws instead, Uⱼ / Σ Uₖ, is not uniform: its density piles up near the centre (1/n, …, 1/n)
/// and thins out towards the vertices (for n = 2 it is the ratio U₁/(U₁ + U₂), whose density is
/// not flat), so it would understate how far preferences can go.
///
/// Example:
/// ```swift
/// let sampler = try WeightSampler.ranked([2, 0, 1])      // w₃ ≥ w₁ ≥ w₂
/// let w = try sampler.samples(count: 1000, seed: 7)      // 1000 × 3, row-major
/// ```
public struct WeightSampler: Sendable {
    enum Kind: Sendable {
        case simplex
        case ranked([Int])
        case partialOrder(LinearExtensions)
        case hitAndRun(ConstrainedSimplex, burnIn: Int, thinning: Int)
        case dirichlet([Double])
    }

    /// n, the number of weights per sample.
    public let criterionCount: Int
    let kind: Kind
    /// A short description for reports ("uniform", "hit-and-run (burn-in 560, thinning 56)").
    public let summary: String
    /// Whether a hit-and-run thinning was given rather than the default (for advice in errors).
    var explicitThinning = false

    /// Uniform weights on the simplex. - Parameter n: ≥ 1 criteria.
    public static func uniform(criteria n: Int) throws -> WeightSampler {
        try checkCount(n)
        return WeightSampler(criterionCount: n, kind: .simplex, summary: "uniform")
    }

    /// Uniform weights under a complete ranking: `order[0]` has the largest weight, `order[1]` the
    /// next… (a permutation of 0..<n). Exact: a sorted uniform draw (by symmetry of the simplex).
    public static func ranked(_ order: [Int]) throws -> WeightSampler {
        let n = order.count
        try checkCount(n)
        try checkDistinct(order, n: n)
        return WeightSampler(criterionCount: n, kind: .ranked(order), summary: "ranked")
    }

    /// Uniform weights under the head of a ranking of `n` criteria: `order[0]` ≥ `order[1]` ≥ … ≥
    /// `order.last` ≥ every criterion not listed (the unlisted ones in no order among themselves).
    /// A complete `order` is ``ranked(_:)``; a partial one is the partial order of
    /// ``ordered(criteria:dominance:hitAndRun:)`` (exact up to 16 criteria, hit-and-run above).
    /// - Parameters:
    ///   - order: 1 … n distinct criteria in 0..<n, most important first.
    ///   - n: the number of criteria.
    /// - Throws: ``SensitivityError/criterionOutOfRange(criterion:count:)``, or
    ///   ``MCDAError/invalidParameter(name:value:expected:)`` for an empty or repeating order.
    ///
    /// Example: `try .ranked([2], criteria: 4)` samples w₃ ≥ w₁, w₂, w₄.
    /// - Parameter hitAndRun: burn-in and thinning when a partial order over more than 16 criteria
    ///   needs hit-and-run.
    public static func ranked(_ order: [Int], criteria n: Int, hitAndRun: HitAndRunSettings = .init()) throws -> WeightSampler {
        try checkCount(n)
        guard !order.isEmpty else {
            throw MCDAError.invalidParameter(name: "criterion order", value: "[]", expected: "at least one criterion")
        }
        guard order.count < n else {
            guard order.count == n else {
                throw MCDAError.invalidParameter(name: "criterion order", value: "\(order)", expected: "each of the \(n) criteria at most once")
            }
            return try ranked(order)
        }
        try checkDistinct(order, n: n)
        let rest = (0..<n).filter { !order.contains($0) }
        let pairs = WeightDominance.chain(order) + rest.map { WeightDominance(heavier: order.last!, lighter: $0) }
        return try ordered(criteria: n, dominance: pairs, hitAndRun: hitAndRun)
    }

    /// Uniform weights under a partial order (pairs wₐ ≥ w_b). Exact for n ≤ 16 (sampling linear
    /// extensions), hit-and-run above.
    /// - Parameters:
    ///   - n: the number of criteria.
    ///   - dominance: the pairs wₐ ≥ w_b.
    ///   - hitAndRun: burn-in and thinning above 16 criteria.
    /// - Throws: ``SensitivityError/contradictoryOrdering(cycle:)`` for a cycle.
    public static func ordered(criteria n: Int, dominance: [WeightDominance],
                               hitAndRun: HitAndRunSettings = .init()) throws -> WeightSampler {
        try checkCount(n)
        let pairs = try checkPairs(dominance, n: n)
        if n <= LinearExtensions.maximumCriteria {
            return WeightSampler(criterionCount: n, kind: .partialOrder(try LinearExtensions(n: n, dominance: pairs)),
                                 summary: "partial order (exact)")
        }
        return try bounded(lower: Array(repeating: 0, count: n), upper: Array(repeating: 1, count: n),
                           dominance: pairs, hitAndRun: hitAndRun)
    }

    /// Uniform weights with lᵢ ≤ wᵢ ≤ uᵢ (and optionally an ordering), by hit-and-run.
    /// - Parameters:
    ///   - lower: n lower bounds, 0 ≤ lᵢ ≤ uᵢ.
    ///   - upper: n upper bounds, uᵢ ≤ 1.
    ///   - dominance: optional pairs wₐ ≥ w_b.
    ///   - hitAndRun: burn-in and thinning (defaults from the dimension).
    /// - Throws: ``SensitivityError/emptyWeightSet(reason:)`` when no weight vector satisfies them,
    ///   ``SensitivityError/invalidBounds(criterion:lower:upper:)`` for a malformed bound.
    public static func bounded(lower: [Double], upper: [Double], dominance: [WeightDominance] = [],
                               hitAndRun: HitAndRunSettings = .init()) throws -> WeightSampler {
        let n = lower.count
        try checkCount(n)
        guard upper.count == n else { throw SensitivityError.dimensionMismatch(what: "upper bounds", expected: n, found: upper.count) }
        for j in 0..<n where !(lower[j].isFinite && upper[j].isFinite && 0 <= lower[j] && lower[j] <= upper[j] && upper[j] <= 1) {
            throw SensitivityError.invalidBounds(criterion: j, lower: lower[j], upper: upper[j])
        }
        let polytope = try ConstrainedSimplex(lower: lower, upper: upper, dominance: try checkPairs(dominance, n: n))
        if let b = hitAndRun.burnIn, b < 0 { throw MCDAError.invalidParameter(name: "burn-in", value: "\(b)", expected: "≥ 0") }
        if let t = hitAndRun.thinning, t < 1 { throw MCDAError.invalidParameter(name: "thinning", value: "\(t)", expected: "≥ 1") }
        let (burnIn, thinning) = hitAndRun.resolved(dimension: polytope.dimension)
        return WeightSampler(criterionCount: n, kind: .hitAndRun(polytope, burnIn: burnIn, thinning: thinning),
                             summary: "hit-and-run (burn-in \(burnIn), thinning \(thinning))",
                             explicitThinning: hitAndRun.thinning != nil)
    }

    /// Uniform weights within ±δ (relative) of `weights`: wⱼ(1 − δ) ≤ wⱼ' ≤ wⱼ(1 + δ), clipped to
    /// [0, 1], on the simplex. `weights` are normalised to Σ = 1 first; a zero weight stays zero.
    /// - Parameters:
    ///   - weights: the centre, one per criterion (normalised here).
    ///   - delta: δ > 0 (0.2 for ±20 %).
    ///   - hitAndRun: burn-in and thinning (defaults from the dimension).
    public static func around(_ weights: [Double], relativeSpread delta: Double,
                              hitAndRun: HitAndRunSettings = .init()) throws -> WeightSampler {
        let w = try checkWeights(weights)
        guard delta > 0 && delta.isFinite else {
            throw MCDAError.invalidParameter(name: "relative spread", value: "\(delta)", expected: "a positive number")
        }
        return try bounded(lower: w.map { max(0, $0 * (1 - delta)) }, upper: w.map { min(1, $0 * (1 + delta)) },
                           hitAndRun: hitAndRun)
    }

    /// Dirichlet(κ·w) weights: mean w, variance wⱼ(1 − wⱼ)/(κ + 1), so κ is a concentration
    /// (κ = n gives uniform weights when w is equal; larger κ stays closer to w). A zero weight stays zero.
    /// Typical use: spread around AHP priorities.
    /// - Parameters:
    ///   - weights: the mean, one per criterion (normalised here).
    ///   - kappa: κ > 0, with every shape κ·wⱼ of a nonzero weight at least
    ///     ``Xoshiro256StarStar/minimumGammaShape`` (10⁻³⁰⁰): below it the gamma logarithms overflow
    ///     to −∞ and the draw would be NaN.
    /// - Throws: ``MCDAError/invalidParameter(name:value:expected:)`` naming the concentration, or
    ///   the criterion whose shape is too small.
    public static func dirichlet(around weights: [Double], concentration kappa: Double) throws -> WeightSampler {
        let w = try checkWeights(weights)
        guard kappa > 0 && kappa.isFinite else {
            throw MCDAError.invalidParameter(name: "concentration", value: "\(kappa)", expected: "a positive number")
        }
        for (j, x) in w.enumerated() where x > 0 && !(kappa * x >= Xoshiro256StarStar.minimumGammaShape) {
            throw MCDAError.invalidParameter(
                name: "Dirichlet shape of criterion \(j + 1) (concentration \(kappa) × weight \(x))", value: "\(kappa * x)",
                expected: "at least \(Xoshiro256StarStar.minimumGammaShape); raise the concentration")
        }
        return WeightSampler(criterionCount: w.count, kind: .dirichlet(w.map { kappa * $0 }),
                             summary: "Dirichlet (concentration \(kappa))")
    }

    /// `count` samples, row-major (count × n), drawn in blocks of ``SMAA/blockSize`` from the
    /// streams of `seed` exactly as SMAA draws them without data uncertainty.
    /// - Throws: ``SensitivityError/hitAndRunTooLong(_:)`` when hit-and-run would exceed its budget.
    public func samples(count: Int, seed: UInt64) throws -> [Double] {
        guard count >= 0 else { throw MCDAError.invalidParameter(name: "samples", value: "\(count)", expected: "≥ 0") }
        try checkWork(samples: count)
        let n = criterionCount
        var out = [Double](repeating: 0, count: count * n)
        out.withUnsafeMutableBufferPointer { buffer in
            var block = 0
            while block * SMAA.blockSize < count {
                var rng = Xoshiro256StarStar(seed: seed, stream: UInt64(block))
                var stream = makeStream()
                for s in (block * SMAA.blockSize)..<min(count, (block + 1) * SMAA.blockSize) {
                    stream.next(into: UnsafeMutableBufferPointer(rebasing: buffer[(s * n)..<(s * n + n)]), using: &rng)
                }
                block += 1
            }
        }
        return out
    }

    static func checkCount(_ n: Int) throws {
        guard n >= 1 else { throw MCDAError.invalidParameter(name: "number of criteria", value: "\(n)", expected: "≥ 1") }
    }

    /// Criteria in 0..<n, none twice.
    static func checkDistinct(_ order: [Int], n: Int) throws {
        for (position, j) in order.enumerated() {
            guard j >= 0 && j < n else { throw SensitivityError.criterionOutOfRange(criterion: j, count: n) }
            if order[..<position].contains(j) {
                throw MCDAError.invalidParameter(name: "criterion order", value: "\(order)",
                                                 expected: "each criterion at most once")
            }
        }
    }

    static func checkPairs(_ pairs: [WeightDominance], n: Int) throws -> [WeightDominance] {
        for p in pairs {
            for j in [p.heavier, p.lighter] where j < 0 || j >= n {
                throw SensitivityError.criterionOutOfRange(criterion: j, count: n)
            }
        }
        return pairs.filter { $0.heavier != $0.lighter }
    }

    /// Validates and normalises reference weights.
    static func checkWeights(_ weights: [Double]) throws -> [Double] {
        try checkCount(weights.count)
        for (j, w) in weights.enumerated() where !(w.isFinite && w >= 0) {
            throw MCDAError.invalidWeight(criterion: "\(j + 1)", value: w)
        }
        guard weights.contains(where: { $0 > 0 }) else { throw MCDAError.zeroWeights }
        return Weights.normalized(weights)
    }
}

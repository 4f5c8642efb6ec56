import RealModule

/// How long a hit-and-run chain runs before its first sample and between samples.
///
/// Defaults, with d the number of free weights minus one (the dimension of the constrained
/// simplex): thinning ⌈ln(d + 1)·d³ / 4⌉ steps per sample, the default `thin.fn` of the R package
/// hitandrun (van Valkenhoef; the implementation behind Tervonen et al. 2013, "Hit-And-Run enables
/// efficient weight generation for simulation-based multiple criteria decision analysis", EJOR
/// 224(3):552–559, doi:10.1016/j.ejor.2012.08.026), whose n is likewise the dimension left after
/// the equality constraints. Its d³ growth follows the mixing time of hit-and-run, O*(d²R²/r²)
/// steps for a body between balls of radii r and R (Lovász 1999, "Hit-and-run mixes fast", Math.
/// Program. 86(3):443–461, doi:10.1007/s101070050099), i.e. O*(d³) when R/r = O(√d), the O*(n³)
/// the package's manual quotes; the ln(d + 1)/4 factor is the package's choice, not a bound from
/// either paper. Burn-in 10 × thinning, at least 100, is our own choice (hitandrun has none).
/// Every block of samples starts a fresh chain at the same interior point, so burn-in is paid once
/// per block of ``SMAA/blockSize`` samples.
public struct HitAndRunSettings: Sendable, Equatable {
    /// Steps discarded at the start of every chain (nil: the default above).
    public var burnIn: Int?
    /// Steps per returned sample (nil: the default above); 1 returns every step.
    public var thinning: Int?

    public init(burnIn: Int? = nil, thinning: Int? = nil) {
        self.burnIn = burnIn
        self.thinning = thinning
    }

    /// The largest thinning accepted (10⁹ steps per sample, far beyond any time budget), so that
    /// step counts cannot overflow (a thinning near Int.max trapped; found by fuzzing).
    public static let maximumThinning = 1_000_000_000

    /// The settings with defaults filled in for a chain in `dimension` free dimensions.
    func resolved(dimension d: Int) -> (burnIn: Int, thinning: Int) {
        let dd = Double(max(d, 1))
        let formula = (Double.log(dd + 1) * dd * dd * dd / 4).rounded(.up)
        let thin = min(thinning ?? max(1, formula < 1e15 ? Int(formula) : Int(1e15)), Int(1e15))
        return (burnIn ?? max(100, 10 * thin), thin)
    }
}

/// The weight polytope {w : Σw = 1, lᵢ ≤ wᵢ ≤ uᵢ, wₐ ≥ w_b for given pairs} and a hit-and-run walk
/// on it (Smith 1984, "Efficient Monte Carlo procedures for generating points uniformly distributed
/// over bounded regions", Oper. Res. 32(6):1296–1308, doi:10.1287/opre.32.6.1296).
///
/// Construction tightens the bounds along the ordering (lₐ ≥ l_b and u_b ≤ uₐ when wₐ ≥ w_b), after
/// which the set is non-empty exactly when l ≤ u and Σl ≤ 1 ≤ Σu: the tightened vectors l and u both
/// respect the ordering, so the point (1 − t)·l + t·u with Σ = 1 is feasible. That point is also the
/// chain's start. Weights with l = u are fixed and take no part in the walk.
///
/// One step: a direction d uniform on the sphere of the hyperplane Σd = 0 (normal draws minus their
/// mean, over the free weights), the chord {x + t·d} ∩ polytope from the bounds and pairs, and t
/// uniform on the chord. The walk's stationary distribution is uniform on the polytope.
struct ConstrainedSimplex: Sendable {
    let n: Int
    let lower: [Double]
    let upper: [Double]
    let pairs: [WeightDominance]
    /// Weights that can move (l < u).
    let free: [Int]
    /// A feasible starting point.
    let start: [Double]

    /// - Throws: ``SensitivityError/emptyWeightSet(reason:)`` when nothing is feasible;
    ///   ``SensitivityError/contradictoryOrdering(cycle:)`` for a cyclic ordering.
    init(lower l0: [Double], upper u0: [Double], dominance: [WeightDominance]) throws {
        let n = l0.count
        var lo = l0, hi = u0
        if let cycle = WeightDominance.cycle(in: dominance, criteria: n) {
            throw SensitivityError.contradictoryOrdering(cycle: cycle)
        }
        // Propagate bounds along the ordering until stable (at most n rounds for an acyclic order).
        for _ in 0...n {
            var changed = false
            for d in dominance {
                if lo[d.heavier] < lo[d.lighter] { lo[d.heavier] = lo[d.lighter]; changed = true }
                if hi[d.lighter] > hi[d.heavier] { hi[d.lighter] = hi[d.heavier]; changed = true }
            }
            if !changed { break }
        }
        for j in 0..<n where lo[j] > hi[j] {
            throw SensitivityError.emptyWeightSet(reason: "criterion \(j + 1) would need \(lo[j]) ≤ w ≤ \(hi[j]) "
                                                  + "once the ordering is applied to the bounds")
        }
        let sumLo = lo.reduce(0, +), sumHi = hi.reduce(0, +)
        let slack = 1e-12
        guard sumLo <= 1 + slack else {
            throw SensitivityError.emptyWeightSet(reason: "the lower bounds sum to \(sumLo) > 1")
        }
        guard sumHi >= 1 - slack else {
            throw SensitivityError.emptyWeightSet(reason: "the upper bounds sum to \(sumHi) < 1")
        }
        if sumLo >= 1 - slack { hi = lo }        // a single point: every weight at its lower bound
        else if sumHi <= 1 + slack { lo = hi }   // a single point: every weight at its upper bound
        let t = sumHi > sumLo ? (1 - sumLo) / (sumHi - sumLo) : 0
        var x = (0..<n).map { lo[$0] + t * (hi[$0] - lo[$0]) }
        let total = x.reduce(0, +)
        x = x.map { $0 / total }
        self.n = n
        lower = lo
        upper = hi
        pairs = dominance.filter { lo[$0.heavier] < hi[$0.heavier] || lo[$0.lighter] < hi[$0.lighter] }
        let movable = (0..<n).filter { lo[$0] < hi[$0] }
        free = movable.count >= 2 ? movable : []
        start = x
    }

    /// Dimension of the walk (free weights minus one for Σw = 1).
    var dimension: Int { max(free.count - 1, 0) }

    /// Removes the rounding drift of Σx = 1 by rescaling the free weights (fixed ones stay exact).
    func renormalize(_ x: UnsafeMutableBufferPointer<Double>) {
        guard !free.isEmpty else { return }
        var fixed = 0.0, moving = 0.0
        for j in 0..<n { if lower[j] < upper[j] { moving += x[j] } else { fixed += x[j] } }
        guard moving > 0 else { return }
        let factor = (1 - fixed) / moving
        for k in free { x[k] *= factor }
    }

    /// One hit-and-run step from `x`, using `d` as scratch for the direction.
    func step(_ x: UnsafeMutableBufferPointer<Double>, direction d: UnsafeMutableBufferPointer<Double>,
              using rng: inout Xoshiro256StarStar) {
        guard !free.isEmpty else { return }
        var mean = 0.0
        for k in free { d[k] = rng.nextNormal(); mean += d[k] }
        mean /= Double(free.count)
        var tMin = -Double.infinity, tMax = Double.infinity
        for k in free {
            let dk = d[k] - mean
            d[k] = dk
            if dk > 0 {
                tMax = min(tMax, (upper[k] - x[k]) / dk); tMin = max(tMin, (lower[k] - x[k]) / dk)
            } else if dk < 0 {
                tMax = min(tMax, (lower[k] - x[k]) / dk); tMin = max(tMin, (upper[k] - x[k]) / dk)
            }
        }
        for p in pairs {
            let gap = max(x[p.heavier] - x[p.lighter], 0)
            let e = (lower[p.heavier] < upper[p.heavier] ? d[p.heavier] : 0)
                - (lower[p.lighter] < upper[p.lighter] ? d[p.lighter] : 0)
            if e < 0 { tMax = min(tMax, gap / -e) } else if e > 0 { tMin = max(tMin, -gap / e) }
        }
        guard tMin.isFinite, tMax.isFinite, tMin < tMax else { return }  // rounding at a vertex: stay
        let t = tMin + rng.nextUnit() * (tMax - tMin)
        for k in free { x[k] = min(max(x[k] + t * d[k], lower[k]), upper[k]) }
    }
}

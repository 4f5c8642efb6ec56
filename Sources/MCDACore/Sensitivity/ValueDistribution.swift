import RealModule

/// The distribution of one performance value xᵢⱼ in SMAA (Lahdelma & Salminen 2001, "criteria
/// measurements ξ"), drawn afresh, independently of every other value, in each sample.
///
/// | case | draw | mean | variance |
/// |---|---|---|---|
/// | ``exact`` | the matrix value x | x | 0 |
/// | ``uniform(lower:upper:)`` | l + (u − l)·U | (l + u)/2 | (u − l)²/12 |
/// | ``beta(alpha:beta:)`` | G₁/(G₁ + G₂), G₁ ~ Γ(α), G₂ ~ Γ(β) | α/(α + β) | αβ/((α + β)²(α + β + 1)) |
/// | ``normal(mean:sd:)`` | μ + σZ | μ | σ² |
/// | ``logNormal(mu:sigma:)`` | exp(μ + σZ) | exp(μ + σ²/2) | (exp(σ²) − 1)·exp(2μ + σ²) |
///
/// U is uniform on [0, 1) (one draw), Z standard normal by Marsaglia's polar method (Marsaglia &
/// Bray 1964, doi:10.1137/1006063; see ``Xoshiro256StarStar/nextNormal()``), Γ(a) a Gamma(a, 1)
/// variate by Marsaglia & Tsang (2000, doi:10.1145/358407.358414; see
/// ``Xoshiro256StarStar/nextLogGamma(shape:)``). The beta draw works with the logarithms ℓₖ = ln Gₖ,
/// x = 1/(1 + exp(ℓ₂ − ℓ₁)), so shapes far below 1 (whose gamma variates underflow) still give a
/// value in [0, 1] and never 0/0. Beta(events + 1, non-events + 1) is the posterior of a
/// proportion under a flat prior.
///
/// The ``exact`` case consumes no random numbers; the others a fixed number (uniform) or a
/// variable number (rejection sampling) of draws from the sample's stream, so results stay
/// bit-for-bit reproducible for a seed.
///
/// Example:
/// ```swift
/// // Two alternatives × one criterion: a proportion with 20 events in 136 trials, and an exact value.
/// let u = DataUncertainty.distributions([.beta(alpha: 20, beta: 116), .exact])
/// ```
public enum ValueDistribution: Sendable, Equatable {
    /// The matrix value, unchanged.
    case exact
    /// Uniform on [lower, upper]; finite, lower ≤ upper.
    case uniform(lower: Double, upper: Double)
    /// Beta(α, β) on [0, 1]; α, β finite and at least ``Xoshiro256StarStar/minimumGammaShape``
    /// (10⁻³⁰⁰; smaller shapes would make both gamma logarithms −∞ and the draw NaN).
    case beta(alpha: Double, beta: Double)
    /// Normal with mean μ (finite) and standard deviation σ > 0 (finite).
    case normal(mean: Double, sd: Double)
    /// exp(N(μ, σ²)): μ finite, σ > 0, and exp(μ + 13σ) finite. The polar method's |Z| is at most
    /// √(−2 ln s) with s ≥ 2⁻¹⁰⁴ (the smallest nonzero point radius²), i.e. below 12.02, so no draw
    /// overflows.
    case logNormal(mu: Double, sigma: Double)

    /// The short name used in summaries ("beta", "normal"…).
    public var name: String {
        switch self {
        case .exact: return "exact"
        case .uniform: return "uniform"
        case .beta: return "beta"
        case .normal: return "normal"
        case .logNormal: return "log-normal"
        }
    }

    /// The mean of the distribution (`value` for ``exact``).
    public func mean(value: Double) -> Double {
        switch self {
        case .exact: return value
        case .uniform(let l, let u): return (l + u) / 2
        case .beta(let a, let b): return a / (a + b)
        case .normal(let mu, _): return mu
        case .logNormal(let mu, let s): return Double.exp(mu + s * s / 2)
        }
    }

    /// The variance of the distribution (0 for ``exact``).
    public var variance: Double {
        switch self {
        case .exact: return 0
        case .uniform(let l, let u): return (u - l) * (u - l) / 12
        case .beta(let a, let b): return a * b / ((a + b) * (a + b) * (a + b + 1))
        case .normal(_, let s): return s * s
        case .logNormal(let mu, let s): return Double.expMinusOne(s * s) * Double.exp(2 * mu + s * s)
        }
    }

    /// What valid parameters would look like, when these are not ("α > 0 and β > 0, both
    /// finite"); nil when they are valid.
    public var problem: String? {
        let limit = DecisionMatrix.magnitudeLimit
        switch self {
        case .exact:
            return nil
        case .uniform(let l, let u):
            guard l.isFinite && u.isFinite && l <= u else { return "finite bounds with lower ≤ upper" }
            return max(abs(l), abs(u)) <= limit ? nil : "bounds within ±1e150 (the values a matrix takes)"
        case .beta(let a, let b):
            guard a > 0 && a.isFinite && b > 0 && b.isFinite else { return "α > 0 and β > 0, both finite" }
            return min(a, b) >= Xoshiro256StarStar.minimumGammaShape ? nil
                : "α and β of at least 1e-300 (smaller shapes overflow the gamma draws)"
        case .normal(let mu, let s):
            guard mu.isFinite && s > 0 && s.isFinite else { return "a finite mean and a finite sd > 0" }
            return abs(mu) + 13 * s <= limit ? nil : "|mean| + 13·sd ≤ 1e150, so that draws stay within the values a matrix takes"
        case .logNormal(let mu, let s):
            guard mu.isFinite && s > 0 && s.isFinite else { return "a finite μ and a finite σ > 0" }
            return Double.exp(mu + 13 * s) <= limit ? nil : "exp(μ + 13σ) ≤ 1e150, so that draws stay within the values a matrix takes"
        }
    }

    /// The distribution with its parameters, as written in errors ("beta(1.0, 0.0)").
    public var parameterText: String {
        switch self {
        case .exact: return "exact"
        case .uniform(let l, let u): return "uniform(\(l), \(u))"
        case .beta(let a, let b): return "beta(\(a), \(b))"
        case .normal(let mu, let s): return "normal(\(mu), \(s))"
        case .logNormal(let mu, let s): return "log-normal(\(mu), \(s))"
        }
    }

    /// One draw; `value` is the matrix value, returned by ``exact``.
    func draw(value: Double, using rng: inout Xoshiro256StarStar) -> Double {
        switch self {
        case .exact:
            return value
        case .uniform(let l, let u):
            let t = rng.nextUnit()
            return l * (1 - t) + u * t
        case .beta(let a, let b):
            let g1 = rng.nextLogGamma(shape: a), g2 = rng.nextLogGamma(shape: b)
            return 1 / (1 + Double.exp(g2 - g1))
        case .normal(let mu, let s):
            return mu + s * rng.nextNormal()
        case .logNormal(let mu, let s):
            return Double.exp(mu + s * rng.nextNormal())
        }
    }
}

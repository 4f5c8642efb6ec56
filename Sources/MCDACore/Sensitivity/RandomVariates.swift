import RealModule

/// Non-uniform variates drawn from ``Xoshiro256StarStar``: the exponential, normal and gamma
/// distributions that the weight samplers and judgment perturbations need.
extension Xoshiro256StarStar {
    /// Exp(1): −ln U with U uniform on (0, 1).
    @inlinable
    public mutating func nextExponential() -> Double { -Double.log(nextOpenUnit()) }

    /// N(0, 1) by Marsaglia's polar method (Marsaglia & Bray 1964, doi:10.1137/1006063): draws
    /// points in the unit disc (acceptance π/4) and keeps one coordinate, so every call consumes a
    /// whole number of points and no state is carried between calls.
    public mutating func nextNormal() -> Double {
        while true {
            let u = 2 * nextUnit() - 1, v = 2 * nextUnit() - 1
            let s = u * u + v * v
            if s > 0 && s < 1 { return u * (-2 * Double.log(s) / s).squareRoot() }
        }
    }

    /// The smallest gamma shape accepted anywhere (``nextLogGamma(shape:)``, Dirichlet weights,
    /// beta values): 10⁻³⁰⁰.
    ///
    /// Below about 2·10⁻³⁰⁷ the boost term ln U / α of ``nextLogGamma(shape:)`` overflows to −∞
    /// (|ln U| reaches 37.4), and a Dirichlet or beta draw whose logarithms are all −∞ would be
    /// −∞ − (−∞) = NaN. Shapes are therefore validated rather than sampled in some limit, and the
    /// bound is a round number with a margin of ten million. Nothing is lost: from about 10⁻¹⁵
    /// down, the draws are already point masses (ln Gamma(α) ≈ −Exp(1)/α, so a Dirichlet puts all
    /// weight on criterion j with probability αⱼ/Σα and a beta is 0 or 1), and they stay so,
    /// with the right probabilities, down to 10⁻³⁰⁰.
    public static let minimumGammaShape = 1e-300

    /// The natural logarithm of a Gamma(shape, 1) variate, by Marsaglia & Tsang (2000, "A simple
    /// method for generating gamma variables", ACM TOMS 26(3):363–372, doi:10.1145/358407.358414).
    /// Shapes below 1 use their boost Gamma(α) = Gamma(α + 1)·U^(1/α), kept in logarithms so that
    /// tiny shapes cannot underflow to zero. The result is always finite.
    /// - Parameter shape: ``minimumGammaShape`` ≤ α < ∞ (validated by every caller; a precondition here).
    public mutating func nextLogGamma(shape: Double) -> Double {
        precondition(shape >= Self.minimumGammaShape && shape.isFinite, "gamma shape below the minimum")
        if shape < 1 {
            return nextLogGamma(shape: shape + 1) + Double.log(nextOpenUnit()) / shape
        }
        let d = shape - 1.0 / 3, c = 1 / (9 * d).squareRoot()
        while true {
            let x = nextNormal()
            let t = 1 + c * x
            guard t > 0 else { continue }
            let v = t * t * t
            let u = nextOpenUnit()
            if Double.log(u) < 0.5 * x * x + d - d * v + d * Double.log(v) { return Double.log(d * v) }
        }
    }
}

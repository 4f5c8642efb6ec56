import RealModule

/// A PROMETHEE preference function: how strongly a is preferred to b on one criterion, as a function
/// P(d) ∈ [0, 1] of the oriented difference d = xₐ − x_b (benefit) or x_b − xₐ (cost).
///
/// The six generalised criteria of Brans & Vincke (1985), with q the indifference threshold, p the
/// preference threshold and s the inflection point, all in the criterion's units:
///
/// | case | type | P(d) |
/// |---|---|---|
/// | ``usual`` | I | 0 if d ≤ 0, else 1 |
/// | ``uShape(q:)`` | II | 0 if d ≤ q, else 1 |
/// | ``vShape(p:)`` | III | 0 if d ≤ 0; d/p if 0 < d ≤ p; 1 if d > p |
/// | ``level(q:p:)`` | IV | 0 if d ≤ q; ½ if q < d ≤ p; 1 if d > p |
/// | ``linear(q:p:)`` | V (V-shape with indifference) | 0 if d ≤ q; (d − q)/(p − q) if q < d ≤ p; 1 if d > p |
/// | ``gaussian(s:)`` | VI | 0 if d ≤ 0, else 1 − exp(−d²/(2s²)) |
///
/// Types I–V are exactly those of the reference cases (pymcdm, pyrepo-mcda, pyDecision); type VI uses
/// s directly (as pyDecision does; pyrepo-mcda derives s = (p + q)/2 instead).
///
/// Valid parameters (``validate(criterion:)``): finite, q ≥ 0, p ≥ q (p ≥ 0 for type III), s > 0.
/// Equal thresholds are allowed and never divide by zero (the middle branch is then empty).
///
/// Reference: J. P. Brans, Ph. Vincke, "A preference ranking organisation method (The PROMETHEE
/// method for multiple criteria decision-making)", Management Science 31(6) (1985) 647–656,
/// doi:10.1287/mnsc.31.6.647.
///
/// Example: `PreferenceFunction.linear(q: 1, p: 2).value(1.5)` is 0.5.
public enum PreferenceFunction: Sendable, Hashable, CustomStringConvertible {
    /// Type I: any advantage is a strict preference.
    case usual
    /// Type II, quasi-criterion: preference once the advantage exceeds q ≥ 0.
    case uShape(q: Double)
    /// Type III: preference grows linearly up to p ≥ 0.
    case vShape(p: Double)
    /// Type IV: ½ between q and p, 1 beyond p (0 ≤ q ≤ p).
    case level(q: Double, p: Double)
    /// Type V: linear from q to p (0 ≤ q ≤ p).
    case linear(q: Double, p: Double)
    /// Type VI: 1 − exp(−d²/(2s²)) for d > 0 (s > 0).
    case gaussian(s: Double)

    /// The name of a preference function without its parameters (raw values are the command-line spellings).
    public enum Kind: String, CaseIterable, Sendable, Codable {
        /// ``PreferenceFunction/usual``.
        case usual
        /// ``PreferenceFunction/uShape(q:)``.
        case uShape = "u-shape"
        /// ``PreferenceFunction/vShape(p:)``.
        case vShape = "v-shape"
        /// ``PreferenceFunction/level(q:p:)``.
        case level
        /// ``PreferenceFunction/linear(q:p:)``.
        case linear
        /// ``PreferenceFunction/gaussian(s:)``.
        case gaussian

        /// Whether the function takes an indifference threshold q.
        public var usesQ: Bool { self == .uShape || self == .level || self == .linear }
        /// Whether the function takes a preference threshold p.
        public var usesP: Bool { self == .vShape || self == .level || self == .linear }
        /// Whether the function takes a Gaussian parameter s.
        public var usesS: Bool { self == .gaussian }
    }

    /// The function's kind.
    public var kind: Kind {
        switch self {
        case .usual: return .usual
        case .uShape: return .uShape
        case .vShape: return .vShape
        case .level: return .level
        case .linear: return .linear
        case .gaussian: return .gaussian
        }
    }

    /// Builds a function of `kind` from the parameters it uses (the others are ignored).
    /// - Throws: ``MCDAError/invalidParameter(name:value:expected:)`` naming `criterion` when a
    ///   needed parameter is missing.
    public init(kind: Kind, q: Double?, p: Double?, s: Double?, criterion: String) throws {
        func need(_ value: Double?, _ name: String) throws -> Double {
            guard let value else {
                throw MCDAError.invalidParameter(name: "\(name) of criterion '\(criterion)'", value: "missing",
                                                 expected: "a threshold for the \(kind.rawValue) preference function")
            }
            return value
        }
        switch kind {
        case .usual: self = .usual
        case .uShape: self = .uShape(q: try need(q, "q"))
        case .vShape: self = .vShape(p: try need(p, "p"))
        case .level: self = .level(q: try need(q, "q"), p: try need(p, "p"))
        case .linear: self = .linear(q: try need(q, "q"), p: try need(p, "p"))
        case .gaussian: self = .gaussian(s: try need(s, "s"))
        }
    }

    /// P(d) ∈ [0, 1] for the oriented difference d.
    @inlinable public func value(_ d: Double) -> Double {
        switch self {
        case .usual: return d > 0 ? 1 : 0
        case .uShape(let q): return d > q ? 1 : 0
        case .vShape(let p): return d <= 0 ? 0 : (d > p ? 1 : d / p)
        case .level(let q, let p): return d <= q ? 0 : (d > p ? 1 : 0.5)
        case .linear(let q, let p): return d <= q ? 0 : (d > p ? 1 : (d - q) / (p - q))
        case .gaussian(let s): return d <= 0 ? 0 : 1 - Double.exp(-(d * d) / (2 * s * s))
        }
    }

    /// Checks the parameters: finite, q ≥ 0, p ≥ q, p ≥ 0, 0 < s ≤ 10¹⁵⁰.
    /// - Throws: ``MCDAError/invalidParameter(name:value:expected:)`` naming `criterion`.
    public func validate(criterion: String) throws {
        func check(_ ok: Bool, _ name: String, _ value: Double, _ expected: String) throws {
            guard ok, value.isFinite else {
                throw MCDAError.invalidParameter(name: "\(name) of criterion '\(criterion)'", value: "\(value)",
                                                 expected: expected)
            }
        }
        switch self {
        case .usual: break
        case .uShape(let q): try check(q >= 0, "q", q, "a finite threshold ≥ 0")
        case .vShape(let p): try check(p >= 0, "p", p, "a finite threshold ≥ 0")
        case .level(let q, let p), .linear(let q, let p):
            try check(q >= 0, "q", q, "a finite threshold ≥ 0")
            try check(p >= q, "p", p, "a finite threshold ≥ q = \(q)")
        // s ≤ 10¹⁵⁰ (the range of values): 2s² overflowed beyond about 9.5·10¹⁵³ and every preference became 0.
        case .gaussian(let s): try check(s > 0 && s <= DecisionMatrix.magnitudeLimit, "s", s, "a finite number > 0, at most 1e150")
        }
    }

    /// The function with its parameters, for example `linear(q: 1.0, p: 2.0)`.
    public var description: String {
        switch self {
        case .usual: return "usual"
        case .uShape(let q): return "u-shape(q: \(q))"
        case .vShape(let p): return "v-shape(p: \(p))"
        case .level(let q, let p): return "level(q: \(q), p: \(p))"
        case .linear(let q, let p): return "linear(q: \(q), p: \(p))"
        case .gaussian(let s): return "gaussian(s: \(s))"
        }
    }
}

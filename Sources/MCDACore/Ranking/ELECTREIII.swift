/// ELECTRE III (Roy 1978): a fuzzy outranking relation built from concordance and discordance
/// with indifference, preference and veto thresholds, exploited by descending and ascending
/// distillation into a final partial pre-order.
///
/// For criterion j, with gains g = x (benefit) or −x (cost; targets resolved to cost distances),
/// thresholds 0 ≤ qⱼ ≤ pⱼ ≤ vⱼ in the criterion's units, and Δ = gⱼ(b) − gⱼ(a):
///
///     cⱼ(a,b) = 1 if Δ ≤ qⱼ;  0 if Δ ≥ pⱼ;  (pⱼ − Δ)/(pⱼ − qⱼ) otherwise          partial concordance
///     dⱼ(a,b) = 0 if Δ ≤ pⱼ;  1 if Δ ≥ vⱼ;  (Δ − pⱼ)/(vⱼ − pⱼ) otherwise          discordance (0 without a veto)
///     C(a,b)  = Σⱼ wⱼ cⱼ(a,b) / Σⱼ wⱼ
///     σ(a,b)  = C(a,b) · Π_{j: dⱼ > C} (1 − dⱼ)/(1 − C)                          credibility
///
/// **Distillation** (Roy 1978; the rules of Almeida Dias, Figueira & Roy 2006, *The software
/// ELECTRE III-IV: methodology and user manual*, CEG-IST working paper 4/2006), with the
/// discrimination threshold s(λ) = 0.3 − 0.15 λ: within a set D, λ₀ = max σ over D; the next
/// level is λ₁ = the largest σ below λ₀ − s(λ₀) (0 if none); a outranks b at that level when
/// σ(a,b) > λ₁ and σ(a,b) − σ(b,a) > s(σ(a,b)); the qualification of a is how many it outranks
/// minus how many outrank it. The descending distillation keeps the best qualified (the ascending
/// one the worst), and repeats within them at the next level until one alternative is left or the
/// level is 0: that set is the distillate, removed from the rest, and so on. The descending
/// distillates are ranked 1, 2, … from the top; the ascending ones 1, 2, … from the top too (the
/// last one extracted is ranked 1).
///
/// **Final pre-order and the scores**: a is preferred to b when it is ranked at least as well by
/// both distillations and better by one; equal positions in both make a and b indifferent;
/// opposite positions make them incomparable. The score of a is its **level** in that partial
/// pre-order: 1 when no alternative is preferred to it, otherwise one more than the highest level
/// of the alternatives preferred to it. Smaller is better; `ranks` are the levels with ties
/// averaged, so indifferent alternatives, and incomparable ones on the same level, share a rank.
/// The descending and ascending positions are kept in the result.
///
/// Parameters, one value per criterion: ``indifference`` q (default 0), ``preference`` p
/// (default 0), ``veto`` v (default none, no veto), in the criterion's units. With the defaults C
/// is the share of the weight on which a is at least as good as b (the crisp concordance of
/// ELECTRE I) and σ = C: give thresholds for a real ELECTRE III analysis.
///
/// **Thresholds that grow with the value** (Roy's general form t = α + β·g): the slopes
/// ``indifferenceSlope``, ``preferenceSlope`` and ``vetoSlope`` (β, default 0) make criterion j's
/// threshold, when a is tested as outranking b, tⱼ(a) = αⱼ + βⱼ·xⱼ(a): the absolute part plus β
/// times a's own value as given (for a cost criterion too; a target criterion's distance). A
/// threshold of "10 %" is α = 0, β = 0.1. Taking the value of a (the "direct" thresholds) equals
/// taking the worse of the two values, since cⱼ < 1 only when b is better than a. A veto slope
/// alone (without ``veto``) gives a veto of βⱼ·xⱼ(a). Every threshold must come out non-negative
/// with q ≤ p ≤ v for every alternative.
///
/// - Throws: ``MCDAError`` for invalid weights; ``MCDAError/invalidParameter(name:value:expected:)``
///   naming the criterion (and, with slopes, the alternative) for thresholds or slopes of the
///   wrong count, not finite, negative, or not q ≤ p ≤ v.
///
/// Complexity: O(m²·n) for σ; the distillations O(m³) at worst.
///
/// Reference: B. Roy, "ELECTRE III : un algorithme de classements fondé sur une représentation
/// floue des préférences en présence de critères multiples", Cahiers du CERO 20(1) (1978) 3–24.
/// `ELECTREIIITests` runs the worked example of X. Wang, E. Triantaphyllou, "Ranking irregularities
/// when evaluating alternatives by using some ELECTRE methods", Omega 36(1) (2008) 45–63,
/// doi:10.1016/j.omega.2005.12.003 (thresholds of 10 % and 20 % of the value), to its printed
/// credibility rows and distillations.
///
/// Example (by hand: three alternatives on two benefit criteria of equal weight, no thresholds;
/// A1 = (3, 3) is at least as good as the others everywhere, A2 = (2, 1) and A3 = (1, 2) split):
/// ```swift
/// let r = try ELECTREIII().evaluate(x, weights: [0.5, 0.5])
/// r.scores   // [1, 2, 2]: A1 on top; A2 and A3 indifferent below it
/// ```
public struct ELECTREIII: RankingMethod {
    /// Indifference thresholds q, one per criterion (nil: 0 for every criterion).
    public var indifference: [Double]?
    /// Preference thresholds p, one per criterion (nil: 0 for every criterion).
    public var preference: [Double]?
    /// Veto thresholds v, one per criterion (nil: no veto, unless ``vetoSlope`` is given).
    public var veto: [Double]?
    /// Slopes β of the indifference thresholds, one per criterion (nil: 0): q = α + β·x(a).
    public var indifferenceSlope: [Double]?
    /// Slopes β of the preference thresholds, one per criterion (nil: 0): p = α + β·x(a).
    public var preferenceSlope: [Double]?
    /// Slopes β of the veto thresholds, one per criterion (nil: 0): v = α + β·x(a).
    public var vetoSlope: [Double]?

    public init(indifference: [Double]? = nil, preference: [Double]? = nil, veto: [Double]? = nil,
                indifferenceSlope: [Double]? = nil, preferenceSlope: [Double]? = nil, vetoSlope: [Double]? = nil) {
        self.indifference = indifference
        self.preference = preference
        self.veto = veto
        self.indifferenceSlope = indifferenceSlope
        self.preferenceSlope = preferenceSlope
        self.vetoSlope = vetoSlope
    }

    /// Scores `matrix` under `weights` (one finite non-negative weight per criterion, not all 0).
    public func evaluate(_ matrix: DecisionMatrix, weights: [Double]) throws -> ELECTREIIIResult {
        let x = try prepare(matrix, weights: weights)
        let t = try thresholds(for: x)
        let credibility = Self.credibility(x, weights: weights, q: t.q, p: t.p, v: t.v)
        let m = x.rowCount
        let descending = ELECTREDistillation.positions(credibility, count: m, descending: true)
        let ascending = ELECTREDistillation.positions(credibility, count: m, descending: false)
        let levels = ELECTREDistillation.levels(descending: descending, ascending: ascending)
        return ELECTREIIIResult(credibility: credibility, descendingPositions: descending, ascendingPositions: ascending,
                                scores: levels, thresholds: t.given)
    }

    /// σ(a, b), row-major m × m (the diagonal is 0 and never read); the thresholds are m × n,
    /// row a holding those used when a is tested as outranking.
    static func credibility(_ x: DecisionMatrix, weights: [Double], q: [Double], p: [Double], v: [Double]) -> [Double] {
        let m = x.rowCount, n = x.columnCount
        let total = weights.reduce(0, +)
        let sign = x.criteria.map { $0.isBenefit ? 1.0 : -1.0 }
        var sigma = [Double](repeating: 0, count: m * m)
        var discordance = [Double](repeating: 0, count: n)
        for a in 0..<m {
            for b in 0..<m where b != a {
                var concordance = 0.0
                for j in 0..<n {
                    let delta = sign[j] * (x.values[b * n + j] - x.values[a * n + j])
                    let qj = q[a * n + j], pj = p[a * n + j], vj = v[a * n + j]
                    let c = delta <= qj ? 1 : (delta >= pj ? 0 : (pj - delta) / (pj - qj))
                    concordance += weights[j] * c
                    discordance[j] = delta <= pj ? 0 : (delta >= vj ? 1 : (delta - pj) / (vj - pj))
                }
                let cab = Swift.min(1, concordance / total)
                var s = cab
                for j in 0..<n where discordance[j] > cab { s *= (1 - discordance[j]) / (1 - cab) }
                sigma[a * m + b] = s
            }
        }
        return sigma
    }
}

/// The outcome of ``ELECTREIII``, with the credibility matrix and both distillations.
public struct ELECTREIIIResult: RankingResult, Equatable {
    /// σ(a, b), row-major m × m (0 on the diagonal).
    public let credibility: [Double]
    /// The rank of each alternative's distillate in the descending distillation (1 = first extracted).
    public let descendingPositions: [Double]
    /// The rank of each alternative's distillate in the ascending distillation (1 = best, the last extracted).
    public let ascendingPositions: [Double]
    /// The level in the final partial pre-order (1 = top); smaller is better.
    public let scores: [Double]
    let thresholds: ELECTREIII.GivenThresholds

    public var scoreOrder: Ranking.Order { .ascending }
    public var settings: [(String, String)] {
        func text(_ t: [Double]) -> String { t.allSatisfy(\.isFinite) ? t.map { "\($0)" }.joined(separator: ",") : "none" }
        let t = thresholds
        var list = [("indifference", text(t.q)), ("preference-threshold", text(t.p)), ("veto", text(t.v))]
        if let slopes = t.slopes {
            list += [("indifference-slope", text(slopes.q)), ("preference-slope", text(slopes.p)), ("veto-slope", text(slopes.v))]
        }
        return list + [("scores", "level in the final partial pre-order (1 = top)")]
    }

    public static func == (l: ELECTREIIIResult, r: ELECTREIIIResult) -> Bool {
        l.credibility == r.credibility && l.descendingPositions == r.descendingPositions
            && l.ascendingPositions == r.ascendingPositions && l.scores == r.scores
    }
}

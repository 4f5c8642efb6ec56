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
/// Parameters (absolute thresholds, one per criterion): ``indifference`` q (default 0),
/// ``preference`` p (default 0), ``veto`` v (default none, no veto). With the defaults C is the
/// share of the weight on which a is at least as good as b (the crisp concordance of ELECTRE I)
/// and σ = C: give thresholds for a real ELECTRE III analysis.
///
/// - Throws: ``MCDAError`` for invalid weights; ``MCDAError/invalidParameter(name:value:expected:)``
///   naming the criterion for thresholds of the wrong count, negative, or not q ≤ p ≤ v.
///
/// Complexity: O(m²·n) for σ; the distillations O(m³) at worst.
///
/// Reference: B. Roy, "ELECTRE III : un algorithme de classements fondé sur une représentation
/// floue des préférences en présence de critères multiples", Cahiers du CERO 20(1) (1978) 3–24.
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
    /// Veto thresholds v, one per criterion (nil: no veto).
    public var veto: [Double]?

    public init(indifference: [Double]? = nil, preference: [Double]? = nil, veto: [Double]? = nil) {
        self.indifference = indifference
        self.preference = preference
        self.veto = veto
    }

    /// Scores `matrix` under `weights` (one finite non-negative weight per criterion, not all 0).
    public func evaluate(_ matrix: DecisionMatrix, weights: [Double]) throws -> ELECTREIIIResult {
        let x = try prepare(matrix, weights: weights)
        let (q, p, v) = try thresholds(for: x)
        let credibility = Self.credibility(x, weights: weights, q: q, p: p, v: v)
        let m = x.rowCount
        let descending = ELECTREDistillation.positions(credibility, count: m, descending: true)
        let ascending = ELECTREDistillation.positions(credibility, count: m, descending: false)
        let levels = ELECTREDistillation.levels(descending: descending, ascending: ascending)
        return ELECTREIIIResult(credibility: credibility, descendingPositions: descending, ascendingPositions: ascending,
                                scores: levels, thresholds: (q, p, v))
    }

    /// q, p, v per criterion, checked: the right count, finite and non-negative, q ≤ p ≤ v.
    func thresholds(for x: DecisionMatrix) throws -> ([Double], [Double], [Double]) {
        let n = x.columnCount
        func list(_ values: [Double]?, _ name: String, default value: Double) throws -> [Double] {
            guard let values else { return [Double](repeating: value, count: n) }
            guard values.count == n else {
                throw MCDAError.invalidParameter(name: "ELECTRE III \(name) thresholds", value: "\(values.count) values",
                                                 expected: "one per criterion (\(n))")
            }
            for (j, t) in values.enumerated() where !(t >= 0 && t.isFinite) {
                throw MCDAError.invalidParameter(name: "the ELECTRE III \(name) threshold of criterion '\(x.criteria[j].id)'",
                                                 value: "\(t)", expected: "a finite number ≥ 0")
            }
            return values
        }
        let q = try list(indifference, "indifference", default: 0)
        let p = try list(preference, "preference", default: 0)
        let v = try list(veto, "veto", default: .infinity)
        for j in 0..<n where !(q[j] <= p[j] && p[j] <= v[j]) {
            throw MCDAError.invalidParameter(
                name: "the ELECTRE III thresholds of criterion '\(x.criteria[j].id)'",
                value: "q \(q[j]), p \(p[j])" + (v[j].isFinite ? ", v \(v[j])" : ""),
                expected: "indifference ≤ preference ≤ veto")
        }
        return (q, p, v)
    }

    /// σ(a, b), row-major m × m (the diagonal is 0 and never read).
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
                    let c = delta <= q[j] ? 1 : (delta >= p[j] ? 0 : (p[j] - delta) / (p[j] - q[j]))
                    concordance += weights[j] * c
                    discordance[j] = delta <= p[j] ? 0 : (delta >= v[j] ? 1 : (delta - p[j]) / (v[j] - p[j]))
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
    let thresholds: ([Double], [Double], [Double])

    public var scoreOrder: Ranking.Order { .ascending }
    public var settings: [(String, String)] {
        func text(_ t: [Double]) -> String { t.allSatisfy(\.isFinite) ? t.map { "\($0)" }.joined(separator: ",") : "none" }
        return [("indifference", text(thresholds.0)), ("preference-threshold", text(thresholds.1)), ("veto", text(thresholds.2)),
                ("scores", "level in the final partial pre-order (1 = top)")]
    }

    public static func == (l: ELECTREIIIResult, r: ELECTREIIIResult) -> Bool {
        l.credibility == r.credibility && l.descendingPositions == r.descendingPositions
            && l.ascendingPositions == r.ascendingPositions && l.scores == r.scores
    }
}

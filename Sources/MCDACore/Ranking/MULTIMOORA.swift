import RealModule

/// MULTIMOORA: the three MOORA systems (ratio system, reference point, full multiplicative form)
/// aggregated by the dominance theory of Brauers & Zavadskas (2011).
///
/// For an m × n matrix x with weights w (used as given) and rᵢⱼ = xᵢⱼ / ‖x·ⱼ‖ (vector norm):
///
///     ratio system          yᵢ = Σ_{benefit} wⱼ rᵢⱼ − Σ_{cost} wⱼ rᵢⱼ                 (larger is better; ``MOORA``)
///     reference point       dᵢ = maxⱼ wⱼ |r*ⱼ − rᵢⱼ|, r*ⱼ = maxᵢ rᵢⱼ (benefit), minᵢ rᵢⱼ (cost)
///                                                                                    (smaller is better)
///     multiplicative form   ln Uᵢ = Σ_{benefit} wⱼ ln xᵢⱼ − Σ_{cost} wⱼ ln xᵢⱼ       (larger is better;
///                                                                                    ``Multiplicative/exponents``)
///                           ln Uᵢ = Σ_{benefit} ln(wⱼ rᵢⱼ) − Σ_{cost} ln(wⱼ rᵢⱼ)   (``Multiplicative/values``)
///
/// The literature weights the multiplicative form in two ways, so the choice is a parameter
/// (`--multiplicative`, reported in the result's settings):
/// - ``Multiplicative/exponents`` (default): the weights are exponents on the raw values, Π xᵢⱼ^wⱼ
///   over the benefits divided by the same over the costs, as in the weighted product model.
/// - ``Multiplicative/values``: the weights multiply the vector-normalised values, Π wⱼ rᵢⱼ over the
///   benefits divided by the same over the costs, as in the weighted applications of MULTIMOORA
///   (e.g. Karabasevic et al. 2015) and in scikit-criteria, pyrepo-mcda and R's MCDM. The weights
///   then scale every Uᵢ by the same factor, so they do not change this system's ranking; a
///   criterion of weight 0 is left out of the product (its factor 0 would make every Uᵢ 0).
///
/// Without weights (all wⱼ = 1) the two differ only by the constant Σ_{cost} ln‖x·ⱼ‖ −
/// Σ_{benefit} ln‖x·ⱼ‖ in ln U, and ``Multiplicative/exponents`` gives the U printed by Brauers &
/// Zavadskas (2010), who multiply the raw values.
///
/// Each system ranks the alternatives (1 = best, ties averaged). **Dominance**: a dominates b when
/// a is ranked strictly better than b by at least two of the three systems ("general dominance"
/// of Brauers & Zavadskas 2011; a better rank in all three is their "absolute dominance", a
/// special case). The paper states the theory as rules, not a formula; as in the dominance-
/// directed graph of the later literature, the final score of an alternative is the number of
/// alternatives it dominates, and the final ranks follow it (larger is better, ties averaged). An
/// alternative first in all three systems dominates every other one and is ranked first.
///
/// The weights enter all three systems (as coefficients, maximum-weighted distances and, by
/// default, exponents); with equal weights each system ranks exactly as the unweighted original of
/// Brauers & Zavadskas (2010), since the weights then only scale the ratio sums and the distances
/// and only scale or shift ln U.
///
/// - Throws: ``MCDAError`` for invalid weights;
///   ``MCDAError/nonPositiveValue(method:alternative:criterion:value:)`` (or
///   ``MCDAError/nonPositiveDistance(method:alternative:criterion:target:distance:)``) for a value
///   ≤ 0, which the multiplicative form cannot take; ``MCDAError/numericalOverflow(method:)``.
///
/// Complexity: O(m·n + m²) (the dominance pairs).
///
/// References: W. K. M. Brauers, E. K. Zavadskas, "Project management by MULTIMOORA as an
/// instrument for transition economies", Technological and Economic Development of Economy 16(1)
/// (2010) 5–24, doi:10.3846/tede.2010.01; "MULTIMOORA optimization used to decide on a bank loan
/// to buy property", Technological and Economic Development of Economy 17(1) (2011) 174–188,
/// doi:10.3846/13928619.2011.560632. Weights multiplied into the values: D. Karabasevic,
/// D. Stanujkic, S. Urosevic, M. Maksimovic, "Selection of candidates in the mining industry based
/// on the application of the SWARA and the MULTIMOORA methods", Acta Montanistica Slovaca 20(2)
/// (2015). `MULTIMOORATests` repeats the worked examples of both papers.
///
/// Example (by hand: A1 = (4, 1), A2 = (2, 2), A3 = (1, 4) with a benefit and a cost criterion
/// and equal weights: A1 is first and A3 last in all three systems):
/// ```swift
/// let r = try MULTIMOORA().evaluate(x, weights: [0.5, 0.5])
/// r.scores   // [2, 1, 0]: A1 dominates two alternatives, A2 one, A3 none
/// ```
public struct MULTIMOORA: RankingMethod {
    /// How the weights enter the full multiplicative form.
    public enum Multiplicative: String, CaseIterable, Sendable {
        /// ln U = Σ ±wⱼ ln xᵢⱼ: the weights as exponents on the raw values (the default).
        case exponents
        /// ln U = Σ ±ln(wⱼ rᵢⱼ): the weights multiplied into the vector-normalised values.
        case values
    }

    /// How the weights enter the full multiplicative form (default ``Multiplicative/exponents``).
    public var multiplicative: Multiplicative

    /// - Parameter multiplicative: ``Multiplicative/exponents`` (default) or ``Multiplicative/values``.
    public init(multiplicative: Multiplicative = .exponents) {
        self.multiplicative = multiplicative
    }

    /// Scores `matrix` under `weights` (one finite non-negative weight per criterion, used as given).
    public func evaluate(_ matrix: DecisionMatrix, weights: [Double]) throws -> MULTIMOORAResult {
        let x = try prepare(matrix, weights: weights)
        try requirePositive(x, method: "MULTIMOORA (full multiplicative form)")
        let m = x.rowCount, n = x.columnCount
        let r = try MOORA.ratios(x)
        let isBenefit = x.criteria.map(\.isBenefit)
        var ratio = [Double](repeating: 0, count: m), distance = [Double](repeating: 0, count: m)
        var product = [Double](repeating: 0, count: m)
        var reference = [Double](repeating: 0, count: n)
        for j in 0..<n {
            let column = (0..<m).map { r.values[$0 * n + j] }
            reference[j] = (isBenefit[j] ? column.max() : column.min()) ?? 0
        }
        for i in 0..<m {
            let (b, c) = MOORA.sums(r.values, row: i, columns: n, benefit: isBenefit, weights: weights)
            ratio[i] = b - c
            var d = 0.0, logs = 0.0
            for j in 0..<n {
                d = Swift.max(d, weights[j] * Swift.abs(reference[j] - r.values[i * n + j]))
                let l = factor(weight: weights[j], value: x.values[i * n + j], ratio: r.values[i * n + j])
                logs += isBenefit[j] ? l : -l
            }
            distance[i] = d
            product[i] = logs
        }
        try requireFinite(ratio, distance, product)
        let ranks = [Ranking.ranks(ratio, order: .descending), Ranking.ranks(distance, order: .ascending),
                     Ranking.ranks(product, order: .descending)]
        var dominated = [Double](repeating: 0, count: m)
        for a in 0..<m {
            for b in 0..<m where b != a {
                let better = ranks.reduce(0) { $0 + ($1[a] < $1[b] ? 1 : 0) }
                if better >= 2 { dominated[a] += 1 }
            }
        }
        return MULTIMOORAResult(ratioSystem: ratio, referencePoint: distance, multiplicativeForm: product,
                                systemRanks: ranks, scores: dominated, multiplicative: multiplicative)
    }

    /// One criterion's term of ln U: wⱼ ln xᵢⱼ, or ln(wⱼ rᵢⱼ) (0 for a weight of 0).
    private func factor(weight: Double, value: Double, ratio: Double) -> Double {
        switch multiplicative {
        case .exponents: return weight * Double.log(value)
        case .values: return weight > 0 ? Double.log(weight * ratio) : 0
        }
    }
}

/// The outcome of ``MULTIMOORA``, with the three systems behind it.
public struct MULTIMOORAResult: RankingResult, Equatable {
    /// yᵢ of the ratio system (larger is better).
    public let ratioSystem: [Double]
    /// dᵢ = maxⱼ wⱼ |r*ⱼ − rᵢⱼ| of the reference point (smaller is better).
    public let referencePoint: [Double]
    /// ln Uᵢ of the full multiplicative form (larger is better), weighted as ``multiplicative`` says.
    public let multiplicativeForm: [Double]
    /// The ranks of the three systems, in that order (1 = best, ties averaged).
    public let systemRanks: [[Double]]
    /// The number of alternatives each one dominates (better in at least two systems); larger is better.
    public let scores: [Double]
    /// How the weights entered the multiplicative form.
    public let multiplicative: MULTIMOORA.Multiplicative

    public var scoreOrder: Ranking.Order { .descending }
    public var settings: [(String, String)] {
        [("multiplicative", multiplicative.rawValue), ("aggregation", "dominance (better in at least 2 of 3 systems)")]
    }
}

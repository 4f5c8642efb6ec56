/// PROMETHEE II, the complete ranking of the Preference Ranking Organisation METHod for Enrichment
/// Evaluations: alternatives are compared pairwise on every criterion, and ranked by their net flow.
///
/// With dⱼ(a, b) = xₐⱼ − x_bⱼ for benefit and x_bⱼ − xₐⱼ for cost, Pⱼ the criterion's
/// ``PreferenceFunction`` and w used as given (not renormalised, as pymcdm and pyrepo-mcda do):
///
///     π(a, b) = Σⱼ wⱼ Pⱼ(dⱼ(a, b))
///     φ⁺(a) = Σ_b π(a, b) / (m − 1)     leaving (positive) flow
///     φ⁻(a) = Σ_b π(b, a) / (m − 1)     entering (negative) flow
///     φ(a)  = φ⁺(a) − φ⁻(a)             net flow; larger is better
///
/// The PROMETHEE I partial order is offered on the result as a function of two alternatives
/// (``PROMETHEEResult/relation(_:_:tolerance:)``), so that it costs nothing for large m.
///
/// With one alternative every flow is 0 (there is nothing to compare with).
///
/// The flows are linear in w: φ⁺(a) = Σⱼ wⱼ φ⁺ⱼ(a) with the single-criterion flows φ⁺ⱼ (likewise φ⁻),
/// which are computed once (``criterionFlows(_:)``) and weighted afterwards.
///
/// Complexity: O(m²·n) time; O(m·n) memory (the single-criterion flows). No allocation per pair:
/// m = 5,000 takes about 12.5 million pair comparisons per criterion.
///
/// Reference: J. P. Brans, Ph. Vincke, "A preference ranking organisation method", Management
/// Science 31(6) (1985) 647–656, doi:10.1287/mnsc.31.6.647.
///
/// Example (Zhao, Peng & Li 2013, usual criterion):
/// ```swift
/// let result = try PROMETHEE().evaluate(x, weights: [0.5, 0.3, 0.2])  // x = [[4, 3, 2], [3, 2, 4], [5, 1, 3]]
/// result.phiNet   // [0.1, -0.3, 0.2]
/// ```
public struct PROMETHEE: RankingMethod {
    /// One preference function per criterion, or a single one used for every criterion.
    public var preferenceFunctions: [PreferenceFunction]


    /// - Parameter preferenceFunctions: one per criterion, or one for all (default: usual).
    public init(preferenceFunctions: [PreferenceFunction] = [.usual]) {
        self.preferenceFunctions = preferenceFunctions
    }

    /// The same preference function on every criterion.
    public init(_ function: PreferenceFunction) {
        self.init(preferenceFunctions: [function])
    }

    /// Computes the flows of `matrix` under `weights` (one finite non-negative weight per criterion).
    ///
    /// The flows are linear in the weights, φ⁺(a) = Σⱼ wⱼ φ⁺ⱼ(a) with the single-criterion flows of
    /// ``criterionFlows(_:)``, and are computed that way: O(m²·n) once for the criterion flows, then
    /// O(m·n) per weight vector (``PROMETHEEScoring`` reuses them for sensitivity analyses).
    /// - Throws: ``MCDAError/invalidParameter(name:value:expected:)`` for a wrong number of
    ///   preference functions or invalid thresholds (naming the criterion); ``MCDAError`` for
    ///   invalid weights.
    public func evaluate(_ matrix: DecisionMatrix, weights: [Double]) throws -> PROMETHEEResult {
        let x = try prepare(matrix, weights: weights)
        let flows = try criterionFlows(x)
        var plus = [Double](repeating: 0, count: x.rowCount), minus = plus
        for i in 0..<x.rowCount { (plus[i], minus[i]) = flows.flows(of: i, weights: weights) }
        let net = zip(plus, minus).map { $0 - $1 }
        try requireFinite(net)
        return PROMETHEEResult(preferenceFunctions: flows.preferenceFunctions, phiPlus: plus, phiMinus: minus, phiNet: net)
    }

    /// The single-criterion flows of `matrix` (targets resolved first), kept as the sums
    ///
    ///     S⁺ⱼ(a) = Σ_b Pⱼ(dⱼ(a, b)),   S⁻ⱼ(a) = Σ_b Pⱼ(dⱼ(b, a))      (φ⁺ⱼ = S⁺ⱼ / (m − 1))
    ///
    /// so that the flows Σⱼ wⱼ S⁺ⱼ(a) / (m − 1) of alternatives that tie come out equal whenever the
    /// sums are exact (counts for the usual criterion, weights such as ¼ or ⅛).
    ///
    /// - Throws: as ``evaluate(_:weights:)``, for the preference functions.
    /// Complexity: O(m²·n) time, O(m·n) memory; no allocation per pair.
    public func criterionFlows(_ matrix: DecisionMatrix) throws -> PROMETHEECriterionFlows {
        let x = try matrix.resolvingTargets()
        let m = x.rowCount, n = x.columnCount
        let functions: [PreferenceFunction]
        switch preferenceFunctions.count {
        case n: functions = preferenceFunctions
        case 1: functions = [PreferenceFunction](repeating: preferenceFunctions[0], count: n)
        default:
            throw MCDAError.invalidParameter(name: "preference functions", value: "\(preferenceFunctions.count)",
                                             expected: "one per criterion (\(n)) or one for all")
        }
        for (j, f) in functions.enumerated() { try f.validate(criterion: x.criteria[j].id) }
        var plus = [Double](repeating: 0, count: m * n), minus = plus
        var y = [Double](repeating: 0, count: m)  // column j, benefit-oriented: ±x[i, j]
        for j in 0..<n {
            let sign: Double = x.criteria[j].isBenefit ? 1 : -1, f = functions[j]
            for i in 0..<m { y[i] = sign * x.values[i * n + j] }
            plus.withUnsafeMutableBufferPointer { plus in
                minus.withUnsafeMutableBufferPointer { minus in
                    let leaving = plus.baseAddress! + j * m, entering = minus.baseAddress! + j * m
                    for a in 0..<m {
                        let ya = y[a]
                        var out = 0.0, into = 0.0  // Σ_b>a P(d(a, b)), Σ_b>a P(d(b, a))
                        for b in (a + 1)..<m {
                            let d = ya - y[b], forward = f.value(d), backward = f.value(-d)
                            out += forward; into += backward
                            leaving[b] += backward; entering[b] += forward
                        }
                        leaving[a] += out; entering[a] += into
                    }
                }
            }
        }
        return PROMETHEECriterionFlows(alternativeCount: m, criterionCount: n, preferenceFunctions: functions,
                                       plus: plus, minus: minus)
    }
}

/// The single-criterion preference sums of ``PROMETHEE/criterionFlows(_:)``, from which the flows
/// under any weights follow in O(n) per alternative.
public struct PROMETHEECriterionFlows: Sendable, Equatable {
    /// m, the number of alternatives.
    public let alternativeCount: Int
    /// n, the number of criteria.
    public let criterionCount: Int
    /// The preference function of each criterion.
    public let preferenceFunctions: [PreferenceFunction]
    /// S⁺ⱼ(a) = Σ_b Pⱼ(dⱼ(a, b)) at `plus[j · m + a]`.
    public let plus: [Double]
    /// S⁻ⱼ(a) = Σ_b Pⱼ(dⱼ(b, a)) at `minus[j · m + a]`.
    public let minus: [Double]

    /// (φ⁺(a), φ⁻(a)) = (Σⱼ wⱼ S⁺ⱼ(a), Σⱼ wⱼ S⁻ⱼ(a)) / (m − 1), summed over j in order: the same
    /// bits in ``PROMETHEE/evaluate(_:weights:)`` and in ``PROMETHEEScoring``. Both are 0 for m = 1.
    @inline(__always)
    public func flows(of a: Int, weights: some Collection<Double>) -> (plus: Double, minus: Double) {
        var p = 0.0, q = 0.0, k = a
        for w in weights {
            p += w * plus[k]; q += w * minus[k]
            k &+= alternativeCount
        }
        let scale = alternativeCount > 1 ? 1 / Double(alternativeCount - 1) : 0
        return (p * scale, q * scale)
    }
}

/// The outcome of ``PROMETHEE``: leaving, entering and net flows.
public struct PROMETHEEResult: RankingResult, Equatable {
    /// The preference function of each criterion.
    public let preferenceFunctions: [PreferenceFunction]
    /// φ⁺, the leaving flow: how much each alternative outranks the others (0…Σw).
    public let phiPlus: [Double]
    /// φ⁻, the entering flow: how much each alternative is outranked (0…Σw).
    public let phiMinus: [Double]
    /// φ = φ⁺ − φ⁻, the PROMETHEE II net flow; larger is better.
    public let phiNet: [Double]

    /// The net flow.
    public var scores: [Double] { phiNet }
    public var scoreOrder: Ranking.Order { .descending }
    public var settings: [(String, String)] {
        let distinct = Set(preferenceFunctions)
        let functions = distinct.count == 1 ? preferenceFunctions[0].description
            : preferenceFunctions.map(\.description).joined(separator: "; ")
        return [("preference", functions), ("weights", "as given"), ("flows", "divided by m-1")]
    }
}

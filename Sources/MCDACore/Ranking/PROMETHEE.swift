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
/// Complexity: O(m²·n) time; O(m·n) memory (an oriented column-major copy of the matrix and two
/// rows of m pair preferences, reused for every a). No allocation per pair: m = 5,000 takes about
/// 12.5 million pair comparisons per criterion.
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

    public var identifier: String { "promethee-ii" }

    /// - Parameter preferenceFunctions: one per criterion, or one for all (default: usual).
    public init(preferenceFunctions: [PreferenceFunction] = [.usual]) {
        self.preferenceFunctions = preferenceFunctions
    }

    /// The same preference function on every criterion.
    public init(_ function: PreferenceFunction) {
        self.init(preferenceFunctions: [function])
    }

    /// Computes the flows of `matrix` under `weights` (one finite non-negative weight per criterion).
    /// - Throws: ``MCDAError/invalidParameter(name:value:expected:)`` for a wrong number of
    ///   preference functions or invalid thresholds (naming the criterion); ``MCDAError`` for
    ///   invalid weights.
    public func evaluate(_ matrix: DecisionMatrix, weights: [Double]) throws -> PROMETHEEResult {
        let x = try prepare(matrix, weights: weights)
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

        // Column-major, benefit-oriented copy: y[j*m + i] = ±x[i, j].
        var y = [Double](repeating: 0, count: m * n)
        for j in 0..<n {
            let sign: Double = x.criteria[j].isBenefit ? 1 : -1
            for i in 0..<m { y[j * m + i] = sign * x.values[i * n + j] }
        }
        var plus = [Double](repeating: 0, count: m), minus = [Double](repeating: 0, count: m)
        var forward = [Double](repeating: 0, count: m), backward = [Double](repeating: 0, count: m)
        y.withUnsafeBufferPointer { y in
            for a in 0..<m {
                // forward[b] = π(a, b), backward[b] = π(b, a) for b > a.
                for b in (a + 1)..<m { forward[b] = 0; backward[b] = 0 }
                for j in 0..<n where weights[j] > 0 {
                    let f = functions[j], w = weights[j], ya = y[j * m + a]
                    for b in (a + 1)..<m {
                        let d = ya - y[j * m + b]
                        forward[b] += w * f.value(d)
                        backward[b] += w * f.value(-d)
                    }
                }
                for b in (a + 1)..<m {
                    plus[a] += forward[b]; minus[b] += forward[b]
                    plus[b] += backward[b]; minus[a] += backward[b]
                }
            }
        }
        if m > 1 {
            let scale = 1 / Double(m - 1)
            for i in 0..<m { plus[i] *= scale; minus[i] *= scale }
        }
        let net = zip(plus, minus).map { $0 - $1 }
        try requireFinite(net)
        return PROMETHEEResult(preferenceFunctions: functions, phiPlus: plus, phiMinus: minus, phiNet: net)
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

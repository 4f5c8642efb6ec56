/// VIKOR (VIšekriterijumsko KOmpromisno Rangiranje), the compromise ranking of Opricovic: it ranks
/// alternatives by a blend of group utility and individual regret, and proposes a compromise set.
///
/// With fⱼ* the best value of criterion j (max for benefit, min for cost), fⱼ⁻ the worst and w used
/// as given:
///
///     Sᵢ = Σⱼ wⱼ (fⱼ* − xᵢⱼ)/(fⱼ* − fⱼ⁻)        group utility ("Manhattan" regret)
///     Rᵢ = maxⱼ wⱼ (fⱼ* − xᵢⱼ)/(fⱼ* − fⱼ⁻)     individual regret ("Chebyshev")
///     Qᵢ = v (Sᵢ − S*)/(S⁻ − S*) + (1 − v)(Rᵢ − R*)/(R⁻ − R*)
///
/// with S* = min S, S⁻ = max S, R* = min R, R⁻ = max R. Smaller Q is better.
///
/// Let a₁, a₂ be the first two alternatives by Q and DQ = 1/(m − 1) (the value of every peer
/// library, also for m ≤ 4). C1, acceptable advantage: Q(a₂) − Q(a₁) ≥ DQ. C2, acceptable
/// stability: a₁ also has the minimal S or the minimal R. The compromise set is {a₁} when both hold,
/// {a₁, a₂} when only C2 fails, and {aₖ : Q(aₖ) − Q(a₁) < DQ} when C1 fails.
///
/// Degenerate cases have a documented finite answer (scikit-criteria's convention), reported by
/// the result: a constant criterion (fⱼ* = fⱼ⁻) contributes 0 to S and R; when all S are equal the
/// S term of Q is 0, when all R are equal the R term is 0. With one alternative Q = 0 and it is the
/// compromise set (C1 and C2 are reported as holding, DQ as 0).
///
/// - Parameter v: the weight of the group-utility strategy, 0…1 (default 0.5, "by consensus").
///
/// Complexity: O(m·n + m log m).
///
/// References: S. Opricovic, G.-H. Tzeng, "Compromise solution by MCDM methods: A comparative
/// analysis of VIKOR and TOPSIS", EJOR 156(2) (2004) 445–455, doi:10.1016/S0377-2217(03)00020-1;
/// "Extended VIKOR method in comparison with outranking methods", EJOR 178(2) (2007) 514–529,
/// doi:10.1016/j.ejor.2006.01.020.
///
/// Example (Opricovic & Tzeng 2004, Table 1):
/// ```swift
/// let result = try VIKOR().evaluate(x, weights: [0.5, 0.5])   // x = [[1, 3000], [2, 3750], [5, 4500]], cost, benefit
/// result.Q               // [1, 0, 1]
/// result.compromiseSet   // [1]
/// ```
public struct VIKOR: RankingMethod {
    /// The weight of the group-utility strategy (0…1, default 0.5).
    public var v: Double


    /// - Parameter v: v ∈ [0, 1], checked by ``evaluate(_:weights:)`` (default 0.5).
    public init(v: Double = 0.5) {
        self.v = v
    }

    /// Scores `matrix` under `weights` (one finite non-negative weight per criterion, used as given).
    /// - Throws: ``MCDAError/invalidParameter(name:value:expected:)`` when v is outside [0, 1];
    ///   ``MCDAError`` for invalid weights.
    public func evaluate(_ matrix: DecisionMatrix, weights: [Double]) throws -> VIKORResult {
        try requireUnitInterval(v, name: "VIKOR v")
        let x = try prepare(matrix, weights: weights)
        let m = x.rowCount, n = x.columnCount
        // Best and worst value of each criterion.
        var best = [Double](repeating: 0, count: n), worst = [Double](repeating: 0, count: n)
        for j in 0..<n {
            var lo = Double.infinity, hi = -Double.infinity
            for i in 0..<m { lo = Swift.min(lo, x[i, j]); hi = Swift.max(hi, x[i, j]) }
            (best[j], worst[j]) = x.criteria[j].isBenefit ? (hi, lo) : (lo, hi)
        }
        let constant = (0..<n).filter { best[$0] == worst[$0] }
        var s = [Double](repeating: 0, count: m), r = [Double](repeating: 0, count: m)
        for i in 0..<m {
            var sum = 0.0, regret = 0.0
            for j in 0..<n where best[j] != worst[j] {
                let term = weights[j] * (best[j] - x[i, j]) / (best[j] - worst[j])
                sum += term
                regret = Swift.max(regret, term)
            }
            s[i] = sum
            r[i] = regret
        }
        let (sLo, sHi) = (s.min() ?? 0, s.max() ?? 0)
        let (rLo, rHi) = (r.min() ?? 0, r.max() ?? 0)
        let q = (0..<m).map { i in
            (sHi > sLo ? v * (s[i] - sLo) / (sHi - sLo) : 0) + (rHi > rLo ? (1 - v) * (r[i] - rLo) / (rHi - rLo) : 0)
        }
        try requireFinite(s, r, q)
        return VIKORResult(v: v, S: s, R: r, Q: q, constantCriteria: constant.map { x.criteria[$0].id },
                           sTermDropped: !(sHi > sLo), rTermDropped: !(rHi > rLo))
    }
}

/// The outcome of ``VIKOR``: S, R, Q, the acceptance conditions and the compromise set.
public struct VIKORResult: RankingResult, Equatable {
    /// v, the weight of the group-utility strategy.
    public let v: Double
    /// Group utility Sᵢ (smaller is better).
    public let S: [Double]
    /// Individual regret Rᵢ (smaller is better).
    public let R: [Double]
    /// The compromise index Qᵢ ∈ [0, 1] (smaller is better).
    public let Q: [Double]
    /// DQ = 1/(m − 1) (0 when m = 1).
    public let dq: Double
    /// C1: Q(a₂) − Q(a₁) ≥ DQ.
    public let acceptableAdvantage: Bool
    /// C2: a₁ is also best by S or by R.
    public let acceptableStability: Bool
    /// Row indices of the compromise solutions, ascending.
    public let compromiseSet: [Int]
    /// Criteria on which every alternative has the same value (they contributed 0 to S and R).
    public let constantCriteria: [String]
    /// True when all S were equal and the S term of Q was set to 0.
    public let sTermDropped: Bool
    /// True when all R were equal and the R term of Q was set to 0.
    public let rTermDropped: Bool

    /// Q.
    public var scores: [Double] { Q }
    public var scoreOrder: Ranking.Order { .ascending }
    /// `v`; `dq` = "1/(m-1)"; `constantCriterion` = "ignored" (contributes 0 to S and R);
    /// `equalSOrR` = "term of Q set to 0" (the conventions for degenerate problems).
    public var settings: [(String, String)] {
        [("v", "\(v)"), ("dq", "1/(m-1)"), ("constantCriterion", "ignored"), ("equalSOrR", "term of Q set to 0")]
    }

    /// Ranks by S alone (ascending, ties averaged).
    public var ranksByS: [Double] { Ranking.ranks(S, order: .ascending) }
    /// Ranks by R alone (ascending, ties averaged).
    public var ranksByR: [Double] { Ranking.ranks(R, order: .ascending) }

    init(v: Double, S: [Double], R: [Double], Q: [Double], constantCriteria: [String],
         sTermDropped: Bool, rTermDropped: Bool) {
        self.v = v
        self.S = S
        self.R = R
        self.Q = Q
        self.constantCriteria = constantCriteria
        self.sTermDropped = sTermDropped
        self.rTermDropped = rTermDropped
        (dq, acceptableAdvantage, acceptableStability, compromiseSet) = Self.compromise(S: S, R: R, Q: Q)
    }

    /// DQ, C1, C2 and the compromise set (Opricovic & Tzeng 2004, 2007).
    static func compromise(S: [Double], R: [Double], Q: [Double])
        -> (dq: Double, advantage: Bool, stability: Bool, set: [Int]) {
        let m = Q.count
        // Alternatives by Q, ties kept in input order.
        let order = Q.indices.sorted { Q[$0] < Q[$1] || (Q[$0] == Q[$1] && $0 < $1) }
        guard m > 1 else { return (0, true, true, Array(Q.indices)) }
        let (a1, a2) = (order[0], order[1])
        let dq = 1 / Double(m - 1)
        let advantage = Q[a2] - Q[a1] >= dq
        let stability = S[a1] == S.min() || R[a1] == R.min()
        let set: [Int]
        if advantage {
            set = stability ? [a1] : [a1, a2].sorted()
        } else {
            set = order.filter { Q[$0] - Q[a1] < dq }.sorted()
        }
        return (dq, advantage, stability, set)
    }
}

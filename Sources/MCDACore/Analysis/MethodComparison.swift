/// Every chosen ranking method on one decision matrix, side by side: each method's ranks, the
/// rank correlations between methods, compromise rankings (Borda, Copeland) and where the methods
/// disagree most. This is how a method is benchmarked against the others.
///
/// A method that cannot run on the data (WPM on zero values, say) is listed in ``skipped`` with the
/// reason instead of failing the whole comparison.
///
/// Example:
/// ```swift
/// let methods = try ["topsis", "vikor", "promethee-ii"].map { try MethodCatalogue.standard.specification(named: $0) }
/// let c = try MethodComparison(matrix: x, weights: w, methods: methods)
/// c.spearman[0][1]      // Spearman correlation of TOPSIS and VIKOR ranks
/// c.borda.ranks         // the compromise ranking
/// ```
public struct MethodComparison: Sendable {
    /// One method's result.
    public struct Outcome: Sendable {
        public let method: MethodSpecification
        public let result: any RankingResult
        /// Ranks in input order (1 = best, ties averaged).
        public let ranks: [Double]
    }

    /// A method that could not run, and why.
    public struct Skipped: Sendable, Equatable {
        /// The method's name.
        public let method: String
        public let reason: String
    }

    /// The results, in the order the methods were asked for.
    public let outcomes: [Outcome]
    /// Methods that could not run on this data.
    public let skipped: [Skipped]
    /// Spearman rank correlation between every two methods (symmetric, 1 on the diagonal).
    public let spearman: [[Double]]
    /// Weighted Spearman r_w between every two methods (symmetric form: the row method as x).
    public let weightedSpearman: [[Double]]
    /// Borda compromise ranking over the methods.
    public let borda: CompromiseRanking
    /// Its ranks (computed once).
    public let bordaRanks: [Double]
    /// Copeland compromise ranking over the methods; nil above ``copelandLimit`` alternatives
    /// (its pairwise majority count is O(k·m²)).
    public let copeland: CompromiseRanking?
    /// Its ranks.
    public let copelandRanks: [Double]?
    /// The largest number of alternatives for which the Copeland compromise is computed.
    public static let copelandLimit = 10_000
    /// For each alternative, its best and worst rank over the methods.
    public let rankRange: [(best: Double, worst: Double)]

    /// Runs the comparison.
    /// - Throws: when no method can run, the first method's error; invalid weights.
    public init(matrix: DecisionMatrix, weights: [Double],
                methods: [MethodSpecification] = DecisionAnalysisOptions.defaultMethods) throws {
        try Weights.validate(weights, for: matrix)
        var outcomes: [Outcome] = []
        var skipped: [Skipped] = []
        var firstError: Error?
        for method in methods {
            do {
                let result = try method.evaluate(matrix, weights: weights)
                outcomes.append(Outcome(method: method, result: result, ranks: result.ranks))
            } catch {
                firstError = firstError ?? error
                skipped.append(Skipped(method: method.name, reason: "\(error)"))
            }
        }
        guard !outcomes.isEmpty else { throw firstError ?? MCDAError.invalidParameter(name: "methods", value: "none", expected: "at least one method") }
        let k = outcomes.count, m = matrix.rowCount
        var rho = [[Double]](repeating: [Double](repeating: 1, count: k), count: k)
        var rw = rho
        if m >= 2 {
            for a in 0..<k {
                for b in 0..<k where a != b {
                    if b > a {
                        let s = try RankCorrelation.spearman(outcomes[a].ranks, outcomes[b].ranks)
                        rho[a][b] = s; rho[b][a] = s
                    }
                    rw[a][b] = try RankCorrelation.weightedSpearman(outcomes[a].ranks, outcomes[b].ranks)
                }
            }
        }
        let rankings = outcomes.map(\.ranks)
        self.outcomes = outcomes
        self.skipped = skipped
        self.spearman = rho
        self.weightedSpearman = rw
        self.borda = try CompromiseRule.borda.combine(rankings)
        self.bordaRanks = borda.ranks
        self.copeland = m <= Self.copelandLimit ? try CompromiseRule.copeland.combine(rankings) : nil
        self.copelandRanks = copeland?.ranks
        self.rankRange = (0..<m).map { i in
            (rankings.map { $0[i] }.min() ?? 1, rankings.map { $0[i] }.max() ?? 1)
        }
    }

    /// Alternatives ordered by how much the methods disagree on them (worst − best rank), largest first,
    /// ties in input order; alternatives on which all methods agree are left out.
    public var disagreements: [(alternative: Int, best: Double, worst: Double)] {
        rankRange.enumerated()
            .filter { $0.element.worst > $0.element.best }
            .sorted { ($0.element.worst - $0.element.best) > ($1.element.worst - $1.element.best) || (($0.element.worst - $0.element.best) == ($1.element.worst - $1.element.best) && $0.offset < $1.offset) }
            .map { ($0.offset, $0.element.best, $0.element.worst) }
    }
}

/// A ranking method as the catalogue knows it: a ``RankingMethod`` that also describes itself
/// (name, summary, parameters with their defaults, which scores are better) and can be built from
/// named parameter values and turned into a scoring kernel for simulations.
///
/// Conform a method in its own file and add one line to ``MethodCatalogue/standard``; `mcda rank`,
/// `compare`, `smaa`, `sensitivity` and `analyze` (and their help) then offer it. The article
/// <doc:AddingAMethod> walks through an example.
public protocol CatalogueMethod: RankingMethod {
    /// The name used on the command line and in manifests (`topsis`, `promethee-ii`).
    static var name: String { get }
    /// One line for the help text: what the method computes and its reference.
    static var summary: String { get }
    /// The parameters it takes, with their defaults.
    static var parameters: [MethodParameter] { get }
    /// Whether larger (`descending`) or smaller (`ascending`) scores are better.
    static var order: Ranking.Order { get }
    /// The method configured with `parameters`; a parameter not given takes its default, and
    /// values for parameters the method does not take are ignored.
    /// - Throws: ``MethodCatalogueError/invalidValue(parameter:value:expected:)`` for a value of
    ///   the wrong kind or out of range.
    init(parameters: MethodParameters) throws
    /// The kernel that scores every alternative of `matrix` for one weight vector, for SMAA, sweeps
    /// and critical weight changes. The default runs ``RankingMethod/evaluate(_:weights:)`` through
    /// a ``ClosureScoring``; methods with a faster exact form (TOPSIS, WSM, PROMETHEE II) give it.
    /// - Throws: what the method throws on `matrix` (with equal weights).
    func scoring(for matrix: DecisionMatrix) throws -> any WeightedScoring
}

extension CatalogueMethod {
    public var identifier: String { Self.name }

    public func scoring(for matrix: DecisionMatrix) throws -> any WeightedScoring {
        try ClosureScoring(method: self, matrix: matrix)
    }

    /// `evaluate` with the result type erased.
    func evaluateAny(_ matrix: DecisionMatrix, weights: [Double]) throws -> any RankingResult {
        try evaluate(matrix, weights: weights)
    }
}

extension ClosureScoring {
    /// The generic kernel of any method: target criteria resolved once, then the method evaluated
    /// for every weight vector; the ranks come from its ``RankingResult/rankingScores``. A weight
    /// vector on which the method fails throws from ``WeightedScoring/checkedScores(weights:into:)``
    /// (simulations stop with ``SensitivityError/methodFailed(method:reason:)``) instead of becoming
    /// a tie.
    /// - Throws: what the method throws on `matrix` with equal weights (checked once up front).
    public init<M: CatalogueMethod>(method: M, matrix: DecisionMatrix) throws {
        let resolved = try matrix.resolvingTargets()
        _ = try method.evaluate(resolved, weights: Weights.equal(matrix.columnCount))
        self.init(alternatives: matrix.rowCount, criteria: matrix.columnCount, order: M.order, method: M.name) { w in
            try method.evaluate(resolved, weights: w).rankingScores
        }
    }
}

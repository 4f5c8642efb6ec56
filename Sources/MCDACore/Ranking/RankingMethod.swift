/// The common shape of a ranking method (TOPSIS, WSM, WPM, VIKOR, PROMETHEE II, …).
///
/// A method is a small value holding its options; `evaluate` is a pure kernel from a decision
/// matrix and weights to a result that keeps its intermediate values. Every method handles target
/// criteria through ``DecisionMatrix/resolvingTargets()``.
public protocol RankingMethod: Sendable {
    /// The result type, which keeps the method's intermediate values.
    associatedtype Result: RankingResult

    /// A short identifier such as `topsis`, used in reports and JSON.
    var identifier: String { get }

    /// Scores and ranks the alternatives of `matrix` under `weights` (one per criterion).
    func evaluate(_ matrix: DecisionMatrix, weights: [Double]) throws -> Result
}

/// What every method's result offers: one score per alternative (in input order) and its ranks.
public protocol RankingResult: Sendable {
    /// One score per alternative, in input order.
    var scores: [Double] { get }
    /// Whether larger (`descending`) or smaller (`ascending`, VIKOR's Q) scores are better.
    var scoreOrder: Ranking.Order { get }
    /// The options the result was computed with, as (name, value) pairs for reports ("normalization": "vector").
    var settings: [(String, String)] { get }
    /// What the ranks come from, in ``scoreOrder``: ``scores`` by default; a method whose scores can
    /// overflow gives the finite quantity behind them (``WeightedProductResult``: its log₁₀ scores).
    var rankingScores: [Double] { get }
}

extension RankingResult {
    public var rankingScores: [Double] { scores }

    /// Ranks, 1 = best, ties averaged, from ``rankingScores``.
    public var ranks: [Double] { Ranking.ranks(rankingScores, order: scoreOrder) }
}

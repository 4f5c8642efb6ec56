/// The critical-changes stage of a ``DecisionAnalysis``: how far each weight of the primary method
/// can move before the winner (or the order of the top k) changes, the interval of each weight
/// that keeps the winner, and the one-at-a-time sweeps with who wins along each.
///
/// Example:
/// ```swift
/// let scoring = try MethodSpecification(TOPSIS()).scoring(for: matrix)
/// let stability = try WeightStability(scoring, weights: w, topK: 3)
/// stability.winnerPaths[0]   // who wins as the first weight goes from 0 to 1
/// ```
public struct WeightStability: Sendable {
    /// Critical weight changes (winner and top-k pairs; Triantaphyllou & Sánchez 1997).
    public let critical: CriticalWeightChanges
    /// Per criterion, the interval of its weight in which the winner does not change.
    public let stability: [WeightStabilityInterval]
    /// Per criterion, the one-at-a-time sweep of its weight from 0 to 1 (others rescaled in
    /// proportion); empty above ``sweepLimit`` alternatives.
    public let sweeps: [WeightSweep]
    /// Per swept criterion, who wins as its weight goes from 0 to 1.
    public let winnerPaths: [[WinnerSegment]]

    /// Up to this many alternatives the one-at-a-time sweeps are computed (their breakpoints are O(m²)).
    public static let sweepLimit = 300

    /// - Parameters:
    ///   - scoring: the primary method's kernel.
    ///   - weights: the base weights (one per criterion).
    ///   - topK: places followed by the pairwise critical changes, 1 … m.
    ///   - sweepPoints: grid points of each sweep, ≥ 2 (default 21: steps of 0.05).
    /// - Throws: ``SensitivityError`` for invalid weights or `topK`.
    public init(_ scoring: any WeightedScoring, weights: [Double], topK: Int, sweepPoints: Int = 21) throws {
        let critical = try WeightSensitivity.criticalChanges(scoring, weights: weights, topK: topK)
        let sweeps = scoring.alternativeCount > Self.sweepLimit ? [] : try weights.indices.map {
            try WeightSensitivity.sweep(scoring, weights: weights, criterion: $0, points: max(2, sweepPoints))
        }
        self.critical = critical
        self.stability = critical.winnerStabilityIntervals
        self.sweeps = sweeps
        self.winnerPaths = try sweeps.map { try $0.winnerPath(scoring) }
    }
}

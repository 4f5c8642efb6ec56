/// A soft finding about derived weights, as a value with its numbers; reports put it into words.
///
/// Example: weights from judgments with CR = 0.14 carry `.inconsistent(consistencyRatio: 0.14)`.
public enum WeightingNote: Sendable {
    /// A judgment was completed, scaled or found off Saaty's scale.
    case judgment(PairwiseDiagnostic)
    /// The criteria judgments are inconsistent (CR above 0.1).
    case inconsistent(consistencyRatio: Double)
    /// The convention an objective weighting used where the literature disagrees.
    case convention(String)
    /// A finding of an objective weighting (a constant criterion, a fallback to equal weights).
    case objective(WeightingDiagnostic)
    /// The criteria were weighed in a hierarchy of `matrices` matrices of judgments.
    case hierarchy(matrices: Int, priority: PriorityMethod, randomIndex: RandomIndexTable)
    /// One node of the hierarchy, with its consistency.
    case hierarchyNode(HierarchyNodeResult)
    /// A diagnostic of one node's judgments.
    case hierarchyNodeJudgment(node: HierarchyNodeResult, PairwiseDiagnostic)
    /// The criteria were weighed by a group of `count` decision makers.
    case group(count: Int, aggregation: GroupAggregationMethod, mean: PriorityMean?, priority: PriorityMethod,
               randomIndex: RandomIndexTable)
    /// One decision maker, with their weight and analysis (nil when their judgments do not connect
    /// every criterion, so they have no priorities of their own).
    case decisionMaker(name: String, weight: Double, analysis: AHPResult?)
    /// The aggregated judgments' consistency.
    case aggregate(AHPResult)
    /// A diagnostic of the aggregated judgments.
    case aggregateJudgment(PairwiseDiagnostic)
}

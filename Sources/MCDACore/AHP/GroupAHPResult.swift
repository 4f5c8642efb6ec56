/// One decision maker's pairwise judgments over the group's elements (listed in any order,
/// matched by name), possibly with some judgments missing.
public struct DecisionMakerJudgments: Sendable, Equatable {
    /// Who gave the judgments (unique within the group).
    public let name: String
    /// The judgments; nil entries are judgments this decision maker did not give.
    public let comparisons: IncompleteComparisons

    /// Judgments with some possibly missing.
    public init(name: String, comparisons: IncompleteComparisons) {
        self.name = name
        self.comparisons = comparisons
    }

    /// A complete set of judgments.
    public init(name: String, comparisons: PairwiseComparisonMatrix) {
        self.init(name: name, comparisons: IncompleteComparisons(comparisons))
    }
}

/// The individual analyses of a group and their aggregate; see ``GroupAHP/analyze(_:weights:aggregation:mean:method:randomIndex:completion:revisions:)``.
public struct GroupAHPResult: Sendable, Equatable {
    /// The elements, in the order of the first decision maker's matrix; every vector below uses it.
    public let elements: [String]
    /// The decision makers, in input order.
    public let decisionMakers: [String]
    /// Decision-maker weights λₖ, normalised to sum 1.
    public let weights: [Double]
    /// Each decision maker's own analysis, with the matrix in the order of ``elements`` (missing
    /// judgments completed with the chosen ``CompletionMethod``). nil under AIJ for a decision maker
    /// whose own judgments do not connect every element (their judgments still enter the aggregate).
    public let individual: [AHPResult?]
    /// The aggregation used.
    public let aggregation: GroupAggregationMethod
    /// The mean used for AIP; nil for AIJ.
    public let mean: PriorityMean?
    /// AIJ: the analysis of the aggregated (and, if needed, completed) matrix, with its CR. nil for AIP.
    public let aggregate: AHPResult?
    /// Group priorities over ``elements``, summing to 1.
    public let priorities: [Double]

    /// Ranks of ``priorities`` (1 = best, ties averaged).
    public var ranking: [Double] { Ranking.ranks(priorities, order: .descending) }
}

/// Why a group of decision makers' judgments could not be aggregated. Cases name the decision
/// maker and, where there is one, the element.
public enum GroupAHPError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No decision makers were given.
    case noDecisionMakers
    /// Two decision makers share a name.
    case duplicateDecisionMaker(String)
    /// The number of weights differs from the number of decision makers.
    case weightCount(expected: Int, found: Int)
    /// A weight is zero, negative, NaN or infinite.
    case invalidWeight(decisionMaker: String, value: Double)
    /// The decision maker does not compare an element that the first decision maker compares.
    case missingElement(decisionMaker: String, element: String)
    /// The decision maker compares an element that the first decision maker does not.
    case unexpectedElement(decisionMaker: String, element: String)
    /// The decision maker's own matrix could not be analysed (for AIP, judgments that do not connect every element).
    case decisionMakerFailed(decisionMaker: String, AHPError)
    /// The aggregated matrix could not be completed or analysed (for AIJ, pairs that no decision
    /// maker links, directly or indirectly).
    case aggregateFailed(AHPError)

    public var description: String {
        switch self {
        case .noDecisionMakers:
            return "a group needs at least one decision maker"
        case .duplicateDecisionMaker(let name):
            return "decision maker '\(name)' appears twice"
        case .weightCount(let expected, let found):
            return "expected \(expected) decision-maker weights (one per decision maker), found \(found)"
        case .invalidWeight(let name, let value):
            return "the weight of decision maker '\(name)' is \(value); weights must be positive and finite"
        case .missingElement(let name, let element):
            return "decision maker '\(name)' does not compare '\(element)'; every decision maker must compare the same elements"
        case .unexpectedElement(let name, let element):
            return "decision maker '\(name)' compares '\(element)', which the first decision maker does not"
        case .decisionMakerFailed(let name, let error):
            return "decision maker '\(name)': \(error)"
        case .aggregateFailed(let error):
            return "aggregated judgments: \(error)"
        }
    }
}

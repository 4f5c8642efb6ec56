/// Where the criterion weights of an analysis come from.
///
/// - ``ahp(_:priority:randomIndex:completion:)``: pairwise judgments between criteria (possibly
///   incomplete), through ``AHP``; the result keeps the consistency report.
/// - ``ahpHierarchy(_:priority:randomIndex:)``: the criteria grouped in an ``AHPHierarchy`` whose
///   leaves are the criteria (``HierarchyNode/criterion(_:)`` nodes named by criterion id); a
///   criterion's weight is the product of the local weights on its path from the goal
///   (Saaty 1977, doi:10.1016/0022-2496(77)90033-5). The result keeps every node's analysis.
/// - ``ahpGroup(_:weights:aggregation:priority:randomIndex:completion:)``: several decision makers'
///   judgments between the criteria, aggregated by ``GroupAHP`` (AIJ or AIP, Forman & Peniwati
///   1998, doi:10.1016/S0377-2217(97)00244-0). The result keeps every decision maker's analysis.
/// - ``given(_:)``: weights stated directly (normalised to sum 1).
/// - ``objective(_:_:)``: a ``WeightingMethod`` computed from the data (equal, entropy, CRITIC,
///   standard deviation) or from an importance ordering (rank-order centroid, rank sum). Data-based
///   methods see target criteria as their distances from the target.
///
/// Doubt in ``DecisionAnalysis``: only ``ahp(_:priority:randomIndex:completion:)`` has one matrix
/// whose judgments can be perturbed, so ``WeightDoubt/automatic`` perturbs judgments for it and
/// spreads the derived weights by ±50 % for every other weighting, hierarchies and groups included;
/// ``WeightDoubt/judgments(_:)`` is refused for them.
public enum CriteriaWeighting: Sendable {
    case ahp(IncompleteComparisons, priority: PriorityMethod, randomIndex: RandomIndexTable, completion: CompletionMethod)
    /// A hierarchy whose leaves are the criteria (by id, every criterion exactly once).
    case ahpHierarchy(AHPHierarchy, priority: PriorityMethod, randomIndex: RandomIndexTable)
    /// Decision makers' judgments over the criteria (by id), with weights λₖ (nil: equal).
    case ahpGroup([DecisionMakerJudgments], weights: [Double]?, aggregation: GroupAggregationMethod,
                  priority: PriorityMethod, randomIndex: RandomIndexTable, completion: CompletionMethod)
    case given([Double])
    case objective(WeightingMethod, WeightingOptions)

    /// The method's identifier for reports: `ahp`, `ahp-hierarchy`, `ahp-group`, `given`, or the
    /// weighting method's raw value.
    public var identifier: String {
        switch self {
        case .ahp: return "ahp"
        case .ahpHierarchy: return "ahp-hierarchy"
        case .ahpGroup: return "ahp-group"
        case .given: return "given"
        case .objective(let method, _): return method.rawValue
        }
    }

    /// Derives the weights of `matrix`'s criteria (in column order).
    /// - Throws: ``AHPError``, ``HierarchyError`` or ``GroupAHPError`` for judgments that cannot be
    ///   completed or analysed; ``MCDAError`` for invalid given weights, data a method cannot take,
    ///   or a hierarchy or group whose elements are not exactly the matrix's criteria.
    ///
    /// Complexity: one eigen-decomposition per matrix of judgments (O(n³) each); the objective
    /// methods are O(m n).
    public func derive(for matrix: DecisionMatrix) throws -> DerivedWeights {
        let ids = matrix.criteria.map(\.id)
        switch self {
        case .ahp(let comparisons, let priority, let table, let completion):
            precondition(comparisons.elements == ids, "judgments must be over the matrix's criteria, in column order")
            let completed = try comparisons.completed(by: completion)
            let result = try AHP.analyze(completed, method: priority, randomIndex: table)
            var notes = completed.diagnostics.map(WeightingNote.judgment)
            if !result.consistency.isAcceptable { notes.append(.inconsistent(consistencyRatio: result.consistency.consistencyRatio)) }
            return DerivedWeights(weights: result.priorities, method: identifier, ahp: result, notes: notes)
        case .ahpHierarchy(let hierarchy, let priority, let table):
            return try Self.deriveHierarchy(hierarchy, priority: priority, randomIndex: table, criteria: ids)
        case .ahpGroup(let group, let weights, let aggregation, let priority, let table, let completion):
            return try Self.deriveGroup(group, weights: weights, aggregation: aggregation, priority: priority,
                                        randomIndex: table, completion: completion, criteria: ids)
        case .given(let weights):
            try Weights.validate(weights, for: matrix)
            return DerivedWeights(weights: Weights.normalized(weights), method: identifier, ahp: nil, notes: [])
        case .objective(let method, let options):
            let result = try method.weights(for: matrix.resolvingTargets(), options: options)
            return DerivedWeights(weights: result.weights, method: identifier, ahp: nil,
                                  notes: [.convention(result.convention)] + result.diagnostics.map(WeightingNote.objective))
        }
    }
}

/// Criterion weights with how they were obtained.
public struct DerivedWeights: Sendable {
    /// One weight per criterion (column order), summing to 1.
    public let weights: [Double]
    /// `ahp`, `ahp-hierarchy`, `ahp-group`, `given` or a ``WeightingMethod`` raw value.
    public let method: String
    /// The AHP analysis of the criteria judgments, when flat AHP (one matrix over all criteria) was used.
    public let ahp: AHPResult?
    /// Every node's analysis (local priorities, CR), when a hierarchy of criteria was used.
    public let hierarchy: HierarchyResult?
    /// Every decision maker's analysis and the aggregate, when a group's judgments were used.
    public let group: GroupAHPResult?
    /// Soft findings (completed judgments, inconsistency, conventions); for hierarchies every node's
    /// CR, for groups every decision maker's CR, one line each.
    public let notes: [WeightingNote]

    init(weights: [Double], method: String, ahp: AHPResult?, hierarchy: HierarchyResult? = nil,
         group: GroupAHPResult? = nil, notes: [WeightingNote]) {
        self.weights = weights
        self.method = method
        self.ahp = ahp
        self.hierarchy = hierarchy
        self.group = group
        self.notes = notes
    }
}

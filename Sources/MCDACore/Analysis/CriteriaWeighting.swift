/// Where the criterion weights of an analysis come from.
///
/// - ``ahp(_:priority:randomIndex:completion:)``: pairwise judgments between criteria (possibly
///   incomplete), through ``AHP``; the result keeps the consistency report.
/// - ``given(_:)``: weights stated directly (normalised to sum 1).
/// - ``objective(_:_:)``: a ``WeightingMethod`` computed from the data (equal, entropy, CRITIC,
///   standard deviation) or from an importance ordering (rank-order centroid, rank sum). Data-based
///   methods see target criteria as their distances from the target.
public enum CriteriaWeighting: Sendable {
    case ahp(IncompleteComparisons, priority: PriorityMethod, randomIndex: RandomIndexTable, completion: CompletionMethod)
    case given([Double])
    case objective(WeightingMethod, WeightingOptions)

    /// The method's identifier for reports: `ahp`, `given`, or the weighting method's raw value.
    public var identifier: String {
        switch self {
        case .ahp: return "ahp"
        case .given: return "given"
        case .objective(let method, _): return method.rawValue
        }
    }

    /// Derives the weights of `matrix`'s criteria (in column order).
    /// - Throws: ``AHPError`` for judgments that cannot be completed or analysed, ``MCDAError`` for
    ///   invalid given weights or data a method cannot take.
    public func derive(for matrix: DecisionMatrix) throws -> DerivedWeights {
        let ids = matrix.criteria.map(\.id)
        switch self {
        case .ahp(let comparisons, let priority, let table, let completion):
            precondition(comparisons.elements == ids, "judgments must be over the matrix's criteria, in column order")
            let completed = try comparisons.completed(by: completion)
            let result = try AHP.analyze(completed, method: priority, randomIndex: table)
            var notes = completed.diagnostics.map(\.description)
            if !result.consistency.isAcceptable {
                notes.append("the criteria judgments are inconsistent (CR = \(result.consistency.consistencyRatio) > 0.1); see the judgments to revise")
            }
            return DerivedWeights(weights: result.priorities, method: identifier, ahp: result, notes: notes)
        case .given(let weights):
            try Weights.validate(weights, for: matrix)
            return DerivedWeights(weights: Weights.normalized(weights), method: identifier, ahp: nil, notes: [])
        case .objective(let method, let options):
            let result = try method.weights(for: matrix.resolvingTargets(), options: options)
            return DerivedWeights(weights: result.weights, method: identifier, ahp: nil,
                                  notes: ["convention: \(result.convention)"] + result.diagnostics.map { "\($0)" })
        }
    }
}

/// Criterion weights with how they were obtained.
public struct DerivedWeights: Sendable {
    /// One weight per criterion (column order), summing to 1.
    public let weights: [Double]
    /// `ahp`, `given` or a ``WeightingMethod`` raw value.
    public let method: String
    /// The AHP analysis of the criteria judgments, when AHP was used.
    public let ahp: AHPResult?
    /// Soft findings (completed judgments, inconsistency, conventions).
    public let notes: [String]
}

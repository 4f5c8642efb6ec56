/// What reports say about a problem beyond its numbers: title, goal, display names, the extra
/// attributes shown beside each alternative, units and sources of the criteria, the reference
/// entity and whose the weights are.
///
/// Example:
/// ```swift
/// var d = ProblemDescription(matrix: matrix)   // ids as names, nothing else
/// d.title = "Sister cities"
/// d.attributes = [("country", ["Chile", "Mexico", …])]
/// ```
public struct ProblemDescription: Sendable {
    /// Report title.
    public var title: String
    /// The decision goal, in one sentence.
    public var goal: String?
    /// Where the data came from (a folder or file).
    public var source: String
    /// Display names of the alternatives (matrix order).
    public var alternativeNames: [String]
    /// Extra attributes shown beside each alternative (a dataset's `display:` columns), each with
    /// one value per alternative in matrix order.
    public var attributes: [(name: String, values: [String])]
    /// Display names of the criteria (matrix order).
    public var criterionNames: [String]
    /// Unit of each criterion (matrix order).
    public var criterionUnits: [String?]
    /// Sources of each criterion's values as a whole (matrix order).
    public var criterionSources: [[String]]
    /// The reference entity that target criteria refer to ("Rafsanjan").
    public var referenceName: String?
    /// Whose judgments or weights these are.
    public var weightAssumption: String?

    /// A description with ids as names, for a bare matrix read from `source`.
    public init(matrix: DecisionMatrix, source: String = "") {
        title = source.isEmpty ? "Decision analysis" : "Decision analysis: \(source)"
        goal = nil
        self.source = source
        alternativeNames = matrix.alternatives
        attributes = []
        criterionNames = matrix.criteria.map(\.name)
        criterionUnits = matrix.criteria.map { _ in nil }
        criterionSources = matrix.criteria.map { _ in [] }
        referenceName = nil
        weightAssumption = nil
    }
}

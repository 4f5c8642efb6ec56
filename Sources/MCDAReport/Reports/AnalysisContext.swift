import MCDACore

/// What a report says about the problem beyond the numbers: titles, display names, units, the
/// weighting assumption and data notes. Built by the command line from a dataset.
public struct AnalysisContext: Sendable {
    /// Report title.
    public var title: String
    /// The decision goal.
    public var goal: String?
    /// Where the data came from (a folder or file).
    public var source: String
    /// Display names of the alternatives, in matrix order (defaults to their ids).
    public var alternativeNames: [String]
    /// A short detail per alternative (a country, say), in matrix order, or nil.
    public var alternativeDetails: [String]?
    /// Per criterion (matrix order): unit and a short description.
    public var criterionUnits: [String?]
    /// The name of the reference entity that targets refer to, if any ("Rafsanjan").
    public var referenceName: String?
    /// Whose judgments or weights these are.
    public var weightAssumption: String?
    /// Notes on the data (missing values handled, caveats).
    public var notes: [String]

    public init(title: String, goal: String? = nil, source: String, alternativeNames: [String],
                alternativeDetails: [String]? = nil, criterionUnits: [String?], referenceName: String? = nil,
                weightAssumption: String? = nil, notes: [String] = []) {
        self.title = title
        self.goal = goal
        self.source = source
        self.alternativeNames = alternativeNames
        self.alternativeDetails = alternativeDetails
        self.criterionUnits = criterionUnits
        self.referenceName = referenceName
        self.weightAssumption = weightAssumption
        self.notes = notes
    }

    /// A context with ids as names, for a bare matrix.
    public static func plain(_ matrix: DecisionMatrix, source: String) -> AnalysisContext {
        AnalysisContext(title: "Decision analysis: \(source)", source: source, alternativeNames: matrix.alternatives,
                        criterionUnits: matrix.criteria.map { _ in nil })
    }

    /// "higher is better", "lower is better" or "closest to 161909 (Rafsanjan), log scale".
    func directionText(_ c: Criterion) -> String {
        switch c.direction {
        case .benefit: return "higher is better"
        case .cost: return "lower is better"
        case .target(let t):
            let value = t == t.rounded() && abs(t) < 1e15 ? String(Int(t)) : "\(t)"
            return "closest to \(value)" + (referenceName.map { " (\($0))" } ?? "") + (c.scale == .log ? ", log scale" : "")
        }
    }
}

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
    /// What each criterion measures (matrix order).
    public var criterionDescriptions: [String?]
    /// The source of each value, per criterion then per alternative (matrix order); nil where a
    /// value has none of its own, and an empty list for a criterion none of whose values has one
    /// (a bare matrix: no m·n list of nils). Read through ``valueSource(criterion:alternative:)``.
    public var valueSources: [[String?]]

    /// The source of alternative `i`'s value on criterion `j`, nil where it has none of its own.
    public func valueSource(criterion j: Int, alternative i: Int) -> String? {
        j < valueSources.count && i < valueSources[j].count ? valueSources[j][i] : nil
    }
    /// The same texts in other languages, by language code (`fa`); a text missing there falls back
    /// to the default (``localized(_:)``).
    public var translations: [String: Translation]
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
        criterionDescriptions = matrix.criteria.map { _ in nil }
        valueSources = matrix.criteria.map { _ in [] }
        translations = [:]
        referenceName = nil
        weightAssumption = nil
    }

    /// The description in `language`: every translated text in place of the default one, the
    /// default where no translation is given.
    public func localized(_ language: String) -> ProblemDescription {
        guard let t = translations[language] else { return self }
        var d = self
        d.title = t.title ?? title
        d.goal = t.goal ?? goal
        d.alternativeNames = zip(alternativeNames, t.alternativeNames + Array(repeating: nil, count: max(0, alternativeNames.count - t.alternativeNames.count))).map { $1 ?? $0 }
        d.attributes = attributes.map { a in
            let translated = t.attributes[a.name] ?? []
            return (t.attributeNames[a.name] ?? a.name, a.values.indices.map { i in (i < translated.count ? translated[i] : nil) ?? a.values[i] })
        }
        func merge(_ base: [String?], _ other: [String?]) -> [String?] { base.indices.map { (($0 < other.count) ? other[$0] : nil) ?? base[$0] } }
        d.criterionNames = criterionNames.indices.map { j in (j < t.criterionNames.count ? t.criterionNames[j] : nil) ?? criterionNames[j] }
        d.criterionUnits = merge(criterionUnits, t.criterionUnits)
        d.criterionDescriptions = merge(criterionDescriptions, t.criterionDescriptions)
        d.referenceName = t.referenceName ?? referenceName
        d.weightAssumption = weightAssumption.map { t.weightAssumption ?? $0 }
        return d
    }

    /// The texts of a description in one language; nil where not translated.
    public struct Translation: Sendable {
        public var title: String?
        public var goal: String?
        public var alternativeNames: [String?]
        /// Attribute name → one value per alternative.
        public var attributes: [String: [String?]]
        /// Attribute name → its heading in this language.
        public var attributeNames: [String: String] = [:]
        public var criterionNames: [String?]
        public var criterionUnits: [String?]
        public var criterionDescriptions: [String?]
        public var referenceName: String?
        /// Used only where the default description states an assumption.
        public var weightAssumption: String?

        public init(title: String? = nil, goal: String? = nil, alternativeNames: [String?] = [], attributes: [String: [String?]] = [:],
                    criterionNames: [String?] = [], criterionUnits: [String?] = [], criterionDescriptions: [String?] = [],
                    referenceName: String? = nil, weightAssumption: String? = nil) {
            self.title = title
            self.goal = goal
            self.alternativeNames = alternativeNames
            self.attributes = attributes
            self.criterionNames = criterionNames
            self.criterionUnits = criterionUnits
            self.criterionDescriptions = criterionDescriptions
            self.referenceName = referenceName
            self.weightAssumption = weightAssumption
        }
    }
}

import MCDACore

/// A decision problem read from a dataset folder (format `mcda-dataset/1`, see README.md and
/// Datasets/README.md): alternatives, self-describing criteria with sourced values, how the
/// weights are obtained, and the analysis defaults.
public struct Dataset: Sendable {
    /// The folder the dataset was read from, as it was given (a relative path stays relative, so
    /// that a report shows `Datasets/rafsanjan-sister-cities` rather than the analyst's home folder).
    public let folder: String
    /// A short title.
    public let title: String
    /// `title` and `goal` in other languages (`title_fa:`, `goal_fa:`).
    public let translations: Translations
    /// The decision goal in one sentence.
    public let goal: String?
    /// The alternatives, in the order of `alternatives.csv`.
    public let alternatives: [Alternative]
    /// The entity that target criteria may refer to (not ranked), if any.
    public let reference: Alternative?
    /// The criteria, ordered by file name.
    public let criteria: [CriterionData]
    /// How the weights are obtained.
    public let weights: WeightSpecification
    /// Analysis defaults from the manifest.
    public let analysis: AnalysisSettings
    /// The columns of `alternatives.csv` (beyond id and name) that reports show beside each
    /// alternative: the manifest's `display:` list, empty by default.
    public let display: [String]
    /// Published results carried by literature datasets, flattened to dotted paths such as
    /// `values.closeness.a1` or `exact.tolerance`; empty for other datasets.
    public let published: [String: Double]
    /// The text entries of the `published:` block (its sources), by dotted path.
    public let publishedNotes: [String: String]

    /// An alternative: identifier, display name and free attributes from `alternatives.csv`.
    public struct Alternative: Sendable, Equatable {
        public let id: String
        public let name: String
        public let attributes: [(String, String)]
        /// `name` and attributes in other languages (`name_fa`, `country_fa` columns).
        public var translations: Translations { Translations.read(columns: attributes, fields: ["name"] + attributes.map(\.0)) }

        public static func == (a: Alternative, b: Alternative) -> Bool { a.id == b.id && a.name == b.name }
    }
}

/// One criterion file: the criterion, its documentation and one value (with its source) per alternative.
public struct CriterionData: Sendable {
    /// Identity, name, direction (targets resolved to numbers) and scale.
    public let criterion: Criterion
    /// The file it was read from.
    public let file: String
    /// Unit of the values.
    public let unit: String?
    /// What the criterion measures.
    public let description: String?
    /// Sources of the values as a whole.
    public let sources: [String]
    /// The reference entity's value, when given.
    public let referenceValue: Double?
    /// One value per alternative (dataset order); nil when missing.
    public let values: [Double?]
    /// Per-value sources (dataset order); nil when the value has none of its own.
    public let valueSources: [String?]
    /// The PROMETHEE preference function, when the file gives one (`preference`, `q`, `p`, `s`).
    public let preference: PreferenceFunction?
    /// How uncertain the values are, as a ± fraction (0.1 for ±10 %), sampled in the sensitivity
    /// analysis; nil when the values are taken as exact.
    public let uncertainty: Double?
    /// Per alternative (dataset order), the distribution of its value (`distribution:` in the
    /// file), sampled in the sensitivity analysis instead of ``uncertainty``; nil when not given.
    public let distributions: [ValueDistribution?]
    /// `name`, `description` and `unit` in other languages (`name_fa: …`).
    public let translations: Translations
}

/// How a dataset's weights are obtained.
public enum WeightSpecification: Sendable {
    /// AHP over the criteria from pairwise judgments (possibly incomplete): flat, grouped in a
    /// hierarchy, or from several decision makers (see ``AHPJudgments/Structure``).
    case ahp(AHPJudgments)
    /// Weights given directly, one per criterion id (normalised to sum 1 when used).
    case given([String: Double])
    /// An objective method computed from the data (`equal`, `entropy`, `critic`, `standard-deviation`,
    /// `merec`, `gini`, `variance`, `cilos`, `idocriw`, `angle`, `lopcow`).
    case objective(WeightingMethod)
    /// From an ordering of criteria, most important first; inner arrays are ties
    /// (`rank-order` for rank-order centroid, `rank-sum`).
    case ordering(method: WeightingMethod, order: [[String]])

    /// The weighting as a choice (what `--weights NAME` would select).
    public var choice: WeightingChoice {
        switch self {
        case .ahp: return .ahp
        case .given: return .given
        case .objective(let method), .ordering(let method, _): return WeightingChoice(method)
        }
    }
}

/// Pairwise judgments between criteria, as written in a manifest: flat (`judgments:` over all
/// criteria), grouped (`hierarchy:`) or from several decision makers (`decisionMakers:`).
public struct AHPJudgments: Sendable {
    /// One judgment: `a` is `value` times as important as `b`, from `line` of the manifest.
    public struct Judgment: Sendable, Equatable {
        public let a: String
        public let b: String
        public let value: Double
        public let line: Int?
    }

    /// A group of a `hierarchy:` block: judgments between its members, which are criteria ids (a
    /// leaf group) or its own sub-groups. The top of the hierarchy is the group named ``CriteriaGroup/topName``.
    public struct CriteriaGroup: Sendable {
        /// What a group compares.
        public enum Members: Sendable {
            /// Criteria ids, in manifest order.
            case criteria([String])
            /// Sub-groups, in manifest order.
            case groups([CriteriaGroup])
        }

        /// The name of the top of every hierarchy (reserved: no group may use it).
        public static let topName = "goal"

        public let name: String
        public let members: Members
        /// Judgments between the members (group names or criteria ids).
        public let judgments: [Judgment]
        /// The manifest line where the group starts.
        public let line: Int?

        /// The names of the members, in manifest order.
        public var memberNames: [String] {
            switch members {
            case .criteria(let ids): return ids
            case .groups(let groups): return groups.map(\.name)
            }
        }
    }

    /// One decision maker of a `decisionMakers:` block.
    public struct DecisionMaker: Sendable {
        public let name: String
        /// Relative weight λ (positive; normalised over the group).
        public let weight: Double
        /// Judgments between criteria (they need not cover every criterion under `aij`).
        public let judgments: [Judgment]
        /// The manifest line where the decision maker starts.
        public let line: Int?
    }

    /// How the judgments are organised.
    public enum Structure: Sendable {
        /// One set of judgments over all criteria (``AHPJudgments/judgments``).
        case flat
        /// Criteria grouped in a tree; the root's members are the top-level groups.
        case hierarchy(CriteriaGroup)
        /// Several decision makers, aggregated by AIJ or AIP.
        case decisionMakers([DecisionMaker], aggregation: GroupAggregationMethod)
    }

    /// The flat judgments (empty for the other structures).
    public let judgments: [Judgment]
    /// Flat, hierarchy or decision makers.
    public let structure: Structure
    public let priority: PriorityMethod
    public let randomIndex: RandomIndexTable
    public let completion: CompletionMethod
    /// Whose judgments these are (stated in reports).
    public let assumption: String?
    /// The manifest file (for error messages).
    public let file: String
}

/// What to do with a missing value.
public enum MissingValuePolicy: String, Sendable, CaseIterable {
    /// A missing value is an error naming the alternative and the criterion (the default).
    case error
    /// Alternatives with a missing value are left out of the analysis, with a note.
    case dropAlternative = "drop-alternative"
    /// A missing value counts as the worst value of its criterion among the others, with a note.
    case worstValue = "worst-value"
}

/// Analysis defaults from a manifest's `analysis:` block, every value checked when it was read.
public struct AnalysisSettings: Sendable {
    /// One method of `analysis.methods` with the parameters written beside it
    /// (`- vikor: {v: 0.6}`).
    public struct MethodEntry: Sendable {
        public let method: any CatalogueMethod.Type
        public let parameters: MethodParameters

        public init(method: any CatalogueMethod.Type, parameters: MethodParameters = MethodParameters()) {
            self.method = method
            self.parameters = parameters
        }
    }

    /// The methods (default topsis, wsm, vikor, promethee-ii).
    public var methods: [MethodEntry]
    /// Parameters for every method that takes them (`normalization: vector`, `v: 0.6`). A dataset's
    /// normalisation defaults to vector for every method that takes one.
    public var parameters: MethodParameters
    public var missing: MissingValuePolicy = .error
    public var samples: Int = 10_000
    public var seed: UInt64 = 2026
    /// Hit-and-run steps per sample under spread doubt (nil: the default ⌈ln(d + 1)·d³/4⌉).
    public var thinning: Int?

    /// The defaults, with methods from `catalogue`.
    public init(catalogue: MethodCatalogue = .standard) {
        methods = MethodCatalogue.defaultNames.compactMap { name in
            catalogue.methods.first { $0.name == name }.map { MethodEntry(method: $0) }
        }
        var p = MethodParameters()
        p["normalization"] = .normalization(.vector)
        parameters = p
    }
}

import MCDACore

/// What a what-if changes in a dataset itself, beyond ``ProblemOverrides``: alternatives left out
/// and flat AHP judgments in place of the manifest's weighting. ``Dataset/changed(_:)`` applies
/// them to the dataset value (never to the files); ``Dataset/problem(_:)`` then applies the
/// overrides as for any command.
///
/// Example:
/// ```swift
/// var changes = DatasetChanges()
/// changes.exclude = ["bamako", "kayes"]
/// changes.judgments = [.init(a: "copper", b: "pistachio", value: 3), …]
/// let problem = try dataset.changed(changes).problem(overrides)
/// ```
public struct DatasetChanges: Sendable, Equatable {
    /// Ids of alternatives to leave out (each must name an alternative of the dataset).
    public var exclude: [String] = []
    /// Judgments `a` is `value` times as important as `b` over the criteria, in place of the
    /// manifest's weighting (nil: the manifest's). They must connect every criterion.
    public var judgments: [AHPJudgments.Judgment]?

    public init(exclude: [String] = [], judgments: [AHPJudgments.Judgment]? = nil) {
        self.exclude = exclude
        self.judgments = judgments
    }
}

extension AHPJudgments.Judgment {
    /// A judgment given outside a manifest (no line).
    public init(a: String, b: String, value: Double) {
        self.init(a: a, b: b, value: value, line: nil)
    }
}

extension Dataset {
    /// This dataset with `changes`: the alternatives of `exclude` left out (values, sources and
    /// distributions with them), and `judgments` as its flat AHP weighting (keeping the manifest's
    /// priority method, random-index table and completion when it has AHP weights, else the
    /// defaults). Nothing is written.
    /// - Throws: ``InputError/invalid(file:message:)`` with `file` the key (`exclude`, `judgments`)
    ///   for an unknown alternative or criterion, a value that is not a positive ratio from 1/9 to 9,
    ///   a judgment of a criterion with itself, every alternative left out, or judgments that leave
    ///   a criterion unconnected.
    public func changed(_ changes: DatasetChanges) throws -> Dataset {
        let kept = try keptAlternatives(excluding: changes.exclude)
        var weights = self.weights
        if let judgments = changes.judgments { weights = .ahp(try flatJudgments(judgments)) }
        let criteria = self.criteria.map { c in
            CriterionData(criterion: c.criterion, file: c.file, unit: c.unit, description: c.description, sources: c.sources,
                          referenceValue: c.referenceValue, values: kept.map { c.values[$0] }, valueSources: kept.map { c.valueSources[$0] },
                          preference: c.preference, uncertainty: c.uncertainty, distributions: kept.map { c.distributions[$0] },
                          translations: c.translations)
        }
        return Dataset(folder: folder, title: title, translations: translations, goal: goal, alternatives: kept.map { alternatives[$0] },
                       reference: reference, criteria: criteria, weights: weights, analysis: analysis, display: display,
                       published: published, publishedNotes: publishedNotes)
    }

    /// The indices of the alternatives not in `exclude`, in dataset order.
    func keptAlternatives(excluding exclude: [String]) throws -> [Int] {
        let ids = Set(alternatives.map(\.id))
        if let unknown = exclude.first(where: { !ids.contains($0) }) {
            throw InputError.invalid(file: "exclude", message: "'\(unknown)' is not an alternative of this dataset (one of \(alternatives.map(\.id).joined(separator: ", ")))")
        }
        let left = Set(exclude)
        let kept = alternatives.indices.filter { !left.contains(alternatives[$0].id) }
        guard !kept.isEmpty else {
            throw InputError.invalid(file: "exclude", message: "leaves no alternative to rank")
        }
        return kept
    }

    /// `judgments` as this dataset's flat AHP weighting, checked.
    func flatJudgments(_ judgments: [AHPJudgments.Judgment]) throws -> AHPJudgments {
        let ids = criteria.map(\.criterion.id)
        let known = Set(ids)
        for j in judgments {
            for id in [j.a, j.b] where !known.contains(id) {
                throw InputError.invalid(file: "judgments", message: "'\(id)' is not a criterion of this dataset (one of \(ids.joined(separator: ", ")))")
            }
            guard j.a != j.b else { throw InputError.invalid(file: "judgments", message: "[\(j.a), \(j.b)] compares a criterion with itself") }
            guard j.value.isFinite, j.value >= 1.0 / 9 - 1e-12, j.value <= 9 + 1e-12 else {
                throw InputError.invalid(file: "judgments", message: "[\(j.a), \(j.b), \(j.value)]: a judgment is a ratio from 1/9 to 9 (Saaty's scale)")
            }
        }
        var base: AHPJudgments?
        if case .ahp(let spec) = weights { base = spec }
        let file = base?.file ?? folder + "/" + Self.manifestName
        let comparisons = try Self.comparisons(over: ids, judgments, file: "judgments")
        let groups = comparisons.connectedGroups()
        if groups.count > 1 {
            let parts = groups.map { "{" + $0.map { ids[$0] }.joined(separator: ", ") + "}" }.joined(separator: " and ")
            throw InputError.invalid(file: "judgments", message: "leave the criteria unconnected: \(parts) are never compared with each other")
        }
        return AHPJudgments(judgments: judgments, structure: .flat, priority: base?.priority ?? .default,
                            randomIndex: base?.randomIndex ?? .default, completion: base?.completion ?? .default,
                            assumption: nil, file: file)
    }
}

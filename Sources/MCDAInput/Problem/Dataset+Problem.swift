import MCDACore

extension Dataset {
    /// The dataset as one typed problem, with `overrides` (the command line's options) in place of
    /// the manifest's values: the one place where an option given wins over a file.
    ///
    /// - The matrix under the missing-value policy (``decisionMatrix(missing:)``).
    /// - The weights: the manifest's weighting, another weighting by name, or numbers as given.
    /// - The methods: the manifest's `analysis.methods` (or the override's), each configured with,
    ///   from weakest to strongest, its defaults, the manifest's shared parameters (`normalization`,
    ///   default vector), the criterion files' PROMETHEE preference functions, the parameters written
    ///   beside it in the manifest, and the overrides.
    /// - The uncertainty declared in the criterion files (``dataUncertainty(for:)``).
    /// - The description: title, goal, names, the `display:` columns, units, sources.
    /// - Throws: ``InputError`` naming the file for data and weighting problems; `MethodCatalogueError`
    ///   or `MCDAError` for parameter combinations a method refuses.
    public func problem(_ overrides: ProblemOverrides = ProblemOverrides()) throws -> DecisionProblem {
        let (matrix, notes) = try decisionMatrix(missing: overrides.missing)
        let weights: ProblemWeights
        switch overrides.weights {
        case .values(let w)?: weights = try .given(w, for: matrix)
        case .named(let choice)?: weights = .weighting(try weighting(override: choice))
        case nil: weights = .weighting(try weighting())
        }
        let entries = overrides.methods.map { $0.map { AnalysisSettings.MethodEntry(method: $0) } } ?? analysis.methods
        let methods = try entries.map { try specification($0, overrides: overrides) }
        do {
            return try DecisionProblem(matrix: matrix, weights: weights, methods: methods, uncertainty: dataUncertainty(for: matrix),
                               simulation: SimulationSettings(samples: overrides.samples ?? analysis.samples,
                                                              seed: overrides.seed ?? analysis.seed,
                                                              thinning: overrides.thinning ?? analysis.thinning),
                               description: description(of: matrix, weights: weights), notes: notes)
        } catch let error as AHPError {
            throw InputError.dataset(file: folder + "/" + Self.manifestName, line: nil, column: nil, message: error.description)
        }
    }

    /// `entry`'s method configured with, from weakest to strongest, its defaults, the manifest's
    /// shared parameters, the criterion files' preference functions, the entry's own parameters and
    /// the overrides' (the same for a method the manifest does not list, such as `--primary`).
    /// - Throws: ``InputError`` for preference thresholds of the wrong count; `MethodCatalogueError`
    ///   or `MCDAError` for values the method refuses.
    public func specification(_ entry: AnalysisSettings.MethodEntry, overrides: ProblemOverrides = ProblemOverrides()) throws -> MethodSpecification {
        var values = analysis.parameters
        if criteria.contains(where: { $0.preference != nil }) {
            values[MethodParameter.preferenceFunctions.name] = .preferenceFunctions(criteria.map { $0.preference ?? .usual })
        }
        values = values.overridden(by: entry.parameters).overridden(by: overrides.parameters)
        if let preference = overrides.preference {
            values[MethodParameter.preferenceFunctions.name] = .preferenceFunctions(try preference.functions(for: criteria.map(\.criterion)))
        }
        return MethodSpecification(any: try entry.method.init(parameters: values.restricted(to: entry.method.parameters)))
    }

    /// Names, display columns, units and sources of `matrix`'s alternatives and criteria.
    func description(of matrix: DecisionMatrix, weights: ProblemWeights) -> ProblemDescription {
        var d = ProblemDescription(matrix: matrix, source: folder)
        let byId = Dictionary(alternatives.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        d.title = title
        d.goal = goal
        d.alternativeNames = matrix.alternatives.map { byId[$0]?.name ?? $0 }
        d.attributes = display.map { column in
            (column, matrix.alternatives.map { id in byId[id]?.attributes.first { $0.0 == column }?.1 ?? "" })
        }
        d.criterionUnits = criteria.map(\.unit)
        d.criterionSources = criteria.map(\.sources)
        d.criterionDescriptions = criteria.map(\.description)
        let rows = Dictionary(alternatives.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        d.valueSources = criteria.map { c in matrix.alternatives.map { id in rows[id].flatMap { c.valueSources[$0] } } }
        d.referenceName = reference?.name
        let languages = translations.languages.union(criteria.flatMap { $0.translations.languages })
            .union(alternatives.flatMap { $0.translations.languages })
        for language in languages {
            let alternativeTexts = matrix.alternatives.map { byId[$0]?.translations }
            var translation = ProblemDescription.Translation(
                title: translations.text("title", language), goal: translations.text("goal", language),
                alternativeNames: alternativeTexts.map { $0?.text("name", language) },
                attributes: Dictionary(uniqueKeysWithValues: display.map { column in (column, alternativeTexts.map { $0?.text(column, language) }) }),
                criterionNames: criteria.map { $0.translations.text("name", language) },
                criterionUnits: criteria.map { $0.translations.text("unit", language) },
                criterionDescriptions: criteria.map { $0.translations.text("description", language) },
                referenceName: reference?.translations.text("name", language),
                weightAssumption: translations.text("assumption", language))
            for column in display { translation.attributeNames[column] = translations.text("display." + column, language) }
            d.translations[language] = translation
        }
        if case .ahp(let spec) = self.weights, case .weighting(.ahp) = weights { d.weightAssumption = spec.assumption }
        return d
    }
}

extension DecisionProblem {
    /// A problem from a decision-matrix CSV's matrix: weights as given (equal when none are), the
    /// override's methods (default topsis, wsm, vikor, promethee-ii) with its parameters, exact data.
    /// - Throws: `MCDAError` for invalid weights; `MethodCatalogueError` for parameters a method refuses.
    public static func matrix(_ matrix: DecisionMatrix, source: String, overrides: ProblemOverrides = ProblemOverrides(),
                              catalogue: MethodCatalogue = .standard) throws -> DecisionProblem {
        let weights: ProblemWeights
        switch overrides.weights {
        case .values(let w)?: weights = try .given(w, for: matrix)
        case .named(let choice)?:
            guard let method = choice.method, !method.needsImportance else {
                throw InputError.option(name: "weights", message: "'\(choice.rawValue)' needs a dataset folder (judgments, given values or an order); a CSV takes numbers or \(WeightingMethod.allCases.filter { !$0.needsImportance }.map(\.rawValue).joined(separator: ", "))")
            }
            weights = .weighting(.objective(method, WeightingOptions()))
        case nil:
            weights = .asGiven(Weights.equal(matrix.columnCount), label: "equal")
        }
        var parameters = overrides.parameters
        if let preference = overrides.preference {
            parameters[MethodParameter.preferenceFunctions.name] = .preferenceFunctions(try preference.functions(for: matrix.criteria))
        }
        let types = try overrides.methods ?? MethodCatalogue.defaultNames.map { try catalogue.method(named: $0) }
        let methods = try types.map { MethodSpecification(any: try $0.init(parameters: parameters.restricted(to: $0.parameters))) }
        return try DecisionProblem(matrix: matrix, weights: weights, methods: methods,
                               simulation: SimulationSettings(samples: overrides.samples ?? 10_000, seed: overrides.seed ?? 2026,
                                                              thinning: overrides.thinning),
                               description: ProblemDescription(matrix: matrix, source: source))
    }
}

extension ProblemWeights {
    /// Numbers given for `matrix`'s criteria, checked (one per criterion, finite, non-negative, not
    /// all zero, none below ``Weights/smallestNonZero``) and used as given.
    /// - Throws: ``InputError/option(name:message:)`` naming `--weights` (the numbers come from the
    ///   command line, or from a workbench request already checked against the criteria).
    static func given(_ w: [Double], for matrix: DecisionMatrix) throws -> ProblemWeights {
        do {
            try Weights.validate(w, for: matrix)
            try Weights.validateGiven(w, criteria: matrix.criteria.map(\.id))
        } catch let error as MCDAError {
            throw InputError.option(name: "weights", message: "\(error) (criteria: \(matrix.criteria.map(\.id).joined(separator: ", ")))")
        }
        return .asGiven(w)
    }
}

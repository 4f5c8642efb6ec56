import MCDACore

extension Dataset {
    /// The manifest's weighting, or `override`.
    ///
    /// `ahp` needs judgments in the manifest; `given` needs given weights; `rank-order` and
    /// `rank-sum` use the manifest's `order`, or else the order of the AHP priorities (so a user
    /// with judgments can compare against the cruder ordering-only weights).
    /// - Throws: when the override needs something the manifest does not have, naming what to add.
    public func weighting(override: WeightingChoice? = nil) throws -> CriteriaWeighting {
        let ids = criteria.map(\.criterion.id)
        let choice = override ?? weights.choice
        switch (choice, weights) {
        case (.ahp, .ahp(let spec)):
            switch spec.structure {
            case .flat:
                return .ahp(try criteriaComparisons(spec), priority: spec.priority, randomIndex: spec.randomIndex, completion: spec.completion)
            case .hierarchy:
                return .ahpHierarchy(try criteriaHierarchy(spec), priority: spec.priority, randomIndex: spec.randomIndex)
            case .decisionMakers(let people, let aggregation):
                return .ahpGroup(try decisionMakerJudgments(spec), weights: people.map(\.weight), aggregation: aggregation,
                                 priority: spec.priority, randomIndex: spec.randomIndex, completion: spec.completion)
            }
        case (.ahp, _):
            throw InputError.dataset(file: folder + "/" + Self.manifestName, line: nil, column: nil,
                                     message: "--weights ahp needs judgments: add `weights: {method: ahp, judgments: [[a, b, \"3\"], …]}` to the manifest")
        case (.given, .given(let values)):
            return .given(ids.map { values[$0] ?? 0 })
        case (.given, _):
            throw InputError.dataset(file: folder + "/" + Self.manifestName, line: nil, column: nil,
                                     message: "--weights given needs `weights: {method: given, values: {criterion: weight, …}}` in the manifest")
        default:
            let method = choice.method ?? .equal
            var options = WeightingOptions()
            if method.needsImportance { options.importance = try importanceRanks() }
            return .objective(method, options)
        }
    }

    /// Importance ranks (1 = most important, ties share a rank) from the manifest's `order`, or from
    /// the AHP priorities of its judgments.
    func importanceRanks() throws -> [Double] {
        let ids = criteria.map(\.criterion.id)
        switch weights {
        case .ordering(_, let order):
            var rank: [String: Double] = [:]
            var position = 1
            for group in order {
                for id in group { rank[id] = Double(position) }
                position += group.count
            }
            return ids.map { rank[$0] ?? Double(ids.count) }
        case .ahp(let spec):
            // The Alonso–Lamata RI is defined for every n; CR plays no part in the ranks.
            let priorities: [Double]
            switch spec.structure {
            case .flat:
                let matrix = try criteriaComparisons(spec).completed(by: spec.completion)
                priorities = try AHP.analyze(matrix, method: spec.priority, randomIndex: .alonsoLamata).priorities
            case .hierarchy:
                let r = try AHP.analyze(try criteriaHierarchy(spec), method: spec.priority, randomIndex: .alonsoLamata)
                let byId = Dictionary(zip(r.criteria, r.criterionWeights), uniquingKeysWith: { a, _ in a })
                priorities = ids.map { byId[$0] ?? 0 }
            case .decisionMakers(let people, let aggregation):
                priorities = try GroupAHP.analyze(try decisionMakerJudgments(spec), weights: people.map(\.weight), aggregation: aggregation,
                                                  method: spec.priority, randomIndex: .alonsoLamata, completion: spec.completion).priorities
            }
            return Ranking.ranks(priorities, order: .descending)
        default:
            throw InputError.dataset(file: folder + "/" + Self.manifestName, line: nil, column: nil,
                                     message: "rank-order and rank-sum weights need `order:` (criteria, most important first) or AHP judgments in the manifest")
        }
    }
}

extension Dataset {
    /// The `hierarchy:` form of AHP weights as an `AHPHierarchy` whose leaves are the criteria ids:
    /// one matrix per group, missing judgments completed by the manifest's `completion` (default Harker).
    /// - Throws: when the weights are not a hierarchy, or a group's judgments contradict each other
    ///   or do not connect its members (naming the group and its line).
    public func criteriaHierarchy(_ spec: AHPJudgments) throws -> AHPHierarchy {
        guard case .hierarchy(let top) = spec.structure else {
            throw InputError.dataset(file: spec.file, line: nil, column: nil, message: "the AHP weights have no `hierarchy:`")
        }
        func node(_ group: AHPJudgments.CriteriaGroup) throws -> HierarchyNode {
            let incomplete = try Self.comparisons(over: group.memberNames, group.judgments, file: spec.file)
            let matrix: PairwiseComparisonMatrix
            do { matrix = try incomplete.completed(by: spec.completion) } catch let error as AHPError {
                let place = group.name == AHPJudgments.CriteriaGroup.topName ? "the top level of the hierarchy" : "group '\(group.name)'"
                throw InputError.dataset(file: spec.file, line: group.line, column: nil, message: "\(place): \(error)")
            }
            switch group.members {
            case .criteria(let ids): return .criteria(name: group.name, comparisons: matrix, children: ids.map { .criterion($0) })
            case .groups(let groups): return .criteria(name: group.name, comparisons: matrix, children: try groups.map(node))
            }
        }
        do { return try AHPHierarchy(root: try node(top)) } catch let error as HierarchyError {
            throw InputError.dataset(file: spec.file, line: top.line, column: nil, message: error.description)
        }
    }

    /// The `decisionMakers:` form of AHP weights: each decision maker's judgments over all criteria
    /// (dataset order), possibly incomplete.
    /// - Throws: when the weights have no decision makers; for contradicting judgments; under `aip`
    ///   for a decision maker whose judgments do not connect every criterion, and under `aij` when
    ///   the pooled judgments do not (naming the decision maker and line, or the criteria groups).
    public func decisionMakerJudgments(_ spec: AHPJudgments) throws -> [DecisionMakerJudgments] {
        guard case .decisionMakers(let people, let aggregation) = spec.structure else {
            throw InputError.dataset(file: spec.file, line: nil, column: nil, message: "the AHP weights have no `decisionMakers:`")
        }
        let ids = criteria.map(\.criterion.id)
        let group = try people.map { person in
            let comparisons = try Self.comparisons(over: ids, person.judgments, file: spec.file)
            let parts = comparisons.connectedGroups()
            if aggregation == .aggregatedPriorities, parts.count > 1 {
                let error = AHPError.disconnectedComparisons(groups: parts.map { $0.map { ids[$0] } })
                throw InputError.dataset(file: spec.file, line: person.line, column: nil,
                                         message: "decision maker '\(person.name)': \(error) (aip analyses each decision maker alone; aij pools the judgments)")
            }
            return DecisionMakerJudgments(name: person.name, comparisons: comparisons)
        }
        let pooled = try GroupAHP.aggregateJudgments(group, weights: people.map(\.weight)).connectedGroups()
        if pooled.count > 1 {
            let error = AHPError.disconnectedComparisons(groups: pooled.map { $0.map { ids[$0] } })
            throw InputError.dataset(file: spec.file, line: people.first?.line, column: nil, message: "decisionMakers, taken together: \(error)")
        }
        return group
    }
}

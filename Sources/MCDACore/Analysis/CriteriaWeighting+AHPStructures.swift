/// Derivation of criterion weights from a hierarchy of criteria or a group of decision makers.
extension CriteriaWeighting {
    /// Global leaf weights of a criteria hierarchy in `criteria` order, with one note per node.
    ///
    /// wⱼ = Π of the local priorities on the path from the goal to criterion j (the leaves' global
    /// weights of ``AHP/analyze(_:method:randomIndex:synthesis:revisions:)``).
    /// - Throws: ``HierarchyError`` when a node cannot be analysed; ``MCDAError/invalidParameter(name:value:expected:)``
    ///   when the leaves are not exactly `criteria` or compare alternatives.
    static func deriveHierarchy(_ hierarchy: AHPHierarchy, priority: PriorityMethod, randomIndex: RandomIndexTable,
                                criteria ids: [String]) throws -> DerivedWeights {
        guard !hierarchy.comparesAlternatives else {
            throw MCDAError.invalidParameter(name: "criteria hierarchy", value: "leaves that compare alternatives",
                                             expected: "leaves that are the criteria (no comparisons below them)")
        }
        let result = try AHP.analyze(hierarchy, method: priority, randomIndex: randomIndex)
        let weights = try aligned(result.criteria, result.criterionWeights, to: ids, what: "criteria hierarchy")
        var notes: [WeightingNote] = [.hierarchy(matrices: result.nodes.count, priority: priority, randomIndex: randomIndex)]
        for node in result.nodes {
            notes.append(.hierarchyNode(node))
            notes += node.local.matrix.diagnostics.map { .hierarchyNodeJudgment(node: node, $0) }
        }
        return DerivedWeights(weights: weights, method: "ahp-hierarchy", ahp: nil, hierarchy: result, notes: notes)
    }

    /// Group weights in `criteria` order, with one note per decision maker and one for the aggregate.
    /// - Throws: ``GroupAHPError`` naming the decision maker; ``MCDAError/invalidParameter(name:value:expected:)``
    ///   when the compared elements are not exactly `criteria`.
    static func deriveGroup(_ group: [DecisionMakerJudgments], weights: [Double]?, aggregation: GroupAggregationMethod,
                            priority: PriorityMethod, randomIndex: RandomIndexTable, completion: CompletionMethod,
                            criteria ids: [String]) throws -> DerivedWeights {
        let result = try GroupAHP.analyze(group, weights: weights, aggregation: aggregation, method: priority,
                                          randomIndex: randomIndex, completion: completion)
        let w = try aligned(result.elements, result.priorities, to: ids, what: "decision makers' judgments")
        var notes: [WeightingNote] = [.group(count: group.count, aggregation: aggregation, mean: result.mean,
                                             priority: priority, randomIndex: randomIndex)]
        for (k, name) in result.decisionMakers.enumerated() {
            notes.append(.decisionMaker(name: name, weight: result.weights[k], analysis: result.individual[k]))
        }
        if let aggregate = result.aggregate {
            notes.append(.aggregate(aggregate))
            notes += aggregate.matrix.diagnostics.map { .aggregateJudgment($0) }
        }
        return DerivedWeights(weights: w, method: "ahp-group", ahp: nil, group: result, notes: notes)
    }

    /// `values` (over `names`) re-ordered to `ids`; the names must be exactly the ids.
    private static func aligned(_ names: [String], _ values: [Double], to ids: [String], what: String) throws -> [Double] {
        var byName: [String: Double] = [:]
        for (name, v) in zip(names, values) { byName[name] = v }
        if let missing = ids.first(where: { byName[$0] == nil }) {
            throw MCDAError.invalidParameter(name: what, value: "no criterion '\(missing)'", expected: "every criterion exactly once")
        }
        let known = Set(ids)
        if let extra = names.first(where: { !known.contains($0) }) {
            throw MCDAError.invalidParameter(name: what, value: "'\(extra)'", expected: "criteria of the decision matrix only")
        }
        return ids.map { byName[$0]! }
    }
}


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
        var notes = ["criteria weighed in a hierarchy (\(result.nodes.count) matrices of judgments, \(priority.rawValue) local priorities, "
                     + "\(randomIndex.rawValue) random index); a criterion's weight is the product of the local weights on its path"]
        for node in result.nodes {
            let label = node.path.count == 1 ? "top level" : "group '\(node.name)'"
            let place = node.path.count == 1 ? label : label + " (\(node.path.joined(separator: " › ")), global weight \(MessageNumbers.fixed(node.globalWeight, 4)))"
            notes.append(place + ": " + consistencyNote(node.local))
            notes += node.local.matrix.diagnostics.map { "\(label): \($0)" }
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
        let how = aggregation == .aggregatedJudgments
            ? "aij: weighted geometric mean of the judgments, analysed as one matrix"
            : "aip: weighted \(result.mean?.rawValue ?? PriorityMean.default.rawValue) mean of each decision maker's priorities"
        var notes = ["criteria weighed by a group of \(group.count) decision makers (\(how); \(priority.rawValue) priorities, "
                     + "\(randomIndex.rawValue) random index)"]
        for (k, name) in result.decisionMakers.enumerated() {
            let place = "decision maker '\(name)' (weight \(MessageNumbers.fixed(result.weights[k], 4)))"
            guard let own = result.individual[k] else {
                notes.append(place + ": the judgments do not connect every criterion, so they have no priorities of their own; they count in the aggregate")
                continue
            }
            let top = own.priorities.indices.max { own.priorities[$0] < own.priorities[$1] }.map { own.elements[$0] } ?? ""
            notes.append(place + ": " + consistencyNote(own) + "; most important: \(top)")
        }
        if let aggregate = result.aggregate {
            notes.append("aggregated judgments: " + consistencyNote(aggregate))
            notes += aggregate.matrix.diagnostics.map { "aggregated judgments: \($0)" }
        }
        return DerivedWeights(weights: w, method: "ahp-group", ahp: nil, group: result, notes: notes)
    }

    /// "λmax = …, CR = … (acceptable)" or the inconsistency verdict with the judgments to revise first.
    static func consistencyNote(_ r: AHPResult) -> String {
        let c = r.consistency
        var text = "λmax = \(MessageNumbers.fixed(c.lambdaMax, 4)), CR = \(MessageNumbers.fixed(c.consistencyRatio, 4))"
        if c.isAcceptable { return text + " (acceptably consistent)" }
        text += " > 0.1: too inconsistent to rely on"
        if !r.judgmentsToRevise.isEmpty {
            text += "; revise first " + r.judgmentsToRevise.map {
                "\($0.row) vs \($0.column): \(SaatyScale.label($0.current)) → \(SaatyScale.label($0.suggested))"
            }.joined(separator: ", ")
        }
        return text
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


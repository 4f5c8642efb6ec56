import MCDACore

extension Dataset {
    /// The manifest's weighting, or `override` (`ahp`, `given`, or a ``WeightingMethod`` raw value).
    ///
    /// `ahp` needs judgments in the manifest; `given` needs given weights; `rank-order` and
    /// `rank-sum` use the manifest's `order`, or else the order of the AHP priorities (so a user
    /// with judgments can compare against the cruder ordering-only weights).
    /// - Throws: when the override needs something the manifest does not have, naming what to add.
    public func weighting(override: String? = nil) throws -> CriteriaWeighting {
        let ids = criteria.map(\.criterion.id)
        let name = override ?? weights.methodName
        switch (name, weights) {
        case ("ahp", .ahp(let spec)):
            return .ahp(try criteriaComparisons(spec), priority: spec.priority, randomIndex: spec.randomIndex, completion: spec.completion)
        case ("ahp", _):
            throw InputError.dataset(file: folder + "/" + Self.manifestName, line: nil, column: nil,
                                     message: "--weights ahp needs judgments: add `weights: {method: ahp, judgments: [[a, b, \"3\"], …]}` to the manifest")
        case ("given", .given(let values)):
            return .given(ids.map { values[$0] ?? 0 })
        case ("given", _):
            throw InputError.dataset(file: folder + "/" + Self.manifestName, line: nil, column: nil,
                                     message: "--weights given needs `weights: {method: given, values: {criterion: weight, …}}` in the manifest")
        default:
            guard let method = WeightingMethod(rawValue: name) else {
                throw InputError.dataset(file: folder + "/" + Self.manifestName, line: nil, column: nil,
                                         message: "unknown weighting '\(name)'; use ahp, given, \(WeightingMethod.allCases.map(\.rawValue).joined(separator: ", "))")
            }
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
            let matrix = try criteriaComparisons(spec).completed(by: spec.completion)
            let priorities = try AHP.analyze(matrix, method: spec.priority, randomIndex: .alonsoLamata).priorities
            return Ranking.ranks(priorities, order: .descending)
        default:
            throw InputError.dataset(file: folder + "/" + Self.manifestName, line: nil, column: nil,
                                     message: "rank-order and rank-sum weights need `order:` (criteria, most important first) or AHP judgments in the manifest")
        }
    }
}

import MCDACore

/// Reads the manifest's `weights:` block.
enum WeightSpecificationReader {
    static func read(_ node: YAMLNode, criteria: [String]) throws -> WeightSpecification {
        let keys = ["method", "name", "judgments", "hierarchy", "decisionMakers", "aggregation", "priority", "randomIndex",
                    "completion", "assumption", "values", "order"]
        let fields = Dictionary(try node.mapping(allowed: keys + Translations.keys(in: node, fields: ["assumption"]), what: "weights").map { ($0.key, $0.value) },
                                uniquingKeysWith: { a, _ in a })
        guard let methodNode = fields["method"] else {
            throw node.error("weights needs a method: \(WeightingChoice.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let method = try choice(methodNode, name: fields["name"])
        func check(_ id: String, _ at: YAMLNode) throws { try AHPJudgmentsReader.check(id, at: at, among: criteria, kind: "criterion") }
        if method != .ahp, let key = ["hierarchy", "decisionMakers", "aggregation"].first(where: { fields[$0] != nil }), let at = fields[key] {
            throw at.error("`\(key)` belongs to AHP weights (method: ahp)")
        }
        switch method {
        case .ahp:
            return .ahp(try AHPJudgmentsReader.read(fields, node: node, criteria: criteria))
        case .given:
            guard let values = fields["values"] else { throw node.error("given weights need `values:` (criterion: weight)") }
            var result: [String: Double] = [:]
            for (id, v) in try values.mapping(allowed: [], what: "weight values") {
                try check(id, v)
                let w = try v.number("the weight of '\(id)'")
                guard w >= 0 else { throw v.error("the weight of '\(id)' is negative") }
                guard w == 0 || w >= Weights.smallestNonZero else {
                    throw v.error("\(MCDAError.weightTooSmall(criterion: id, value: w))")
                }
                result[id] = w
            }
            for id in criteria where result[id] == nil {
                throw values.error("no weight for criterion '\(id)'; add `\(id): <weight>`")
            }
            guard result.values.contains(where: { $0 > 0 }) else { throw values.error("all weights are zero") }
            return .given(result)
        case .equal, .entropy, .critic, .standardDeviation, .merec, .gini, .variance, .cilos, .idocriw, .angle, .lopcow:
            return .objective(method.method ?? .equal)
        case .rankOrder, .rankSum:
            let m = method.method ?? .rankOrder
            guard let order = fields["order"] else { throw node.error("\(m.rawValue) weights need `order:` (criteria, most important first)") }
            var groups: [[String]] = []
            var seen = Set<String>()
            for item in try order.list("order") {
                let ids = try item.stringList("an entry of order")
                for id in ids {
                    try check(id, item)
                    guard seen.insert(id).inserted else { throw item.error("criterion '\(id)' appears twice in order") }
                }
                groups.append(ids)
            }
            for id in criteria where !seen.contains(id) { throw order.error("criterion '\(id)' is missing from order") }
            return .ordering(method: m, order: groups)
        }
    }
}

extension WeightSpecificationReader {
    /// The objective methods that `method: objective` can name.
    static let objectiveNames = WeightingMethod.allCases.filter { !$0.needsImportance }.map(\.rawValue)

    /// `method: critic`, or the equivalent `method: objective, name: critic` (the issue's
    /// contract); `name` belongs to `objective` alone.
    static func choice(_ methodNode: YAMLNode, name nameNode: YAMLNode?) throws -> WeightingChoice {
        guard try methodNode.string("weights method") == "objective" else {
            if let nameNode { throw nameNode.error("`name` belongs to `method: objective` (for example `{method: objective, name: merec}`)") }
            return try AHPJudgmentsReader.choice(methodNode, "weights method")
        }
        guard let nameNode else {
            throw methodNode.error("objective weights need `name:`, one of \(objectiveNames.joined(separator: ", "))")
        }
        let text = try nameNode.string("the objective weighting method")
        guard objectiveNames.contains(text), let choice = WeightingChoice(rawValue: text) else {
            throw nameNode.error("the objective weighting method must be one of \(objectiveNames.joined(separator: ", ")), found '\(text)'")
        }
        return choice
    }
}

/// Reads the manifest's `analysis:` block: methods (by catalogue name, each optionally with its
/// parameters), parameters shared by the methods that take them, the missing-value policy and the
/// simulation settings. Every value is checked here, so its error names the line and column.
enum AnalysisSettingsReader {
    static func read(_ node: YAMLNode, catalogue: MethodCatalogue) throws -> AnalysisSettings {
        var settings = AnalysisSettings(catalogue: catalogue)
        let shared = catalogue.parameters.filter(\.readsText)
        for (key, value) in try node.mapping(allowed: ["methods", "missing", "smaa"] + shared.map(\.name), what: "analysis") {
            switch key {
            case "methods": settings.methods = try methods(value, catalogue: catalogue)
            case "missing":
                settings.missing = try AHPJudgmentsReader.choice(value, "missing")
            case "smaa":
                for (k, v) in try value.mapping(allowed: ["samples", "seed", "thinning"], what: "smaa") {
                    let x = try v.number(k)
                    guard x >= 0, x == x.rounded() else { throw v.error("\(k) must be a non-negative whole number") }
                    guard x < 1e15 else { throw v.error("\(k) must be below 10^15") }
                    switch k {
                    case "samples": settings.samples = Int(x)
                    case "thinning":
                        guard x >= 1 && x <= Double(HitAndRunSettings.maximumThinning) else {
                            throw v.error("thinning (hit-and-run steps per sample) must be between 1 and \(HitAndRunSettings.maximumThinning)")
                        }
                        settings.thinning = Int(x)
                    default: settings.seed = UInt64(x)
                    }
                }
            default:
                guard let parameter = shared.first(where: { $0.name == key }) else { continue }
                settings.parameters[key] = try parse(value, parameter)
            }
        }
        return settings
    }

    /// `[topsis, {vikor: {v: 0.6}}]`: names, or one-key mappings from a name to its parameters.
    static func methods(_ node: YAMLNode, catalogue: MethodCatalogue) throws -> [AnalysisSettings.MethodEntry] {
        var entries: [AnalysisSettings.MethodEntry] = []
        for item in try node.list("methods") {
            let name: String, parameterNode: YAMLNode?
            if case .mapping = item.node {
                let pairs = try item.mapping(allowed: [], what: "a method with parameters")
                guard pairs.count == 1, let pair = pairs.first else {
                    throw item.error("a method with parameters is one name mapped to its parameters, e.g. `- vikor: {v: 0.6}`")
                }
                (name, parameterNode) = (pair.key, pair.value)
            } else {
                (name, parameterNode) = (try item.string("a method name"), nil)
            }
            let method: any CatalogueMethod.Type
            do { method = try catalogue.method(named: name) } catch { throw item.error("analysis.methods: \(error)") }
            guard !entries.contains(where: { $0.method.name == name }) else {
                throw item.error("analysis.methods: \(MethodCatalogueError.duplicateMethod(name))")
            }
            var parameters = MethodParameters()
            if let parameterNode {
                let allowed = method.parameters.filter(\.readsText)
                if allowed.isEmpty {
                    throw parameterNode.error("\(name) takes no parameters in the manifest"
                        + (method.parameters.isEmpty ? "" : " (its \(method.parameters.map(\.name).joined(separator: ", ")) come from the criterion files)"))
                }
                for (key, value) in try parameterNode.mapping(allowed: allowed.map(\.name), what: "the parameters of \(name)") {
                    guard let parameter = allowed.first(where: { $0.name == key }) else { continue }
                    parameters[key] = try parse(value, parameter)
                }
                do { _ = try method.init(parameters: parameters) } catch { throw parameterNode.error("\(error)") }
            }
            entries.append(.init(method: method, parameters: parameters))
        }
        guard !entries.isEmpty else { throw node.error("analysis.methods lists no method") }
        return entries
    }

    /// A parameter value at its node.
    static func parse(_ node: YAMLNode, _ parameter: MethodParameter) throws -> MethodParameterValue {
        do { return try parameter.parse(try node.string(parameter.name)) } catch let error as MethodCatalogueError {
            throw node.error("\(error)")
        }
    }
}

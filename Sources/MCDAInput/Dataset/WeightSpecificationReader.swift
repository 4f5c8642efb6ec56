import MCDACore

/// Reads the manifest's `weights:` block.
enum WeightSpecificationReader {
    static let objective = ["equal", "entropy", "critic", "standard-deviation"]
    static let orderings = ["rank-order", "rank-sum"]

    static func read(_ node: YAMLNode, criteria: [String]) throws -> WeightSpecification {
        let keys = ["method", "judgments", "hierarchy", "decisionMakers", "aggregation", "priority", "randomIndex",
                    "completion", "assumption", "values", "order"]
        let fields = Dictionary(try node.mapping(allowed: keys, what: "weights").map { ($0.key, $0.value) },
                                uniquingKeysWith: { a, _ in a })
        guard let methodNode = fields["method"] else { throw node.error("weights needs a method: ahp, given, \((objective + orderings).joined(separator: ", "))") }
        let method = try methodNode.string("weights method")
        func check(_ id: String, _ at: YAMLNode) throws { try AHPJudgmentsReader.check(id, at: at, among: criteria, kind: "criterion") }
        if method != "ahp", let key = ["hierarchy", "decisionMakers", "aggregation"].first(where: { fields[$0] != nil }), let at = fields[key] {
            throw at.error("`\(key)` belongs to AHP weights (method: ahp)")
        }
        switch method {
        case "ahp":
            return .ahp(try AHPJudgmentsReader.read(fields, node: node, criteria: criteria))
        case "given":
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
        case let m where objective.contains(m):
            return .objective(m)
        case let m where orderings.contains(m):
            guard let order = fields["order"] else { throw node.error("\(m) weights need `order:` (criteria, most important first)") }
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
        default:
            throw methodNode.error("unknown weights method '\(method)'; use ahp, given, \((objective + orderings).joined(separator: ", "))")
        }
    }
}

/// Reads the manifest's `analysis:` block.
enum AnalysisSettingsReader {
    static func read(_ node: YAMLNode) throws -> AnalysisSettings {
        var settings = AnalysisSettings()
        for (key, value) in try node.mapping(allowed: ["methods", "normalization", "missing", "smaa"], what: "analysis") {
            switch key {
            case "methods": settings.methods = try value.stringList("methods")
            case "normalization":
                settings.normalization = try AHPJudgmentsReader.choice(value, "normalization")
            case "missing":
                settings.missing = try AHPJudgmentsReader.choice(value, "missing")
            default:
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
            }
        }
        return settings
    }
}

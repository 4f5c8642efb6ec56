import MCDACore

/// Reads the manifest's `weights:` block.
enum WeightSpecificationReader {
    static let objective = ["equal", "entropy", "critic", "standard-deviation"]
    static let orderings = ["rank-order", "rank-sum"]

    static func read(_ node: YAMLNode, criteria: [String]) throws -> WeightSpecification {
        let keys = ["method", "judgments", "priority", "randomIndex", "completion", "assumption", "values", "order"]
        let fields = Dictionary(try node.mapping(allowed: keys, what: "weights").map { ($0.key, $0.value) },
                                uniquingKeysWith: { a, _ in a })
        guard let methodNode = fields["method"] else { throw node.error("weights needs a method: ahp, given, \((objective + orderings).joined(separator: ", "))") }
        let method = try methodNode.string("weights method")
        let known = Set(criteria)
        func check(_ id: String, _ at: YAMLNode) throws {
            guard known.contains(id) else {
                var message = "unknown criterion '\(id)'"
                if let guess = YAMLNode.closest(to: id, in: criteria) { message += "; did you mean '\(guess)'?" }
                throw at.error(message + " (criteria: \(criteria.joined(separator: ", ")))")
            }
        }
        switch method {
        case "ahp":
            guard let list = fields["judgments"] else { throw node.error("AHP weights need `judgments:` ([a, b, value] = a is value times as important as b)") }
            var judgments: [AHPJudgments.Judgment] = []
            for item in try list.list("judgments") {
                let parts = try item.list("a judgment")
                guard parts.count == 3 else { throw item.error("a judgment is [criterion a, criterion b, value], e.g. [copper, population, \"3\"]") }
                let a = try parts[0].string("criterion"), b = try parts[1].string("criterion")
                try check(a, parts[0]); try check(b, parts[1])
                guard a != b else { throw item.error("a judgment compares two different criteria ('\(a)' twice)") }
                let v = try parts[2].number("judgment value", fractions: true)
                guard v > 0 else { throw parts[2].error("a judgment must be positive (1/9 … 9), found \(v)") }
                judgments.append(.init(a: a, b: b, value: v, line: item.line))
            }
            let priority = try fields["priority"].map { n -> PriorityMethod in
                let t = try n.string("priority")
                guard let p = PriorityMethod(rawValue: t) else { throw n.error("priority must be one of \(PriorityMethod.allCases.map(\.rawValue).joined(separator: ", "))") }
                return p
            } ?? .default
            let table = try fields["randomIndex"].map { n -> RandomIndexTable in
                let t = try n.string("randomIndex")
                guard let r = RandomIndexTable(rawValue: t) else { throw n.error("randomIndex must be one of \(RandomIndexTable.allCases.map(\.rawValue).joined(separator: ", "))") }
                return r
            } ?? .default
            let completion = try fields["completion"].map { n -> CompletionMethod in
                let t = try n.string("completion")
                guard let c = CompletionMethod(rawValue: t) else { throw n.error("completion must be harker or llsm") }
                return c
            } ?? .default
            return .ahp(AHPJudgments(judgments: judgments, priority: priority, randomIndex: table, completion: completion,
                                     assumption: try fields["assumption"]?.string("assumption"), file: node.file))
        case "given":
            guard let values = fields["values"] else { throw node.error("given weights need `values:` (criterion: weight)") }
            var result: [String: Double] = [:]
            for (id, v) in try values.mapping(allowed: [], what: "weight values") {
                try check(id, v)
                let w = try v.number("the weight of '\(id)'")
                guard w >= 0 else { throw v.error("the weight of '\(id)' is negative") }
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
                let t = try value.string("normalization")
                guard let n = Normalization(rawValue: t) else { throw value.error("normalization must be one of \(Normalization.allCases.map(\.rawValue).joined(separator: ", "))") }
                settings.normalization = n
            case "missing":
                let t = try value.string("missing")
                guard let p = MissingValuePolicy(rawValue: t) else { throw value.error("missing must be one of \(MissingValuePolicy.allCases.map(\.rawValue).joined(separator: ", "))") }
                settings.missing = p
            default:
                for (k, v) in try value.mapping(allowed: ["samples", "seed"], what: "smaa") {
                    let x = try v.number(k)
                    guard x >= 0, x == x.rounded(), x < 1e15 else { throw v.error("\(k) must be a non-negative whole number") }
                    if k == "samples" { settings.samples = Int(x) } else { settings.seed = UInt64(x) }
                }
            }
        }
        return settings
    }
}

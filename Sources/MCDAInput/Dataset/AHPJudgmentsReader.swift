import MCDACore

/// Reads AHP weights from a manifest's `weights:` block (`method: ahp`), in one of three forms:
///
/// - `judgments: [[a, b, "3"], …]`: one set of judgments over all criteria;
/// - `hierarchy: {judgments, groups}`: criteria grouped in a tree; each group has `criteria:` (ids)
///   or `groups:` (sub-groups) and `judgments:` between its members; every criterion is in exactly
///   one leaf group;
/// - `decisionMakers: [{name, weight, judgments}, …]` with `aggregation: aij|aip`.
///
/// Every error names the file, line and column, and the criterion, group or decision maker.
enum AHPJudgmentsReader {
    typealias Judgment = AHPJudgments.Judgment
    typealias CriteriaGroup = AHPJudgments.CriteriaGroup

    static func read(_ fields: [String: YAMLNode], node: YAMLNode, criteria: [String]) throws -> AHPJudgments {
        let forms = ["judgments", "hierarchy", "decisionMakers"].filter { fields[$0] != nil }
        if forms.isEmpty {
            throw node.error("AHP weights need `judgments:` ([a, b, value] = a is value times as important as b), "
                + "`hierarchy:` (judgments within groups of criteria) or `decisionMakers:` (several people's judgments)")
        }
        if forms.count > 1, let second = forms.compactMap({ fields[$0] }).max(by: { ($0.line ?? 0) < ($1.line ?? 0) }) {
            throw second.error("give one of `judgments`, `hierarchy` or `decisionMakers`, not both \(forms[0]) and \(forms[1])")
        }
        if let a = fields["aggregation"], fields["decisionMakers"] == nil {
            throw a.error("`aggregation` (aij or aip) applies to `decisionMakers` only")
        }
        var flat: [Judgment] = []
        let structure: AHPJudgments.Structure
        if let list = fields["judgments"] {
            flat = try judgments(list, among: criteria, group: nil)
            structure = .flat
        } else if let tree = fields["hierarchy"] {
            structure = .hierarchy(try hierarchy(tree, criteria: criteria))
        } else if let people = fields["decisionMakers"] {
            let aggregation: GroupAggregationMethod = try fields["aggregation"].map { try choice($0, "aggregation") } ?? .default
            structure = .decisionMakers(try decisionMakers(people, criteria: criteria), aggregation: aggregation)
        } else {
            preconditionFailure("one form was found above")
        }
        return AHPJudgments(judgments: flat, structure: structure,
                            priority: try fields["priority"].map { try choice($0, "priority") } ?? .default,
                            randomIndex: try fields["randomIndex"].map { try choice($0, "randomIndex") } ?? .default,
                            completion: try fields["completion"].map { try choice($0, "completion") } ?? .default,
                            assumption: try fields["assumption"]?.string("assumption"), file: node.file)
    }

    /// One of an option enum's raw values.
    static func choice<T: RawRepresentable & CaseIterable>(_ node: YAMLNode, _ what: String) throws -> T where T.RawValue == String {
        let text = try node.string(what)
        guard let value = T(rawValue: text) else {
            throw node.error("\(what) must be one of \(T.allCases.map(\.rawValue).joined(separator: ", ")), found '\(text)'")
        }
        return value
    }

    /// `id` must be one of `names`: criteria (group nil) or the members of `group`.
    static func check(_ id: String, at node: YAMLNode, among names: [String], kind: String = "criterion", group: String? = nil) throws {
        guard !names.contains(id) else { return }
        var message = group.map { "'\(id)' is not a member of group '\($0)'" } ?? "unknown \(kind) '\(id)'"
        if let guess = YAMLNode.closest(to: id, in: names) { message += "; did you mean '\(guess)'?" }
        throw node.error(message + " (\(group == nil ? "criteria" : "its members"): \(names.joined(separator: ", ")))")
    }

    /// A list of `[a, b, value]` judgments between `names`.
    static func judgments(_ list: YAMLNode, among names: [String], group: String?) throws -> [Judgment] {
        var result: [Judgment] = []
        let example = "[\(names.first ?? "a"), \(names.dropFirst().first ?? "b"), \"3\"]"
        for item in try list.list("judgments") {
            let parts = try item.list("a judgment")
            guard parts.count == 3 else { throw item.error("a judgment is [\(group == nil ? "criterion" : "member") a, b, value], e.g. \(example)") }
            let a = try parts[0].string("criterion"), b = try parts[1].string("criterion")
            try check(a, at: parts[0], among: names, group: group)
            try check(b, at: parts[1], among: names, group: group)
            guard a != b else { throw item.error("a judgment compares two different \(group == nil ? "criteria" : "members") ('\(a)' twice)") }
            let v = try parts[2].number("judgment value", fractions: true)
            guard v > 0 else { throw parts[2].error("a judgment must be positive (1/9 … 9), found \(v)") }
            result.append(.init(a: a, b: b, value: v, line: item.line))
        }
        return result
    }

    /// The `hierarchy:` block; every criterion must end up in exactly one leaf group.
    static func hierarchy(_ node: YAMLNode, criteria: [String]) throws -> CriteriaGroup {
        var placed: [String: String] = [:]
        var names: Set<String> = [CriteriaGroup.topName]
        let top = try group(node, name: CriteriaGroup.topName, criteria: criteria, placed: &placed, names: &names)
        if let missing = criteria.first(where: { placed[$0] == nil }) {
            throw node.error("criterion '\(missing)' is in no group of the hierarchy; every criterion must be in exactly one group's `criteria:`")
        }
        return top
    }

    private static func group(_ node: YAMLNode, name: String, criteria: [String], placed: inout [String: String],
                              names: inout Set<String>) throws -> CriteriaGroup {
        let isTop = name == CriteriaGroup.topName
        let what = isTop ? "hierarchy" : "group '\(name)'"
        let fields = Dictionary(try node.mapping(allowed: isTop ? ["judgments", "groups"] : ["criteria", "groups", "judgments"], what: what)
                                    .map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
        let members: CriteriaGroup.Members
        switch (fields["criteria"], fields["groups"]) {
        case (let list?, nil):
            var ids: [String] = []
            for item in try list.list("the criteria of \(what)") {
                let id = try item.string("a criterion")
                try check(id, at: item, among: criteria)
                if let other = placed[id] {
                    throw item.error("criterion '\(id)' is already in group '\(other)'; every criterion must be in exactly one group")
                }
                placed[id] = name
                ids.append(id)
            }
            guard !ids.isEmpty else { throw list.error("\(what) lists no criteria") }
            members = .criteria(ids)
        case (nil, let map?):
            var groups: [CriteriaGroup] = []
            for (key, value) in try map.mapping(allowed: [], what: "the groups of \(what)") {
                if key == CriteriaGroup.topName { throw value.error("'\(key)' names the top of the hierarchy; give the group another name") }
                if criteria.contains(key) { throw value.error("group '\(key)' has the name of a criterion; give the group another name") }
                guard names.insert(key).inserted else { throw value.error("group '\(key)' appears twice in the hierarchy") }
                groups.append(try group(value, name: key, criteria: criteria, placed: &placed, names: &names))
            }
            guard !groups.isEmpty else { throw map.error("\(what) lists no groups") }
            members = .groups(groups)
        case (nil, nil):
            throw node.error(isTop ? "the hierarchy needs `groups:` (name: {criteria: [...], judgments: [...]})"
                                   : "\(what) needs `criteria:` (criterion ids) or `groups:` (sub-groups)")
        case (_?, _?):
            throw node.error("\(what) has both `criteria:` and `groups:`; a group holds either criteria or sub-groups")
        }
        let memberNames: [String]
        switch members {
        case .criteria(let ids): memberNames = ids
        case .groups(let groups): memberNames = groups.map(\.name)
        }
        let judged = try fields["judgments"].map { try judgments($0, among: memberNames, group: name) } ?? []
        let mentioned = Set(judged.flatMap { [$0.a, $0.b] })
        if memberNames.count > 1, let lonely = memberNames.first(where: { !mentioned.contains($0) }) {
            let other = memberNames.first { $0 != lonely } ?? lonely
            throw (fields["judgments"] ?? node).error("'\(lonely)' of \(what) is in no judgment, so it cannot be weighed; "
                + "add a judgment such as [\(lonely), \(other), \"1\"] under the group's `judgments:`")
        }
        return CriteriaGroup(name: name, members: members, judgments: judged, line: node.line)
    }

    /// The `decisionMakers:` list; together their judgments must involve every criterion.
    static func decisionMakers(_ node: YAMLNode, criteria: [String]) throws -> [AHPJudgments.DecisionMaker] {
        var result: [AHPJudgments.DecisionMaker] = []
        var seen = Set<String>()
        for item in try node.list("decisionMakers") {
            let fields = Dictionary(try item.mapping(allowed: ["name", "weight", "judgments"], what: "a decision maker")
                                        .map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
            guard let nameNode = fields["name"] else { throw item.error("a decision maker needs a `name:`") }
            let name = try nameNode.string("name")
            guard seen.insert(name).inserted else { throw nameNode.error("decision maker '\(name)' appears twice") }
            let weight = try fields["weight"].map { n -> Double in
                let w = try n.number("the weight of '\(name)'", fractions: true)
                guard w > 0 else { throw n.error("the weight of '\(name)' must be positive, found \(w)") }
                return w
            } ?? 1
            guard let list = fields["judgments"] else { throw item.error("decision maker '\(name)' needs `judgments:`") }
            result.append(.init(name: name, weight: weight, judgments: try judgments(list, among: criteria, group: nil), line: item.line))
        }
        guard !result.isEmpty else { throw node.error("decisionMakers lists nobody") }
        let mentioned = Set(result.flatMap { $0.judgments.flatMap { [$0.a, $0.b] } })
        if let lonely = criteria.first(where: { !mentioned.contains($0) }) {
            throw node.error("criterion '\(lonely)' is in no decision maker's judgments, so it cannot be weighed")
        }
        return result
    }
}

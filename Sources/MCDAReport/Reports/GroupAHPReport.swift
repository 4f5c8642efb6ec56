import MCDACore

/// Renders a `GroupAHPResult`: the group's priorities next to every decision maker's, each
/// decision maker's consistency, and the aggregate's under AIJ.
public enum GroupAHPReport {
    /// The JSON document:
    /// - `elements`, `priorities`, `ranks`: the group's priorities (in the first decision maker's element order);
    /// - `aggregation` (`aij` or `aip`), `mean` (AIP's mean, null for AIJ);
    /// - `decisionMakers`: one object per decision maker: `name`, `weight` (normalised), `connected`
    ///   (false when their own judgments do not link every element, so they have no priorities of
    ///   their own) and, when connected, the members of ``AHPReport/json(_:)``;
    /// - `aggregate`: the analysis of the aggregated judgments (AIJ; ``AHPReport/json(_:)``), null for AIP.
    public static func json(_ r: GroupAHPResult) -> JSONValue {
        .object([
            ("elements", .strings(r.elements)),
            ("priorities", .numbers(r.priorities)),
            ("ranks", .numbers(r.ranking)),
            ("aggregation", .string(r.aggregation.rawValue)),
            ("mean", r.mean.map { .string($0.rawValue) } ?? .null),
            ("decisionMakers", .array(r.decisionMakers.indices.map { k in
                .object([("name", .string(r.decisionMakers[k])), ("weight", .number(r.weights[k])),
                         ("connected", .bool(r.individual[k] != nil))] + (r.individual[k].map(AHPReport.members) ?? []))
            })),
            ("aggregate", r.aggregate.map(AHPReport.json) ?? .null),
        ])
    }

    /// A human-readable report; no line wider than `layout.width`, headings bold when it has colour.
    public static func text(_ r: GroupAHPResult, title: String? = nil, layout: TextLayout = .standard) -> String {
        var out = title.map { layout.lines($0, emphasis: .strong) + "\n" } ?? ""
        let how = r.aggregation == .aggregatedJudgments
            ? "aij: the weighted geometric mean of the judgments, analysed as one matrix"
            : "aip: the weighted \(r.mean?.rawValue ?? "") mean of the decision makers' priorities"
        out += layout.lines("Group priorities (\(r.decisionMakers.count) decision makers; \(how))", emphasis: .strong)
        var table = TextTable(columns: [.init("rank", alignRight: true), .init("element", fit: .wrap(minimum: 14)), .init("group", alignRight: true)]
                              + r.decisionMakers.map { .init($0, alignRight: true) })
        let order = r.priorities.indices.sorted { r.priorities[$0] > r.priorities[$1] || (r.priorities[$0] == r.priorities[$1] && $0 < $1) }
        for (k, i) in order.enumerated() {
            table.add(["\(k + 1)", r.elements[i], NumberFormat.fixed(r.priorities[i], 4)]
                      + r.individual.map { $0.map { NumberFormat.fixed($0.priorities[i], 4) } ?? "–" })
        }
        out += table.render(width: layout.width) + "\n"

        var people = TextTable(columns: [.init("decision maker", fit: .wrap(minimum: 14)), .init("weight", alignRight: true), .init("λmax", alignRight: true),
                                         .init("CR", alignRight: true), .init("", fit: .wrap(minimum: 12))])
        for (k, name) in r.decisionMakers.enumerated() {
            guard let own = r.individual[k] else {
                people.add([name, NumberFormat.fixed(r.weights[k], 4), "–", "–", "judgments do not connect every element"])
                continue
            }
            let c = own.consistency
            people.add([name, NumberFormat.fixed(r.weights[k], 4), NumberFormat.fixed(c.lambdaMax, 4),
                        NumberFormat.fixed(c.consistencyRatio, 4), c.isAcceptable ? "" : "inconsistent"])
        }
        out += layout.lines("Decision makers", emphasis: .strong) + people.render(width: layout.width)
        for (k, name) in r.decisionMakers.enumerated() {
            for j in r.individual[k]?.judgmentsToRevise ?? [] {
                out += layout.lines("\(name): revise \(j.row) vs \(j.column): \(SaatyScale.label(j.current)) → \(SaatyScale.label(j.suggested))",
                                    indent: "    ", first: "  ")
            }
        }
        if let aggregate = r.aggregate {
            out += "\n" + layout.lines("Aggregated judgments", emphasis: .strong) + AHPReport.consistencyText(aggregate, layout: layout)
        }
        return out
    }
}

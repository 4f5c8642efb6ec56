import MCDACore

/// Renders a `HierarchyResult`: global priorities (or criterion weights), then every node's local
/// priorities and consistency, inconsistent nodes flagged.
public enum HierarchyReport {
    /// The JSON document:
    /// - `goal`, `source`: from the file (null when absent);
    /// - `alternatives`, `priorities`, `ranks`: global priorities of the alternatives (empty lists when
    ///   the leaves are criteria only);
    /// - `criteria`, `criterionWeights`: the leaf criteria and their global weights;
    /// - `synthesis`, `priorityMethod`, `randomIndexTable`: the options used;
    /// - `inconsistentNodes`: names of the nodes with CR > 0.1;
    /// - `nodes`: one object per node with a matrix, depth first: `name`, `path`, `globalWeight` and
    ///   the members of ``AHPReport/json(_:)`` (`elements`, `priorities`, `lambdaMax`,
    ///   `consistencyRatio`, `randomIndexTable`, `judgmentsToRevise`, `diagnostics`, …).
    public static func json(_ r: HierarchyResult, goal: String? = nil, source: String? = nil) -> JSONValue {
        .object([
            ("goal", goal.map(JSONValue.string) ?? .null),
            ("source", source.map(JSONValue.string) ?? .null),
            ("alternatives", .strings(r.alternatives)),
            ("priorities", .numbers(r.priorities)),
            ("ranks", .numbers(r.ranking)),
            ("criteria", .strings(r.criteria)),
            ("criterionWeights", .numbers(r.criterionWeights)),
            ("synthesis", .string(r.synthesis.rawValue)),
            ("priorityMethod", .string(r.priorityMethod.rawValue)),
            ("randomIndexTable", .string(r.randomIndexTable.rawValue)),
            ("inconsistentNodes", .strings(r.inconsistentNodes)),
            ("nodes", .array(r.nodes.map { node in
                .object([("name", .string(node.name)), ("path", .strings(node.path)), ("globalWeight", .number(node.globalWeight))]
                        + AHPReport.members(node.local))
            })),
        ])
    }

    /// A human-readable report.
    /// No line is wider than `layout.width`; headings are bold when it has colour.
    public static func text(_ r: HierarchyResult, title: String? = nil, goal: String? = nil, layout: TextLayout = .standard) -> String {
        var out = ""
        if let title { out += layout.lines(title, emphasis: .strong) }
        if let goal { out += layout.lines("Goal: \(goal)", indent: "  ", first: "") }
        if !out.isEmpty { out += "\n" }
        if !r.alternatives.isEmpty {
            out += layout.lines("Global priorities (\(r.priorityMethod.rawValue) local priorities, \(r.synthesis.rawValue) synthesis)", emphasis: .strong)
            out += AHPReport.ranked(r.alternatives, r.priorities, heading: "alternative", width: layout.width) + "\n"
        }
        out += layout.lines("Criterion weights (global: the product of local weights from the goal down)", emphasis: .strong)
        out += AHPReport.ranked(r.criteria, r.criterionWeights, heading: "criterion", valueHeading: "weight", width: layout.width) + "\n"

        var table = TextTable(columns: [.init("node", fit: .wrap(minimum: 16)), .init("global weight", alignRight: true), .init("n", alignRight: true),
                                        .init("λmax", alignRight: true), .init("CR", alignRight: true), .init("")])
        for node in r.nodes {
            let c = node.local.consistency
            table.add([node.path.joined(separator: " › "), NumberFormat.fixed(node.globalWeight, 4), "\(node.local.elements.count)",
                       NumberFormat.fixed(c.lambdaMax, 4), NumberFormat.fixed(c.consistencyRatio, 4), c.isAcceptable ? "" : "inconsistent"])
        }
        out += layout.lines("Nodes (CR with the \(r.randomIndexTable.rawValue) random index)", emphasis: .strong) + table.render(width: layout.width) + "\n"

        for node in r.nodes {
            out += layout.lines("\(node.path.joined(separator: " › ")): local priorities", emphasis: .strong)
            out += AHPReport.ranked(node.local.elements, node.local.priorities, heading: "element", width: layout.width)
            for j in node.local.judgmentsToRevise {
                out += layout.lines("revise \(j.row) vs \(j.column): \(SaatyScale.label(j.current)) → \(SaatyScale.label(j.suggested))", indent: "    ", first: "  ")
            }
            for d in node.local.matrix.diagnostics { out += layout.lines("note: \(d)", indent: "    ", first: "  ") }
            out += "\n"
        }
        let bad = r.inconsistentNodes
        out += layout.lines(bad.isEmpty ? "Every node is acceptably consistent (CR ≤ 0.10)."
                                        : "Too inconsistent to rely on (CR > 0.10): \(bad.joined(separator: ", ")). Revise their judgments first.")
        return out
    }
}

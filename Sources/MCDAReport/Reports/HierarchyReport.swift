import MCDACore

/// Renders a ``HierarchyResult``: global priorities (or criterion weights), then every node's local
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
    public static func text(_ r: HierarchyResult, title: String? = nil, goal: String? = nil) -> String {
        var out = ""
        if let title { out += title + "\n" }
        if let goal { out += "Goal: \(goal)\n" }
        if !out.isEmpty { out += "\n" }
        if !r.alternatives.isEmpty {
            out += "Global priorities (\(r.priorityMethod.rawValue) local priorities, \(r.synthesis.rawValue) synthesis)\n"
            out += AHPReport.ranked(r.alternatives, r.priorities, heading: "alternative") + "\n"
        }
        out += "Criterion weights (global: the product of local weights from the goal down)\n"
        out += AHPReport.ranked(r.criteria, r.criterionWeights, heading: "criterion", valueHeading: "weight") + "\n"

        var table = TextTable(columns: [.init("node"), .init("global weight", alignRight: true), .init("n", alignRight: true),
                                        .init("λmax", alignRight: true), .init("CR", alignRight: true), .init("")])
        for node in r.nodes {
            let c = node.local.consistency
            table.add([node.path.joined(separator: " › "), NumberFormat.fixed(node.globalWeight, 4), "\(node.local.elements.count)",
                       NumberFormat.fixed(c.lambdaMax, 4), NumberFormat.fixed(c.consistencyRatio, 4), c.isAcceptable ? "" : "inconsistent"])
        }
        out += "Nodes (CR with the \(r.randomIndexTable.rawValue) random index)\n" + table.render() + "\n"

        for node in r.nodes {
            out += "\(node.path.joined(separator: " › ")): local priorities\n"
            out += AHPReport.ranked(node.local.elements, node.local.priorities, heading: "element")
            for j in node.local.judgmentsToRevise {
                out += "  revise \(j.row) vs \(j.column): \(SaatyScale.label(j.current)) → \(SaatyScale.label(j.suggested))\n"
            }
            for d in node.local.matrix.diagnostics { out += "  note: \(d)\n" }
            out += "\n"
        }
        let bad = r.inconsistentNodes
        out += bad.isEmpty ? "Every node is acceptably consistent (CR ≤ 0.10).\n"
                           : "Too inconsistent to rely on (CR > 0.10): \(bad.joined(separator: ", ")). Revise their judgments first.\n"
        return out
    }
}

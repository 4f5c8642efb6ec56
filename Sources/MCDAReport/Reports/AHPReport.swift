import MCDACore

/// Renders an ``AHPResult`` for people (text) or programs (JSON).
public enum AHPReport {
    /// The JSON document: `elements`, `priorities`, `priorityMethod`, `lambdaMax`,
    /// `consistencyIndex`, `randomIndex`, `randomIndexTable`, `consistencyRatio`, `acceptable`,
    /// `geometricConsistencyIndex`, `judgmentsToRevise`, `diagnostics`, `ranks`.
    public static func json(_ r: AHPResult) -> JSONValue {
        .object(members(r))
    }

    /// The members of ``json(_:)``, for documents that embed one matrix's analysis in a larger object.
    static func members(_ r: AHPResult) -> [(String, JSONValue)] {
        let c = r.consistency
        return [
            ("elements", .strings(r.elements)),
            ("priorities", .numbers(r.priorities)),
            ("ranks", .numbers(Ranking.ranks(r.priorities, order: .descending))),
            ("priorityMethod", .string(r.priorityMethod.rawValue)),
            ("lambdaMax", .number(c.lambdaMax)),
            ("consistencyIndex", .number(c.consistencyIndex)),
            ("randomIndex", .number(c.randomIndex)),
            ("randomIndexTable", .string(c.randomIndexTable.rawValue)),
            ("consistencyRatio", .number(c.consistencyRatio)),
            ("acceptable", .bool(c.isAcceptable)),
            ("geometricConsistencyIndex", .optional(c.geometricConsistencyIndex)),
            ("judgmentsToRevise", .array(r.judgmentsToRevise.map(revisionJSON))),
            ("diagnostics", .strings(r.matrix.diagnostics.map(\.description))),
        ]
    }

    static func revisionJSON(_ j: JudgmentRevision) -> JSONValue {
        .object([("row", .string(j.row)), ("column", .string(j.column)), ("current", .number(j.current)),
                 ("consistentValue", .number(j.consistentValue)), ("suggested", .number(j.suggested))])
    }

    /// A human-readable report: priorities with bars, best first, then the consistency verdict.
    public static func text(_ r: AHPResult, title: String? = nil) -> String {
        var out = ""
        if let title { out += title + "\n\n" }
        out += "Priorities (\(r.priorityMethod.rawValue))\n" + ranked(r.elements, r.priorities, heading: "element") + "\n"
        out += consistencyText(r)
        if !r.matrix.diagnostics.isEmpty {
            out += "\nNotes\n" + r.matrix.diagnostics.map { "  - \($0)\n" }.joined()
        }
        return out
    }

    /// A table of rank, name, value and bar, best first (ties in input order).
    static func ranked(_ names: [String], _ values: [Double], heading: String, valueHeading: String = "priority") -> String {
        var table = TextTable(columns: [.init("rank", alignRight: true), .init(heading), .init(valueHeading, alignRight: true), .init("")])
        let order = values.indices.sorted { values[$0] > values[$1] || (values[$0] == values[$1] && $0 < $1) }
        let top = values.max() ?? 1
        for (k, i) in order.enumerated() {
            table.add(["\(k + 1)", names[i], NumberFormat.fixed(values[i], 4), NumberFormat.bar(top > 0 ? values[i] / top : 0, width: 20)])
        }
        return table.render()
    }

    /// The consistency paragraph: λmax, CI, RI, CR with a verdict, and the judgments to revise.
    public static func consistencyText(_ r: AHPResult) -> String {
        let c = r.consistency
        let n = r.elements.count
        var out = "Consistency\n"
        out += "  λmax = \(NumberFormat.fixed(c.lambdaMax, 4))   n = \(n)   CI = \(NumberFormat.fixed(c.consistencyIndex, 4))"
        out += "   RI = \(NumberFormat.fixed(c.randomIndex, 4)) (\(c.randomIndexTable.rawValue))\n"
        if n <= 2 {
            out += "  CR = 0: a matrix of \(n) element\(n == 1 ? "" : "s") is always consistent.\n"
        } else if c.isAcceptable {
            out += "  CR = \(NumberFormat.fixed(c.consistencyRatio, 4)) ≤ 0.10: the judgments are acceptably consistent.\n"
        } else {
            out += "  CR = \(NumberFormat.fixed(c.consistencyRatio, 4)) > 0.10: the judgments are too inconsistent to rely on.\n"
        }
        if let g = c.geometricConsistencyIndex, let t = c.geometricConsistencyThreshold {
            out += "  GCI = \(NumberFormat.fixed(g, 4)) (threshold \(NumberFormat.fixed(t, 2)) for n = \(n))\n"
        }
        if !r.judgmentsToRevise.isEmpty {
            out += "\n  Judgments to revise first (the value that would agree with the priorities):\n"
            for j in r.judgmentsToRevise {
                out += "    \(j.row) vs \(j.column): \(SaatyScale.label(j.current)) → \(SaatyScale.label(j.suggested))"
                out += "  (consistent value \(NumberFormat.fixed(j.consistentValue, 2)))\n"
            }
        }
        return out
    }
}

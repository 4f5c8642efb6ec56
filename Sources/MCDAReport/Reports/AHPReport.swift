import MCDACore

/// Renders an `AHPResult` for people (text) or programs (JSON).
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

    /// A human-readable report: priorities with bars, best first, then the consistency verdict;
    /// no line wider than `layout.width`, headings bold when it has colour.
    public static func text(_ r: AHPResult, title: String? = nil, layout: TextLayout = .standard) -> String {
        var out = ""
        if let title { out += layout.lines(title, emphasis: .strong) + "\n" }
        out += layout.lines("Priorities (\(r.priorityMethod.rawValue))", emphasis: .strong)
            + ranked(r.elements, r.priorities, heading: "element", width: layout.width) + "\n"
        out += consistencyText(r, layout: layout)
        out += notes(r.matrix.diagnostics.map { "\($0)" }, layout: layout)
        return out
    }

    /// "Notes" and one item per note, after a blank line; nothing without notes.
    static func notes(_ notes: [String], layout: TextLayout) -> String {
        guard !notes.isEmpty else { return "" }
        return "\n" + layout.lines("Notes", emphasis: .strong) + notes.map { layout.lines($0, indent: "    ", first: "  - ") }.joined()
    }

    /// A table of rank, name, value and bar, best first (ties in input order), fitted to `width`
    /// (names wrap, then the bars go).
    static func ranked(_ names: [String], _ values: [Double], heading: String, valueHeading: String = "priority", width: Int? = nil) -> String {
        var table = TextTable(columns: [.init("rank", alignRight: true), .init(heading, fit: .wrap(minimum: 14)), .init(valueHeading, alignRight: true),
                                        .init("", priority: 1, name: "bars")])
        let order = values.indices.sorted { values[$0] > values[$1] || (values[$0] == values[$1] && $0 < $1) }
        let top = values.max() ?? 1
        for (k, i) in order.enumerated() {
            table.add(["\(k + 1)", names[i], NumberFormat.fixed(values[i], 4), NumberFormat.bar(top > 0 ? values[i] / top : 0, width: 20)])
        }
        return table.render(width: width)
    }

    /// The consistency paragraph: λmax, CI, RI, CR with a verdict, and the judgments to revise.
    public static func consistencyText(_ r: AHPResult, layout: TextLayout = .standard) -> String {
        let c = r.consistency
        let n = r.elements.count
        var out = layout.lines("Consistency", emphasis: .strong)
        out += layout.lines("λmax = \(NumberFormat.fixed(c.lambdaMax, 4))   n = \(n)   CI = \(NumberFormat.fixed(c.consistencyIndex, 4))"
            + "   RI = \(NumberFormat.fixed(c.randomIndex, 4)) (\(c.randomIndexTable.rawValue))", indent: "  ")
        if n <= 2 {
            out += layout.lines("CR = 0: a matrix of \(n) element\(n == 1 ? "" : "s") is always consistent.", indent: "  ")
        } else if c.isAcceptable {
            out += layout.lines("CR = \(NumberFormat.fixed(c.consistencyRatio, 4)) ≤ 0.10: the judgments are acceptably consistent.", indent: "  ")
        } else {
            out += layout.lines("CR = \(NumberFormat.fixed(c.consistencyRatio, 4)) > 0.10: the judgments are too inconsistent to rely on.", indent: "  ")
        }
        if let g = c.geometricConsistencyIndex, let t = c.geometricConsistencyThreshold {
            out += layout.lines("GCI = \(NumberFormat.fixed(g, 4)) (threshold \(NumberFormat.fixed(t, 2)) for n = \(n))", indent: "  ")
        }
        if !r.judgmentsToRevise.isEmpty {
            out += "\n" + layout.lines("Judgments to revise first (the value that would agree with the priorities):", indent: "  ")
            for j in r.judgmentsToRevise {
                out += layout.lines("\(j.row) vs \(j.column): \(SaatyScale.label(j.current)) → \(SaatyScale.label(j.suggested))"
                    + "  (consistent value \(NumberFormat.fixed(j.consistentValue, 2)))", indent: "      ", first: "    ")
            }
        }
        return out
    }
}

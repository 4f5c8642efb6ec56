import MCDACore

/// Renders a `MethodComparison`: ranks side by side, correlations between methods, compromise
/// rankings and the largest disagreements; as text, Markdown or JSON.
public enum ComparisonReport {
    static func rankText(_ r: Double) -> String {
        r == r.rounded() ? String(Int(r)) : NumberFormat.fixed(r, 1)
    }

    /// The JSON document: `alternatives`, `methods`, `ranks` and `scores` (method → values in input
    /// order), `spearman` and `weightedSpearman` (method × method), `borda` and `copeland`
    /// (`scores`, `ranks`), `disagreements` (alternative, best, worst), `skipped` (method, reason).
    public static func json(_ c: MethodComparison, matrix: DecisionMatrix) -> JSONValue {
        .object([
            ("alternatives", .strings(matrix.alternatives)),
            ("methods", .strings(c.outcomes.map(\.method.name))),
            ("ranks", .object(c.outcomes.map { ($0.method.name, .numbers($0.ranks)) })),
            ("scores", .object(c.outcomes.map { ($0.method.name, .numbers($0.result.scores)) })),
            ("settings", .object(c.outcomes.map { o in (o.method.name, .object(o.result.settings.map { ($0.0, .string($0.1)) })) })),
            ("spearman", .array(c.spearman.map(JSONValue.numbers))),
            ("weightedSpearman", .array(c.weightedSpearman.map(JSONValue.numbers))),
            ("borda", .object([("scores", .numbers(c.borda.scores)), ("ranks", .numbers(c.bordaRanks))])),
            ("copeland", c.copeland.map { .object([("scores", .numbers($0.scores)), ("ranks", .numbers(c.copelandRanks ?? []))]) } ?? .null),
            ("disagreements", .array(c.disagreements.map {
                .object([("alternative", .string(matrix.alternatives[$0.alternative])), ("best", .number($0.best)), ("worst", .number($0.worst))])
            })),
            ("skipped", .array(c.skipped.map { .object([("method", .string($0.method)), ("reason", .string($0.reason))]) })),
        ])
    }

    /// Rows of the side-by-side table, ordered by the Borda compromise (best first).
    static func rows(_ c: MethodComparison, matrix: DecisionMatrix, names: [String]?) -> [[String]] {
        let borda = c.bordaRanks, copeland = c.copelandRanks
        let order = borda.indices.sorted { borda[$0] < borda[$1] || (borda[$0] == borda[$1] && $0 < $1) }
        return order.map { i in
            [(names?[i] ?? matrix.alternatives[i])] + c.outcomes.map { rankText($0.ranks[i]) }
                + [rankText(borda[i]), copeland.map { rankText($0[i]) } ?? "–",
                   c.rankRange[i].best == c.rankRange[i].worst ? "–" : "\(rankText(c.rankRange[i].best))–\(rankText(c.rankRange[i].worst))"]
        }
    }

    /// Plain-text report for the terminal, no line wider than `layout.width` (names wrap; the
    /// range, then the Copeland ranks go first); headings bold when it has colour.
    public static func text(_ c: MethodComparison, matrix: DecisionMatrix, names: [String]? = nil, title: String? = nil,
                            layout: TextLayout = .standard) -> String {
        var out = title.map { layout.lines($0, emphasis: .strong) + "\n" } ?? ""
        let methods = c.outcomes.map(\.method.name)
        var table = TextTable(columns: [.init("alternative", fit: .wrap(minimum: 14))] + methods.map { .init($0, alignRight: true) }
                                + [.init("Borda", alignRight: true), .init("Copeland", alignRight: true, priority: 2),
                                   .init("range", alignRight: true, priority: 1)])
        for row in rows(c, matrix: matrix, names: names) { table.add(row) }
        out += layout.lines("Ranks by method (1 = best), ordered by the Borda compromise", emphasis: .strong) + table.render(width: layout.width) + "\n"
        var corr = TextTable(columns: [.init("Spearman")] + methods.map { .init($0, alignRight: true) })
        for (a, row) in c.spearman.enumerated() { corr.add([methods[a]] + row.map { NumberFormat.fixed($0, 3) }) }
        out += layout.lines("Rank correlation between methods", emphasis: .strong) + corr.render(width: layout.width) + "\n"
        let (heading, items) = disagreements(c, matrix: matrix, names: names)
        out += layout.lines(heading, emphasis: items.isEmpty ? nil : .strong)
        for item in items { out += layout.lines(item, indent: "    ", first: "  ") }
        for s in c.skipped { out += layout.lines("note: \(s.method) was not run: \(s.reason)", indent: "    ", first: "  ") }
        return out
    }

    /// The heading on disagreements and one item per alternative (at most five), or that the
    /// methods agree (and no items).
    static func disagreements(_ c: MethodComparison, matrix: DecisionMatrix, names: [String]?) -> (String, [String]) {
        let d = c.disagreements
        guard !d.isEmpty else { return ("All methods agree on every rank.", []) }
        return ("Where the methods disagree most", d.prefix(5).map { item in
            let i = item.alternative
            let by = c.outcomes.map { "\($0.method.name) \(rankText($0.ranks[i]))" }.joined(separator: ", ")
            return "\(names?[i] ?? matrix.alternatives[i]): rank \(rankText(item.best)) to \(rankText(item.worst)) (\(by))"
        })
    }

    /// Markdown for reports.
    public static func markdown(_ c: MethodComparison, matrix: DecisionMatrix, names: [String]? = nil, title: String? = nil) -> String {
        var out = title.map { "## \($0.markdownEscaped())\n\n" } ?? ""
        let methods = c.outcomes.map(\.method.name)
        var table = MarkdownTable(headers: ["alternative"] + methods + ["Borda", "Copeland", "range"],
                                  alignRight: [false] + methods.map { _ in true } + [true, true, true])
        for row in rows(c, matrix: matrix, names: names) { table.add(row) }
        out += "Ranks by method (1 = best), ordered by the Borda compromise.\n\n" + table.render() + "\n"
        var corr = MarkdownTable(headers: ["Spearman"] + methods, alignRight: [false] + methods.map { _ in true })
        for (a, row) in c.spearman.enumerated() { corr.add([methods[a]] + row.map { NumberFormat.fixed($0, 3) }) }
        out += "Rank correlation between methods.\n\n" + corr.render() + "\n"
        let (heading, items) = disagreements(c, matrix: matrix, names: names)
        out += ([heading] + items.map { "- " + $0.markdownEscaped() }).joined(separator: "\n") + "\n"
        return out
    }
}

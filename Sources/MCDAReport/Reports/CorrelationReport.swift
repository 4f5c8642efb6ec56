import MCDACore

/// Renders a ``RankComparison`` for people (text) or programs (JSON).
public enum CorrelationReport {
    /// The JSON document: `n`, `spearman`, `weightedSpearman`, `ws`, `kendallTau`,
    /// `kendallVariant`, `reference`, `ranking`, `notes`.
    public static func json(_ c: RankComparison) -> JSONValue {
        .object([
            ("n", .integer(c.count)),
            ("spearman", .number(c.spearman)),
            ("weightedSpearman", .number(c.weightedSpearman)),
            ("ws", .number(c.ws)),
            ("kendallTau", .number(c.kendallTau)),
            ("kendallVariant", .string(c.kendallVariant.rawValue)),
            ("reference", .numbers(c.reference)),
            ("ranking", .numbers(c.ranking)),
            ("notes", .strings(c.notes.map(\.description))),
        ])
    }

    /// A human-readable table of the coefficients with what each one measures.
    public static func text(_ c: RankComparison, title: String? = nil) -> String {
        var out = ""
        if let title { out += title + "\n\n" }
        var table = TextTable(columns: [.init("coefficient"), .init("value", alignRight: true), .init("")])
        table.add(["Spearman r_s", NumberFormat.fixed(c.spearman, 4), "correlation of the ranks"])
        table.add(["weighted Spearman r_w", NumberFormat.fixed(c.weightedSpearman, 4), "disagreements near the top count more"])
        table.add(["WS similarity", NumberFormat.fixed(c.ws, 4), "relative to the reference ranking (asymmetric)"])
        table.add(["Kendall \(c.kendallVariant.rawValue)", NumberFormat.fixed(c.kendallTau, 4), "concordant minus discordant pairs"])
        out += "Rank similarity of \(c.count) alternatives\n" + table.render()
        if !c.notes.isEmpty {
            out += "\nNotes\n" + c.notes.map { "  - \($0)\n" }.joined()
        }
        return out
    }
}

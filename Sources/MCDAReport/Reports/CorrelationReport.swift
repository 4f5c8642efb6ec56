import MCDACore

/// Renders a `RankComparison` for people (text) or programs (JSON).
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
    /// No line is wider than `layout.width`; headings are bold when it has colour.
    public static func text(_ c: RankComparison, title: String? = nil, layout: TextLayout = .standard) -> String {
        var out = ""
        if let title { out += layout.lines(title, emphasis: .strong) + "\n" }
        var table = TextTable(columns: [.init("coefficient", fit: .wrap(minimum: 12)), .init("value", alignRight: true), .init("", fit: .wrap(minimum: 16))])
        table.add(["Spearman r_s", NumberFormat.fixed(c.spearman, 4), "correlation of the ranks"])
        table.add(["weighted Spearman r_w", NumberFormat.fixed(c.weightedSpearman, 4), "disagreements near the top count more"])
        table.add(["WS similarity", NumberFormat.fixed(c.ws, 4), "relative to the reference ranking (asymmetric)"])
        table.add(["Kendall \(c.kendallVariant.rawValue)", NumberFormat.fixed(c.kendallTau, 4), "concordant minus discordant pairs"])
        out += layout.lines("Rank similarity of \(c.count) alternatives", emphasis: .strong) + table.render(width: layout.width)
        out += AHPReport.notes(c.notes.map { "\($0)" }, layout: layout)
        return out
    }
}

import MCDACore

/// Renders an `SMAAResult`: rank acceptability indices, central weight vectors and confidence
/// factors, as a table for people or JSON for programs.
public enum SMAAReport {
    /// bᵢʳ as one array per alternative (entry [i][r] is the share of samples in which alternative i
    /// has rank r + 1), for the ranks counted.
    public static func acceptabilityJSON(_ r: SMAAResult) -> JSONValue {
        .array((0..<r.alternativeCount).map { i in
            .numbers((0..<r.rankLimit).map { r.rankAcceptability[i * r.rankLimit + $0] })
        })
    }

    /// One weight vector per alternative, null when it never ranks first.
    public static func centralWeightsJSON(_ r: SMAAResult) -> JSONValue {
        .array(r.centralWeights.map { $0.map(JSONValue.numbers) ?? .null })
    }

    /// The JSON document: `method`, `alternatives`, `criteria`, `rankAcceptability`, `centralWeights`,
    /// `confidenceFactors`, `holisticAcceptability`, `standardError` (of an acceptability of ½),
    /// `settings` (samples, seed, weight and data models, ties).
    public static func json(_ r: SMAAResult, method: String, matrix: DecisionMatrix) -> JSONValue {
        .object([
            ("method", .string(method)),
            ("alternatives", .strings(matrix.alternatives)),
            ("criteria", .strings(matrix.criteria.map(\.id))),
            ("rankAcceptability", acceptabilityJSON(r)),
            ("centralWeights", centralWeightsJSON(r)),
            ("confidenceFactors", .array(r.confidenceFactors.map(JSONValue.optional))),
            ("holisticAcceptability", r.holisticAcceptability.map(JSONValue.numbers) ?? .null),
            ("standardError", .number(r.standardError(of: 0.5))),
            ("settings", .object(r.settings.map { ($0.0, .string($0.1)) })),
        ])
    }

    /// A table ordered by first-rank acceptability: b¹, b², b³, top-3 share, confidence factor and
    /// the central weight vector. No line is wider than `layout.width` (the central weights wrap,
    /// then go); the first line is bold when it has colour.
    public static func text(_ r: SMAAResult, method: String, matrix: DecisionMatrix, limit: Int = 30, layout: TextLayout = .standard) -> String {
        let m = r.alternativeCount
        let shown = min(3, r.rankLimit)
        let first = r.firstRankAcceptability
        let order = (0..<m).sorted { first[$0] > first[$1] || (first[$0] == first[$1] && $0 < $1) }
        var t = TextTable(columns: [.init("alternative", fit: .wrap(minimum: 14))] + (1...max(1, shown)).map { .init("rank \($0)", alignRight: true) }
                            + [.init("top \(shown)", alignRight: true), .init("confidence", alignRight: true, priority: 2),
                               .init("central weights", fit: .wrap(minimum: 14), priority: 1)])
        for i in order.prefix(limit) {
            let b = (1...max(1, shown)).map { r.acceptability(of: i, rank: $0) }
            t.add([matrix.alternatives[i]] + b.map(NumberFormat.percent) + [NumberFormat.percent(b.reduce(0, +)),
                   r.confidenceFactors[i].map(NumberFormat.percent) ?? "–",
                   r.centralWeights[i].map { $0.map { NumberFormat.fixed($0, 2) }.joined(separator: " ") } ?? "never first"])
        }
        var out = layout.lines("SMAA-2 (\(method)): \(r.settings.map { "\($0.0) \($0.1)" }.joined(separator: ", "))", indent: "  ", first: "", emphasis: .strong)
        out += layout.lines("criteria: \(matrix.criteria.map(\.id).joined(separator: " "))", indent: "  ", first: "") + t.render(width: layout.width)
        if m > limit { out += layout.lines("… \(m - limit) more alternatives (use --format json for all)", indent: "  ") }
        out += layout.lines("Standard error of a share near 50%: ±\(NumberFormat.percent(r.standardError(of: 0.5))).", indent: "  ")
        return out
    }
}

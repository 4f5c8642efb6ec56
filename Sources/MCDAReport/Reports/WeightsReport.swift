import MCDACore

/// Renders a `WeightingResult` for people (text) or programs (JSON).
public enum WeightsReport {
    /// The JSON document: `criteria`, `weights`, `method`, `convention`, the method's intermediate
    /// values (entropy: `entropies`, `divergences`; CRITIC: `standardDeviations`, `correlations`
    /// (n × n rows), `information`; standard deviation: `standardDeviations`; rank-order and
    /// rank-sum: `importance`, `positionWeights`; MEREC `removalEffects`, Gini `giniCoefficients`,
    /// variance `variances`, CILOS `impactLosses`, IDOCRIW `entropyWeights` and `cilosWeights`,
    /// angle `angles`, LOPCOW `percentageValues`) and `diagnostics`.
    public static func json(_ r: any WeightingResult) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("criteria", .strings(r.criteria)),
            ("weights", .numbers(r.weights)),
            ("method", .string(r.method.rawValue)),
            ("convention", .string(r.convention)),
        ]
        members += intermediates(r).map { name, values in (name, .numbers(values)) }
        if let c = r as? CRITICWeightsResult {
            let n = c.criteria.count
            members.append(("correlations", .array((0..<n).map { .numbers(Array(c.correlations[($0 * n)..<($0 * n + n)])) })))
        }
        members.append(("diagnostics", .strings(r.diagnostics.map(\.description))))
        return .object(members)
    }

    /// The per-criterion intermediate values of a result, by JSON name.
    static func intermediates(_ r: any WeightingResult) -> [(String, [Double])] {
        switch r {
        case let e as EntropyWeightsResult:
            return [("entropies", e.entropies), ("divergences", e.divergences)]
        case let c as CRITICWeightsResult:
            return [("standardDeviations", c.standardDeviations), ("information", c.information)]
        case let s as StandardDeviationWeightsResult:
            return [("standardDeviations", s.standardDeviations)]
        case let o as RankOrderWeightsResult:
            return [("importance", o.importance)]
        case let o as ObjectiveWeightsResult:
            return o.intermediates.map { ($0.name, $0.values) }
        default:
            return []
        }
    }

    /// A human-readable report: the criteria in column order with their weights, bars and the
    /// method's per-criterion values, then the method, its convention and any notes; no line wider
    /// than `layout.width` (names wrap, the bars go first), headings bold when it has colour.
    public static func text(_ r: any WeightingResult, title: String? = nil, layout: TextLayout = .standard) -> String {
        var out = ""
        if let title { out += layout.lines(title, emphasis: .strong) + "\n" }
        let extra = intermediates(r)
        var columns: [TextTable.Column] = [.init("criterion", fit: .wrap(minimum: 14)), .init("weight", alignRight: true)]
        columns += extra.map { TextTable.Column(columnTitle($0.0), alignRight: true) }
        columns.append(.init("", priority: 1, name: "bars"))
        var table = TextTable(columns: columns)
        let top = r.weights.max() ?? 1
        for j in r.criteria.indices {
            var row = [r.criteria[j], NumberFormat.fixed(r.weights[j], 4)]
            row += extra.map { name, values in
                // Importance ranks read as ranks: 2, or 2.5 for a tie.
                name == "importance" ? NumberFormat.fixed(values[j], values[j] == values[j].rounded() ? 0 : 1)
                                     : NumberFormat.fixed(values[j], 4)
            }
            row.append(NumberFormat.bar(top > 0 ? r.weights[j] / top : 0, width: 20))
            table.add(row)
        }
        out += layout.lines("Weights (\(r.method.rawValue), \(r.convention))", emphasis: .strong) + table.render(width: layout.width)
        out += AHPReport.notes(r.diagnostics.map { "\($0)" }, layout: layout)
        return out
    }

    static func columnTitle(_ name: String) -> String {
        switch name {
        case "entropies": return "entropy E"
        case "divergences": return "1 − E"
        case "standardDeviations": return "σ"
        case "information": return "C = σΣ(1−ρ)"
        case "importance": return "importance rank"
        case "removalEffects": return "removal effect E"
        case "giniCoefficients": return "Gini G"
        case "variances": return "σ²"
        case "impactLosses": return "Σ losses"
        case "entropyWeights": return "entropy w"
        case "cilosWeights": return "CILOS w"
        case "angles": return "angle θ"
        case "percentageValues": return "PV"
        default: return name
        }
    }
}

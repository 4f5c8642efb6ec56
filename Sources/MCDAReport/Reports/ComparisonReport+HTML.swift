import MCDACore

extension ComparisonReport {
    /// A self-contained HTML page: every method's ranks as a heat map (alternatives ordered by the
    /// Borda compromise), the rank correlations between the methods, and the compromise rankings.
    public static func html(_ c: MethodComparison, matrix: DecisionMatrix, title: String) -> String {
        let words = EnglishWords(), style = words.chartStyle
        let names = matrix.alternatives, m = names.count
        let order = c.bordaRanks.indices.sorted { (c.bordaRanks[$0], $0) < (c.bordaRanks[$1], $1) }
        let shown = Array(order.prefix(40))
        let methods = c.outcomes.map(\.method.name)
        var d = RichDocument()
        d.heading(title, level: 1)
        d.figure(HeatMap(title: words.rankHeatMapTitle, rowLabels: shown.map { names[$0] }, columnLabels: methods + ["Borda"],
                         values: shown.map { i in c.outcomes.map { $0.ranks[i] } + [c.bordaRanks[i]] }, darkest: 1,
                         lightest: Double(max(m, 2)), decimals: 1).figure(style: style))
        if shown.count < m { d.paragraph("The first \(shown.count) of \(m) alternatives by the Borda compromise; the JSON output lists them all.") }
        if methods.count > 1 {
            d.figure(HeatMap(title: words.correlationTitle, rowLabels: methods, columnLabels: methods, values: c.spearman,
                             darkest: 1, lightest: -1, decimals: 2).figure(style: style))
        }
        d.list(c.skipped.map { words.skipped(method: $0.method, reason: $0.reason) })
        return d.html(title: title, language: words.code, rightToLeft: false, fonts: words.fontStack, dataLabel: words.chartDataLabel)
    }
}

import MCDACore

extension SMAAReport {
    /// A self-contained HTML page: rank acceptabilities as stacked bars (alternatives ordered by
    /// their first-rank share) with the central weights and confidence factors as a table.
    public static func html(_ r: SMAAResult, method: String, matrix: DecisionMatrix) -> String {
        let words = EnglishWords(), style = words.chartStyle
        let names = matrix.alternatives, m = names.count
        let first = r.firstRankAcceptability
        let order = first.indices.sorted { (-first[$0], $0) < (-first[$1], $1) }
        let shown = Array(order.prefix(40)), segments = min(5, r.rankLimit)
        let title = "SMAA-2 of \(method): \(words.count(r.options.samples)) scenarios, seed \(r.options.seed)"
        var d = RichDocument()
        d.heading(title, level: 1)
        d.paragraph("Weights: \(r.weightModel); data: \(r.dataModel).")
        d.figure(StackedBarChart(title: words.acceptabilityChartTitle, axisLabel: words.shareAxis,
                                 segments: (1...max(1, segments)).map(words.rankSegment),
                                 rows: shown.map { i in (names[i], (1...max(1, segments)).map { r.acceptability(of: i, rank: $0) }) },
                                 remainder: words.laterRanks).figure(style: style))
        if shown.count < m { d.paragraph("The first \(shown.count) of \(m) alternatives by first-rank share; the JSON output lists them all.") }
        let criteria = matrix.criteria.map(\.name)
        d.table(["alternative", "confidence"] + criteria, shown.compactMap { i in
            guard let w = r.centralWeights[i] else { return nil }
            return [.init(names[i]), .init(r.confidenceFactors[i].map { words.percent($0) } ?? "")] + w.map { .init(words.number($0, 3)) }
        }, alignRight: [false] + Array(repeating: true, count: criteria.count + 1))
        return d.html(title: title, language: words.code, rightToLeft: false, fonts: words.fontStack, dataLabel: words.chartDataLabel)
    }
}

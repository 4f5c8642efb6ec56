import MCDACore

extension BenchmarkReport {
    /// A self-contained HTML page: the model and seed, then per cell heat maps of the mean r_w and
    /// of the same-winner share between every two methods, and box plots of r_w and of WS per pair.
    public static func html(_ r: BenchmarkResult, context: Context = Context()) -> String {
        let words = EnglishWords(), style = words.chartStyle
        let labels = r.labels, heading = title(r)
        // One colour scale for every cell, from 1 (darkest) down to the smallest value (palest).
        let palestRw = palest(r.cells.flatMap { $0.pairs.map(\.weightedSpearman.mean) })
        let palestWinner = palest(r.cells.flatMap { $0.pairs.map(\.sameWinner) })
        var d = RichDocument()
        d.heading(heading, level: 1)
        d.paragraph(modelSentence(r, context: context), lead: true)
        d.paragraph("Per cell: the mean weighted Spearman r_w of every two methods (1 = identical rankings; disagreements near "
                    + "the top weigh most), the share of problems on which both rank the same alternative first, and the spread "
                    + "of r_w and of WS over the problems (WS takes the first method of the pair as the reference). Boxes span "
                    + "the quartiles around the median, whiskers reach the furthest values within 1.5 box lengths, dots are means.")
        for cell in r.cells {
            let name = cellTitle(cell)
            d.heading(name)
            d.figure(HeatMap(title: "Mean r_w, \(name)", rowLabels: labels, columnLabels: labels,
                             values: symmetric(cell, count: labels.count) { $0.weightedSpearman.mean },
                             darkest: 1, lightest: palestRw, decimals: 3).figure(style: style))
            d.figure(HeatMap(title: "Same winner, \(name)", rowLabels: labels, columnLabels: labels,
                             values: symmetric(cell, count: labels.count) { $0.sameWinner },
                             darkest: 1, lightest: palestWinner, decimals: 2).figure(style: style))
            for (what, axis, summary, values) in [
                ("r_w", "weighted Spearman r_w", { (p: BenchmarkPair) in p.weightedSpearman }, { (p: BenchmarkPair) in p.weightedSpearmanValues }),
                ("WS", "WS similarity (first method the reference)", { (p: BenchmarkPair) in p.ws }, { (p: BenchmarkPair) in p.wsValues }),
            ] {
                let rows = cell.pairs.filter { $0.problems > 0 }.map { p in
                    box("\(labels[p.a]) – \(labels[p.b])", summary(p), values: values(p))
                }
                guard !rows.isEmpty else { continue }
                let lowest = min(0, ((rows.map(\.low).min() ?? 0) * 4).rounded(.down) / 4)
                d.figure(BoxPlotChart(title: "\(what) per pair, \(name)", axisLabel: axis, rows: rows, range: lowest...1).figure(style: style))
            }
            d.list(failureNotes(cell, labels: labels))
            d.paragraph(secondsLine(cell, labels: labels))
        }
        return d.html(title: heading, language: words.code, rightToLeft: false, fonts: words.fontStack, dataLabel: words.chartDataLabel)
    }

    /// The smallest finite value rounded down to a twentieth, at most 0.95 (the palest colour).
    static func palest(_ values: [Double]) -> Double {
        min(0.95, ((values.filter(\.isFinite).min() ?? 0) * 20).rounded(.down) / 20)
    }

    /// A method × method matrix of `value(pair)`, 1 on the diagonal.
    static func symmetric(_ cell: BenchmarkCell, count: Int, _ value: (BenchmarkPair) -> Double) -> [[Double]] {
        var values = [[Double]](repeating: [Double](repeating: 1, count: count), count: count)
        for p in cell.pairs {
            values[p.a][p.b] = value(p)
            values[p.b][p.a] = value(p)
        }
        return values
    }

    /// A box-plot row from a summary and its values: Tukey's whiskers, the furthest values within
    /// 1.5 interquartile ranges of the quartiles.
    static func box(_ label: String, _ s: SampleSummary, values: [Double]) -> BoxPlotChart.Row {
        let reach = 1.5 * (s.q3 - s.q1)
        let low = values.filter { $0 >= s.q1 - reach }.min() ?? s.q1, high = values.filter { $0 <= s.q3 + reach }.max() ?? s.q3
        return BoxPlotChart.Row(label: label, low: low, q1: s.q1, median: s.median, q3: s.q3, high: high, mean: s.mean)
    }
}

import MCDACore

/// The council's report of a ``DecisionAnalysis``: the verdict first, then the weights, how sure the
/// answer is, every method's ranking, what one changed weight does, and the data with its sources,
/// as charts with their numbers, in one language (``ReportLanguage``).
extension AnalysisReport {
    /// The report as a ``RichDocument`` in `language`, with the dataset's names in that language.
    public static func rich(_ a: DecisionAnalysis, description original: ProblemDescription, notes: [DataNote] = [],
                            language: ReportLanguage = .en) -> RichDocument {
        let w = language.words, style = w.chartStyle
        let c = original.localized(language.rawValue)
        let names = c.alternativeNames, criteria = c.criterionNames
        let m = a.matrix.rowCount, n = a.matrix.columnCount
        var d = RichDocument()
        d.heading(c.title, level: 1)
        if let goal = c.goal { d.paragraph(goal) }

        // 1. The verdict.
        let picks = a.picks
        d.heading(w.recommendation)
        d.paragraph(w.headline(picks, names: names), lead: true)
        if !picks.picks.isEmpty {
            d.paragraph(w.picksIntro)
            d.list(picks.picks.map { w.sentence(picks, alternative: $0, names: names, criterionNames: criteria) })
        }
        let compromises = (0..<m).filter { picks.verdicts[$0] == .compromise }
        if !compromises.isEmpty { d.paragraph(w.compromises(compromises.map { names[$0] })) }
        d.paragraph(w.howTheVerdictIsReached(a, criterionNames: criteria))

        // 2. Weights.
        d.heading(w.weightsHeading)
        let spread = a.weightDistribution
        d.figure(IntervalBarChart(title: w.weightsChartTitle, axisLabel: w.weightAxis, rows: (0..<n).map { j in
            .init(label: criteria[j], value: a.weights.weights[j], low: spread?.percentile5[j], high: spread?.percentile95[j])
        }, tableHeaders: w.weightTableHeaders).figure(style: style))
        d.table([w.weightTableHeaders[0], "", "", w.weightTableHeaders[1]], (0..<n).map { j in
            [.init(criteria[j]), .init(w.direction(a.matrix.criteria[j], referenceName: c.referenceName)), .init(c.criterionUnits[j] ?? ""),
             .init(w.number(a.weights.weights[j], 3))]
        }, alignRight: [false, false, false, true])
        if let ahp = a.weights.ahp { d.paragraph(w.consistency(ahp)) } else { d.paragraph(w.weighting(a.weights.method)) }
        if let assumption = c.weightAssumption { d.paragraph(w.assumption(assumption)) }
        d.list(a.weights.notes.map { w.note($0) })

        // 3. How sure: rank acceptability, best first by the primary method.
        let primary = a.primaryOutcome
        let order = primary.ranks.indices.sorted { (primary.ranks[$0], $0) < (primary.ranks[$1], $1) }
        let shown = Array(order.prefix(30)), segments = min(5, a.smaa.rankLimit, m)
        d.heading(w.howSureHeading)
        d.figure(StackedBarChart(title: w.acceptabilityChartTitle, axisLabel: w.shareAxis,
                                 segments: (1...max(1, segments)).map(w.rankSegment),
                                 rows: shown.map { i in (names[i], (1...max(1, segments)).map { a.smaa.acceptability(of: i, rank: $0) }) },
                                 remainder: w.laterRanks).figure(style: style))
        d.paragraph(w.noPreference(a, names: names))

        // 4. Every method.
        d.heading(w.methodsHeading)
        let methods = a.comparison.outcomes.map(\.method.name)
        d.figure(HeatMap(title: w.rankHeatMapTitle, rowLabels: shown.map { names[$0] }, columnLabels: methods,
                         values: shown.map { i in a.comparison.outcomes.map { $0.ranks[i] } }, darkest: 1, lightest: Double(max(m, 2)),
                         decimals: 0).figure(style: style))
        if methods.count > 1 {
            d.figure(HeatMap(title: w.correlationTitle, rowLabels: methods, columnLabels: methods, values: a.comparison.spearman,
                             darkest: 1, lightest: -1, decimals: 2).figure(style: style))
            if let p = a.comparison.outcomes.firstIndex(where: { $0.method.name == primary.method.name }) {
                let least = a.comparison.spearman[p].enumerated().filter { $0.offset != p }.map(\.element).min() ?? 1
                d.paragraph(w.agreement(primary: primary.method.name, least: least))
            }
            let borda = a.comparison.bordaRanks
            d.paragraph(w.borda(borda.indices.sorted { (borda[$0], $0) < (borda[$1], $1) }.prefix(5).map { names[$0] }))
        }
        d.list(a.comparison.skipped.map { w.skipped(method: $0.method, reason: $0.reason) })

        // 5. One weight at a time.
        d.heading(w.sensitivityHeading)
        if !a.winnerPaths.isEmpty {
            let winners = Array(Set(a.winnerPaths.flatMap { $0.map(\.winner) })).sorted()
            let colour = Dictionary(uniqueKeysWithValues: winners.enumerated().map { ($1, $0) })
            d.figure(WinnerStripChart(title: w.stripChartTitle, axisLabel: w.stripAxis, winners: winners.map { names[$0] },
                                      strips: a.winnerPaths.enumerated().map { j, path in
                                          .init(label: criteria[j], weight: a.weights.weights[j],
                                                segments: path.map { (from: $0.from, to: $0.to, winner: colour[$0.winner] ?? 0) })
                                      }, tableHeaders: w.stripTableHeaders).figure(style: style))
        }
        if let winner = primary.ranks.firstIndex(of: 1), !a.stability.isEmpty {
            d.figure(TornadoChart(title: w.tornadoTitle(winner: names[winner], method: primary.method.name), axisLabel: w.stripAxis,
                                  rows: a.stability.map { s in .init(label: criteria[s.criterion], weight: a.weights.weights[s.criterion],
                                                                     lower: s.lower, upper: s.upper) },
                                  tableHeaders: w.tornadoTableHeaders).figure(style: style))
        }

        // 6. The data with its sources.
        d.heading(w.dataHeading)
        d.paragraph(w.dataIntro)
        let headers = [w.alternativeHeader] + c.attributes.map(\.name) + (0..<n).map { j in
            criteria[j] + (c.criterionUnits[j].map { " (\(shortUnit($0)))" } ?? "")
        }
        d.table(headers, (0..<m).map { i in
            [RichDocument.Cell(names[i])] + c.attributes.map { .init($0.values[i]) } + (0..<n).map { j in
                RichDocument.Cell(plain(a.matrix.values[i * n + j], w), link: c.valueSource(criterion: j, alternative: i))
            }
        }, alignRight: headers.indices.map { $0 > c.attributes.count })
        d.list((0..<n).map { j in
            criteria[j] + (c.criterionUnits[j].map { " [\($0)]" } ?? "") + (c.criterionDescriptions[j].map { ": " + $0 } ?? "")
                + (c.criterionSources[j].isEmpty ? "" : " — \(w.sourcesLabel): " + c.criterionSources[j].joined(separator: "; "))
        })

        // 7. Notes.
        d.heading(w.notesHeading)
        d.list(notes.map { w.note($0) } + [w.dataSummary(source: c.source, alternatives: m, criteria: n)])
        return d
    }

    /// A value as written in a data table: whole numbers without decimals, others to at most four.
    static func plain(_ x: Double, _ w: any ReportWords) -> String {
        if x == x.rounded() && abs(x) < 1e15 { return w.number(x, 0) }
        var s = w.number(x, 4)
        while let last = s.last, last == "0" || last == "۰" { s.removeLast() }
        if let last = s.last, last == "." || last == "٫" { s.removeLast() }
        return s
    }

    /// The self-contained HTML page in `language`.
    public static func html(_ a: DecisionAnalysis, description: ProblemDescription, notes: [DataNote] = [],
                            language: ReportLanguage = .en) -> String {
        let w = language.words
        return rich(a, description: description, notes: notes, language: language)
            .html(title: description.localized(language.rawValue).title, language: w.code, rightToLeft: w.rightToLeft,
                  fonts: w.fontStack, dataLabel: w.chartDataLabel)
    }
}

import MCDACore

/// Renders a `DecisionAnalysis`: the recommendation first (robust picks with their evidence),
/// then the weights, the rankings of every method, how sure the answer is, and the notes.
/// Text, Markdown and HTML come from one ``ReportDocument``; JSON is the stable contract documented
/// in README.md.
public enum AnalysisReport {
    static func pct(_ x: Double) -> String { NumberFormat.percent(x) }
    static func rank(_ r: Double) -> String { ComparisonReport.rankText(r) }

    /// A unit short enough for a table column: the text before any parenthesis, at most 32 characters.
    static func shortUnit(_ unit: String?) -> String {
        guard var u = unit?.split(separator: "(").first.map(String.init) else { return "" }
        while u.last == " " || u.last == "," { u.removeLast() }
        return u.count > 32 ? String(u.prefix(31)) + "…" : u
    }

    /// The report as blocks.
    public static func document(_ a: DecisionAnalysis, description c: ProblemDescription, notes: [DataNote] = []) -> ReportDocument {
        var d = ReportDocument()
        let names = c.alternativeNames, criterionNames = a.matrix.criteria.map(\.name)
        let m = a.matrix.rowCount, n = a.matrix.columnCount
        d.heading(c.title, level: 1)
        if let goal = c.goal { d.paragraph(goal) }

        // 1. Recommendation.
        d.heading("Recommendation")
        let picks = a.picks
        d.paragraph(VerdictWords.headline(picks, names: names), emphasis: picks.verdicts.contains(.robustWinner) ? .good : .caution)
        if !picks.picks.isEmpty {
            d.paragraph("Robust picks, best first:")
            d.list(picks.picks.enumerated().map {
                "\($0.offset + 1). " + VerdictWords.sentence(picks, alternative: $0.element, names: names, criterionNames: criterionNames)
            })
        }
        let compromises = (0..<m).filter { picks.verdicts[$0] == .compromise }
        if !compromises.isEmpty { d.paragraph("Compromise options (rarely first, usually second): " + compromises.map { names[$0] }.joined(separator: ", ") + ".") }
        let t = a.picks.thresholds
        d.paragraph("How the verdict is reached: \(NumberFormat.count(a.picks.scenarioCount)) scenarios in which \(DoubtWords.describe(a.doubt, criterionNames: criterionNames)); "
            + "a robust winner is first in at least \(pct(t.winnerShare)) of them and first under at least half of the "
            + "\(a.comparison.outcomes.count) methods; a robust top-\(t.topK) pick is in the top \(t.topK) in at least "
            + "\(pct(t.topKShare)); a compromise option is first in at most \(pct(t.compromiseMaxFirst)) but second in at least "
            + "\(pct(t.compromiseMinSecond)). Scenario results use \(a.options.primary.name); seed \(a.options.seed).")

        // 2. Criteria and weights.
        d.heading("Criteria and weights")
        let spread = a.weightDistribution
        var rows: [[String]] = []
        for j in 0..<n {
            let crit = a.matrix.criteria[j]
            var row = [crit.name, CriterionWords.direction(crit, referenceName: c.referenceName), shortUnit(c.criterionUnits[j]), NumberFormat.fixed(a.weights.weights[j], 3),
                       NumberFormat.bar(a.weights.weights[j] / (a.weights.weights.max() ?? 1), width: 12)]
            if let spread { row.append("\(NumberFormat.fixed(spread.percentile5[j], 3))–\(NumberFormat.fixed(spread.percentile95[j], 3))") }
            rows.append(row)
        }
        // At 80 columns: names and directions wrap, units are shortened, the bars go first.
        d.table([.init("criterion", fit: .wrap(minimum: 20)), .init("direction", fit: .wrap(minimum: 16)), .init("unit", fit: .truncate(minimum: 16)),
                 .init("weight", alignRight: true), .init("", priority: 1, name: "weight bars")]
                + (spread == nil ? [] : [.init("5–95% under doubt", alignRight: true)]), rows)
        if let ahp = a.weights.ahp {
            let k = ahp.consistency
            let verdict = k.isAcceptable ? "acceptably consistent" : "too inconsistent to rely on"
            d.paragraph("Weights from pairwise judgments (AHP, \(ahp.priorityMethod.rawValue) priorities): λmax = \(NumberFormat.fixed(k.lambdaMax, 4)), "
                + "CI = \(NumberFormat.fixed(k.consistencyIndex, 4)), CR = \(NumberFormat.fixed(k.consistencyRatio, 4)) with the \(k.randomIndexTable.rawValue) random index: \(verdict).")
            d.list(ahp.judgmentsToRevise.map { "Revise \($0.row) vs \($0.column): \(SaatyScale.label($0.current)) → \(SaatyScale.label($0.suggested))" })
        } else {
            d.paragraph("Weights: \(a.weights.method).")
        }
        if let assumption = c.weightAssumption { d.paragraph("Assumption: " + assumption) }
        d.list(a.weights.notes.map(WeightingNoteWords.describe))

        // 3. Rankings.
        d.heading("Ranking")
        let primary = a.primaryOutcome
        let primaryRanks = primary.ranks
        let order = primaryRanks.indices.sorted { primaryRanks[$0] < primaryRanks[$1] || (primaryRanks[$0] == primaryRanks[$1] && $0 < $1) }
        let others = a.comparison.outcomes.filter { $0.method.name != primary.method.name }
        let shown = m > 40 ? 30 : m
        rows = order.prefix(shown).map { i in
            var row = [rank(primary.ranks[i]), names[i]]
            row += c.attributes.map { $0.values[i] }
            row.append(NumberFormat.fixed(primary.result.scores[i], 4))
            row += others.map { rank($0.ranks[i]) }
            row += [pct(a.picks.evidence[i].firstShare), pct(a.picks.evidence[i].topKShare), NumberFormat.fixed(a.picks.evidence[i].expectedRank, 1),
                    picks.verdicts[i] == .notRobust ? "" : VerdictWords.label(picks.verdicts[i], topK: t.topK)]
            return row
        }
        // At 80 columns: names wrap; the mean rank goes first, then the other methods' ranks, then
        // the display columns.
        d.table([.init("rank", alignRight: true), .init("alternative", fit: .wrap(minimum: 14))]
                + c.attributes.map { .init($0.name, fit: .wrap(minimum: 10), priority: 3) }
                + [.init("\(primary.method.name) score", alignRight: true)]
                + others.map { .init($0.method.name, alignRight: true, priority: 2) }
                + [.init("first", alignRight: true), .init("top \(t.topK)", alignRight: true),
                   .init("mean rank", alignRight: true, priority: 1), .init("verdict", fit: .wrap(minimum: 13))], rows)
        if shown < m { d.paragraph("… and \(NumberFormat.count(m - shown)) more alternatives (the JSON output lists them all).") }
        d.paragraph("\(primary.method.name) score at the base weights (\(primary.result.settings.map { "\($0.0) \($0.1)" }.joined(separator: ", "))); "
            + "other columns: rank under each method at the same weights; first / top \(t.topK) / mean rank: over the scenarios.")
        if a.comparison.outcomes.count > 1, let p = a.comparison.outcomes.firstIndex(where: { $0.method.name == primary.method.name }) {
            // The primary method's own row of the correlation matrix, without its diagonal.
            let rho = a.comparison.spearman[p].enumerated().filter { $0.offset != p }.map(\.element).min() ?? 1
            d.paragraph("The methods agree with \(primary.method.name) with Spearman rank correlation of at least \(NumberFormat.fixed(rho, 2)). Borda compromise: "
                + a.comparison.bordaRanks.indices.sorted { a.comparison.bordaRanks[$0] < a.comparison.bordaRanks[$1] }.prefix(5).map { names[$0] }.joined(separator: ", ") + " ….")
        }
        d.list(a.comparison.skipped.map { "\($0.method) was not run: \($0.reason)" })

        // 4. How sure.
        d.heading("How sure is this?")
        let uniformFirst = a.smaaUniform.firstRankAcceptability
        let top = (0..<m).sorted { uniformFirst[$0] > uniformFirst[$1] }.prefix(3)
        d.paragraph("With no preference information at all (weights uniform on the simplex, \(NumberFormat.count(a.smaaUniform.options.samples)) scenarios), first place goes to "
            + top.map { "\(names[$0]) \(pct(uniformFirst[$0]))" }.joined(separator: ", ") + ".")
        if let winner = primary.ranks.firstIndex(of: 1) {
            d.paragraph("Critical weight changes for \(names[winner]) (\(primary.method.name)): the change of one criterion's weight, the others rescaled in proportion, that gives the first place to another alternative.")
            d.table([.init("criterion", fit: .wrap(minimum: 16)), .init("weight", alignRight: true), .init("dethroned at", alignRight: true),
                     .init("change", alignRight: true), .init("stable for weights in", alignRight: true)],
                    (0..<n).map { j in
                        let change = a.critical.winnerChanges[j]
                        let s = a.stability[j]
                        return [a.matrix.criteria[j].name, NumberFormat.fixed(change.baseWeight, 3),
                                change.criticalWeight.map { NumberFormat.fixed($0, 3) } ?? "never",
                                change.absoluteChange.map { NumberFormat.fixed($0, 3) } ?? "–",
                                "\(NumberFormat.fixed(s.lower, 3)) – \(NumberFormat.fixed(s.upper, 3))"]
                    })
        }

        if !a.winnerPaths.isEmpty {
            d.paragraph("Who wins as one weight moves from 0 to 1 (the others rescaled in proportion; current weight in brackets):")
            d.list(a.winnerPaths.enumerated().map { j, path in
                "\(a.matrix.criteria[j].name) [\(NumberFormat.fixed(a.weights.weights[j], 2))]: "
                    + path.map { "\(names[$0.winner]) \(NumberFormat.fixed($0.from, 2))–\(NumberFormat.fixed($0.to, 2))" }.joined(separator: ", ")
            })
        }

        // 5. Notes.
        if !notes.isEmpty || !a.matrix.criteria.isEmpty {
            d.heading("Notes")
            d.list(notes.map(DataNoteWords.describe) + ["Data: \(c.source). \(m) alternatives, \(n) criteria. Target criteria are scored by their distance from the target."])
        }
        return d
    }

    /// The JSON contract (see README.md, "JSON of mcda analyze").
    public static func json(_ a: DecisionAnalysis, description c: ProblemDescription, notes: [DataNote] = []) -> JSONValue {
        let m = a.matrix.rowCount, criterionNames = a.matrix.criteria.map(\.name)
        var members: [(String, JSONValue)] = [
            ("title", .string(c.title)),
            ("criteria", .array(a.matrix.criteria.enumerated().map { j, crit in
                var o: [(String, JSONValue)] = [("id", .string(crit.id)), ("name", .string(crit.name))]
                switch crit.direction {
                case .benefit: o.append(("direction", .string("benefit")))
                case .cost: o.append(("direction", .string("cost")))
                case .target(let t): o += [("direction", .string("target")), ("target", .number(t)), ("scale", .string(crit.scale.rawValue))]
                }
                o.append(("weight", .number(a.weights.weights[j])))
                return .object(o)
            })),
            ("alternatives", .array((0..<m).map { .object([("id", .string(a.matrix.alternatives[$0])), ("name", .string(c.alternativeNames[$0]))]) })),
            ("weights", .object([("method", .string(a.weights.method)), ("values", .numbers(a.weights.weights)), ("notes", .strings(a.weights.notes.map(WeightingNoteWords.describe)))])),
        ]
        if let ahp = a.weights.ahp {
            members.append(("consistency", AHPReport.json(ahp)))
        }
        members.append(("rankings", .object(a.comparison.outcomes.map { o in
            (o.method.name, .object([("scores", .numbers(o.result.scores)), ("ranks", .numbers(o.ranks)),
                                         ("settings", .object(o.result.settings.map { ($0.0, .string($0.1)) }))]))
        })))
        members.append(("compromise", .object([("borda", .numbers(a.comparison.bordaRanks)), ("copeland", a.comparison.copelandRanks.map(JSONValue.numbers) ?? .null)])))
        members.append(("robustPicks", .strings(a.picks.picks.map { a.matrix.alternatives[$0] })))
        members.append(("verdicts", .array((0..<m).map { i in
            let e = a.picks.evidence[i]
            return .object([("id", .string(a.matrix.alternatives[i])), ("verdict", .string(a.picks.verdicts[i].rawValue)),
                            ("firstShare", .number(e.firstShare)), ("topKShare", .number(e.topKShare)),
                            ("expectedRank", .number(e.expectedRank)),
                            ("summary", .string(VerdictWords.sentence(a.picks, alternative: i, names: c.alternativeNames, criterionNames: criterionNames)))])
        })))
        members.append(("headline", .string(VerdictWords.headline(a.picks, names: c.alternativeNames))))
        members.append(("sensitivity", .object([
            ("primaryMethod", .string(a.options.primary.name)),
            ("doubt", .string(DoubtWords.describe(a.doubt, criterionNames: criterionNames))),
            ("samples", .integer(a.options.samples)),
            ("seed", .string(String(a.options.seed))),
            ("topK", .integer(a.picks.thresholds.topK)),
            ("rankAcceptability", SMAAReport.acceptabilityJSON(a.smaa)),
            ("centralWeights", SMAAReport.centralWeightsJSON(a.smaa)),
            ("confidenceFactors", .array(a.smaa.confidenceFactors.map(JSONValue.optional))),
            ("uniformRankAcceptability", SMAAReport.acceptabilityJSON(a.smaaUniform)),
            ("criticalWeightChanges", .array(a.critical.winnerChanges.map { ch in
                .object([("criterion", .string(a.matrix.criteria[ch.criterion].id)), ("baseWeight", .number(ch.baseWeight)),
                         ("criticalWeight", .optional(ch.criticalWeight)), ("absoluteChange", .optional(ch.absoluteChange)),
                         ("relativeChange", .optional(ch.relativeChange))])
            })),
            ("winnerPaths", .array(a.winnerPaths.enumerated().map { j, path in
                .object([("criterion", .string(a.matrix.criteria[j].id)),
                         ("segments", .array(path.map { .object([("from", .number($0.from)), ("to", .number($0.to)),
                                                                 ("winner", .string(a.matrix.alternatives[$0.winner]))]) }))])
            })),
            ("stabilityIntervals", .array(a.stability.map { s in
                .object([("criterion", .string(a.matrix.criteria[s.criterion].id)), ("lower", .number(s.lower)), ("upper", .number(s.upper))])
            })),
        ])))
        // What the table's data notes say (alternatives left out, one alternative left, …).
        members.append(("notes", .strings(notes.map(DataNoteWords.describe))))
        return .object(members)
    }
}

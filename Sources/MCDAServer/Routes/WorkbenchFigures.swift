import MCDAReport

/// What the page redraws after each change: the verdict and the charts of the HTML report (drawn
/// by MCDAReport's chart code, server side) in one language, with the analysis JSON beside them.
///
/// ```json
/// {"language": "en", "verdict": "Robust winner: …", "figures": [{"title": "…", "svg": "<svg …"}, …],
///  "analysis": { …exactly the analyze JSON… }}
/// ```
enum WorkbenchFigures {
    static func json(_ outcome: Workbench.Outcome, workbench: Workbench, language: ReportLanguage) -> [UInt8] {
        let document = AnalysisReport.rich(outcome.analysis, description: outcome.description, notes: outcome.notes, language: language)
        var verdict = ""
        var figures: [JSONValue] = []
        for block in document.blocks {
            switch block {
            case .paragraph(let text, lead: true) where verdict.isEmpty: verdict = text
            case .figure(let figure): figures.append(.object([("title", .string(figure.title)), ("svg", .string(figure.svg))]))
            default: break
            }
        }
        let words = WorkbenchWords.of(language)
        var ahp: [(String, JSONValue)] = []
        if let report = outcome.analysis.weights.ahp {
            ahp = [("consistencyRatio", .number(report.consistency.consistencyRatio)),
                   ("consistencyText", .string(language.words.consistency(report)))]
        }
        let analysis = AnalysisReport.json(outcome.analysis, description: outcome.description, notes: outcome.notes)
        return JSONValue.object([("language", .string(language.rawValue)), ("verdict", .string(verdict)),
                                 ("figures", .array(figures)), ("winnerHolds", .string(words.winnerHolds))] + ahp
                                + [("analysis", analysis)]).bytes(pretty: false)
    }
}

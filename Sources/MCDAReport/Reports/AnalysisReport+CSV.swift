import MCDACore

extension AnalysisReport {
    /// The analysis as CSV (``CSVTable``: RFC 4180, CRLF) for spreadsheets: one row per
    /// alternative in input order, with the columns `id`, `name`, the dataset's display columns
    /// (manifest `display:`), `<method>.score` and `<method>.rank` for every method run, then over
    /// the scenarios `firstShare`, `topKShare` and `expectedRank`, and `verdict` (robust-winner,
    /// shared-first, robust-top-k, compromise or not-robust). Numbers are the JSON's, digit for digit
    /// (`rankings`, `verdicts`).
    public static func csv(_ a: DecisionAnalysis, description c: ProblemDescription) -> String {
        let outcomes = a.comparison.outcomes
        var t = CSVTable(headers: ["id", "name"] + c.attributes.map(\.name)
                         + outcomes.flatMap { ["\($0.method.name).score", "\($0.method.name).rank"] }
                         + ["firstShare", "topKShare", "expectedRank", "verdict"])
        for i in 0..<a.matrix.rowCount {
            let e = a.picks.evidence[i]
            t.add([a.matrix.alternatives[i], c.alternativeNames[i]] + c.attributes.map { $0.values[i] }
                  + outcomes.flatMap { [CSVTable.number($0.result.scores[i]), CSVTable.number($0.ranks[i])] }
                  + [CSVTable.number(e.firstShare), CSVTable.number(e.topKShare), CSVTable.number(e.expectedRank), a.picks.verdicts[i].rawValue])
        }
        return t.render()
    }
}

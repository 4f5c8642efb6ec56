import MCDACore

extension ComparisonReport {
    /// The comparison as CSV (``CSVTable``: RFC 4180, CRLF): one row per alternative in input
    /// order, with the columns `id`, `<method>.rank` for every method run, `borda.rank` and
    /// `copeland.rank` (empty when Copeland was not computed). Numbers are the JSON's (`ranks`,
    /// `borda.ranks`, `copeland.ranks`).
    public static func csv(_ c: MethodComparison, matrix: DecisionMatrix) -> String {
        var t = CSVTable(headers: ["id"] + c.outcomes.map { "\($0.method.name).rank" } + ["borda.rank", "copeland.rank"])
        for i in 0..<matrix.rowCount {
            t.add([matrix.alternatives[i]] + c.outcomes.map { CSVTable.number($0.ranks[i]) }
                  + [CSVTable.number(c.bordaRanks[i]), CSVTable.number(c.copelandRanks?[i])])
        }
        return t.render()
    }
}

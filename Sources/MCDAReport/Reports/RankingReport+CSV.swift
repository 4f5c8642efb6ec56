import MCDACore

extension RankingReport {
    /// The ranking as CSV (``CSVTable``: RFC 4180, CRLF): one row per alternative in input order,
    /// with the columns `id`, `score`, `rank` and the method's numbers per alternative under their
    /// JSON names (``ReportableRanking/alternativeExtras``: TOPSIS `dPlus`, `dMinus`; VIKOR `S`,
    /// `R`, `Q`, …). Numbers are the JSON's, digit for digit.
    public static func csv<R: ReportableRanking>(_ result: R, matrix: DecisionMatrix) -> String {
        let extras = result.alternativeExtras
        var t = CSVTable(headers: ["id", "score", "rank"] + extras.map(\.0))
        let scores = result.scores, ranks = result.ranks
        for i in 0..<matrix.rowCount {
            t.add([matrix.alternatives[i], CSVTable.number(scores[i]), CSVTable.number(ranks[i])] + extras.map { CSVTable.number($0.1[i]) })
        }
        return t.render()
    }

    /// ``csv(_:matrix:)`` for a result of any catalogue method.
    public static func csv(of result: any RankingResult, matrix: DecisionMatrix) -> String {
        if let r = result as? any ReportableRanking { return csv(r, matrix: matrix) }
        return csv(PlainRanking(base: result), matrix: matrix)
    }
}

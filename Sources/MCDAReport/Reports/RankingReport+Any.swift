import MCDACore

/// A result with no method-specific report content: what a catalogue method without a
/// ``ReportableRanking`` conformance reports (scores, ranks, settings).
struct PlainRanking: ReportableRanking {
    let base: any RankingResult
    var scores: [Double] { base.scores }
    var scoreOrder: Ranking.Order { base.scoreOrder }
    var settings: [(String, String)] { base.settings }
    var rankingScores: [Double] { base.rankingScores }
    func jsonExtras(matrix: DecisionMatrix) -> [(String, JSONValue)] { [] }
    func notes(matrix: DecisionMatrix) -> [String] { [] }
}

extension RankingReport {
    /// ``json(_:method:matrix:)`` for a result of any catalogue method: its extras when it is a
    /// ``ReportableRanking``, the common members otherwise.
    public static func json(of result: any RankingResult, method: String, matrix: DecisionMatrix) -> JSONValue {
        if let r = result as? any ReportableRanking { return json(r, method: method, matrix: matrix) }
        return json(PlainRanking(base: result), method: method, matrix: matrix)
    }

    /// ``text(_:method:matrix:title:top:layout:)`` for a result of any catalogue method.
    public static func text(of result: any RankingResult, method: String, matrix: DecisionMatrix,
                            title: String? = nil, top: Int? = nil, layout: TextLayout = .standard) -> String {
        if let r = result as? any ReportableRanking { return text(r, method: method, matrix: matrix, title: title, top: top, layout: layout) }
        return text(PlainRanking(base: result), method: method, matrix: matrix, title: title, top: top, layout: layout)
    }
}

import MCDACore

/// A ranking result that knows its method-specific report content (see RankingReport+Methods.swift).
public protocol ReportableRanking: RankingResult {
    /// Members added to the JSON document after the common ones (for example TOPSIS `dPlus`, `dMinus`).
    func jsonExtras(matrix: DecisionMatrix) -> [(String, JSONValue)]
    /// Extra numeric columns of the text table, (heading, one value per alternative in input order).
    var textColumns: [(String, [Double])] { get }
    /// The method's numbers per alternative (input order) under their JSON names, for CSV: the
    /// members of ``jsonExtras(matrix:)`` that hold one number per alternative.
    var alternativeExtras: [(String, [Double])] { get }
    /// Paragraphs shown after the table (VIKOR's compromise set, in words).
    func textParagraphs(matrix: DecisionMatrix) -> [String]
    /// Soft findings (constant criteria, degenerate cases), in words.
    func notes(matrix: DecisionMatrix) -> [String]
}

extension ReportableRanking {
    public var textColumns: [(String, [Double])] { [] }
    public var alternativeExtras: [(String, [Double])] { [] }
    public func textParagraphs(matrix: DecisionMatrix) -> [String] { [] }
}

/// Renders the result of a ranking method (TOPSIS, WSM, WPM, WASPAS, VIKOR, PROMETHEE II) for
/// people (a table, best first) or programs (JSON, in input order).
public enum RankingReport {
    /// The JSON document:
    /// `method`, `alternatives`, `scores`, `ranks` (input order; rank 1 is best, ties share the
    /// average rank), `scoreOrder` (`descending` or `ascending`), `settings` (the options used),
    /// the method's extras (TOPSIS `dPlus`, `dMinus`, `ideal`, `antiIdeal`; WPM `log10Scores`;
    /// WASPAS `wsmScores`, `wpmScores`; VIKOR `S`, `R`, `Q`, `dq`, `compromiseSet` (names),
    /// `acceptableAdvantage`, `acceptableStability`; PROMETHEE II `phiPlus`, `phiMinus`, `phiNet`),
    /// and `notes`.
    public static func json<R: ReportableRanking>(_ result: R, method: String, matrix: DecisionMatrix) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("method", .string(method)),
            ("alternatives", .strings(matrix.alternatives)),
            ("scores", .numbers(result.scores)),
            ("ranks", .numbers(result.ranks)),
            ("scoreOrder", .string(result.scoreOrder == .descending ? "descending" : "ascending")),
            ("settings", .object(result.settings.map { ($0.0, .string($0.1)) })),
        ]
        members += result.jsonExtras(matrix: matrix)
        members.append(("notes", .strings(result.notes(matrix: matrix))))
        return .object(members)
    }

    /// A human-readable report: the settings, a table sorted best first (rank, alternative, score,
    /// a bar, the method's extra columns), the method's paragraphs and notes.
    ///
    /// Complexity: O(m) besides the shown rows (the order is a radix sort).
    /// - Parameters:
    ///   - result: the method's result, with its scores and extra columns.
    ///   - method: the method's name, as in the title and the settings line.
    ///   - matrix: the decision matrix the result is about (alternative names).
    ///   - title: a heading over the report (nil: none).
    ///   - top: how many rows the table shows, best first (nil: every alternative); when
    ///     some are left out, a line after the table says how many and which ranks.
    ///   - layout: no line is wider than its width (names wrap; the bars, then the
    ///     method's extra columns go first); the title is bold when it has colour.
    public static func text<R: ReportableRanking>(_ result: R, method: String, matrix: DecisionMatrix,
                                                  title: String? = nil, top: Int? = nil, layout: TextLayout = .standard) -> String {
        var out = ""
        if let title { out += layout.lines(title, emphasis: .strong) + "\n" }
        let settings = result.settings.map { "\($0.0) \($0.1)" }.joined(separator: ", ")
        let better = result.scoreOrder == .descending ? "larger is better" : "smaller is better"
        out += layout.lines("\(method) (\(settings)); score: \(better)", indent: "  ", first: "")
        let scores = result.scores, ranks = result.ranks
        let extra = result.textColumns
        var table = TextTable(columns: [.init("rank", alignRight: true), .init("alternative", fit: .wrap(minimum: 14)),
                                        .init("score", alignRight: true), .init("", priority: 1, name: "score bars")]
                                       + extra.map { .init($0.0, alignRight: true, priority: 2) })
        let fractions = barFractions(scores, order: result.scoreOrder)
        let order = Ranking.order(ranks, order: .ascending)  // = sorted by (rank, index); ranks, not scores: WPM products can overflow
        let shown = min(order.count, max(0, top ?? order.count))
        for i in order[..<shown] {
            table.add([rankText(ranks[i]), matrix.alternatives[i], NumberFormat.fixed(scores[i], 4),
                       NumberFormat.bar(fractions[i], width: 20)] + extra.map { NumberFormat.fixed($0.1[i], 4) })
        }
        out += table.render(width: layout.width)
        if shown < order.count {
            let left = order.count - shown, first = rankText(ranks[order[shown]]), last = rankText(ranks[order[order.count - 1]])
            out += layout.lines("… \(left) more alternative\(left == 1 ? "" : "s") not shown (\(first == last ? "rank \(first)" : "ranks \(first)–\(last)"))", indent: "  ")
        }
        for paragraph in result.textParagraphs(matrix: matrix) { out += "\n" + layout.lines(paragraph) }
        let notes = result.notes(matrix: matrix)
        if !notes.isEmpty { out += "\n" + layout.lines("Notes", emphasis: .strong) + notes.map { layout.lines($0, indent: "    ", first: "  - ") }.joined() }
        return out
    }

    /// "3" for a whole rank, "1.5" for a shared one.
    static func rankText(_ rank: Double) -> String {
        rank == rank.rounded() ? String(Int(rank)) : NumberFormat.fixed(rank, 1)
    }

    /// Bar lengths in [0, 1], full for the best: score/max for non-negative "larger is better"
    /// scores, otherwise the position between the worst and the best score.
    static func barFractions(_ scores: [Double], order: Ranking.Order) -> [Double] {
        guard scores.allSatisfy(\.isFinite) else { return scores.map { _ in 0 } }  // overflowed WPM products: no bars
        guard let lo = scores.min(), let hi = scores.max() else { return [] }
        if order == .descending && lo >= 0 && hi > 0 { return scores.map { $0 / hi } }
        guard hi > lo else { return scores.map { _ in 1 } }
        return scores.map { order == .descending ? ($0 - lo) / (hi - lo) : (hi - $0) / (hi - lo) }
    }

    /// The names of `indices` in `names`, in words: "A", "A and B", "A, B and C".
    static func list(_ indices: [Int], names: [String]) -> String {
        let items = indices.map { names[$0] }
        guard items.count > 1 else { return items.first ?? "none" }
        return items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
    }

    /// The note for criteria that cannot separate the alternatives.
    static func constantNote(_ criteria: [String]) -> [String] {
        guard !criteria.isEmpty else { return [] }
        let names = criteria.map { "'\($0)'" }.joined(separator: ", ")
        return ["every alternative has the same value on \(names): \(criteria.count == 1 ? "it does" : "they do") not affect the ranking"]
    }
}

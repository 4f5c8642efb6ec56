import MCDACore

// What each ranking method adds to the common report.

extension NormalizedMatrix {
    /// Identifiers of the constant columns of `matrix`.
    func constantCriteria(of matrix: DecisionMatrix) -> [String] { constantColumns.map { matrix.criteria[$0].id } }
}

extension TOPSISResult: ReportableRanking {
    public func jsonExtras(matrix: DecisionMatrix) -> [(String, JSONValue)] {
        [("dPlus", .numbers(dPlus)), ("dMinus", .numbers(dMinus)),
         ("ideal", .numbers(ideal)), ("antiIdeal", .numbers(antiIdeal))]
    }
    public var textColumns: [(String, [Double])] { [("d+", dPlus), ("d−", dMinus)] }
    public var alternativeExtras: [(String, [Double])] { [("dPlus", dPlus), ("dMinus", dMinus)] }
    public func notes(matrix: DecisionMatrix) -> [String] {
        var notes = RankingReport.constantNote(constantColumns.map { matrix.criteria[$0].id })
        if closeness.indices.contains(where: { dPlus[$0] + dMinus[$0] == 0 }) {
            notes.append("the ideal and anti-ideal points coincide: closeness is set to 0.5")
        }
        return notes
    }
}

extension WeightedSumResult: ReportableRanking {
    public func jsonExtras(matrix: DecisionMatrix) -> [(String, JSONValue)] { [] }
    public func notes(matrix: DecisionMatrix) -> [String] {
        RankingReport.constantNote(normalized.constantCriteria(of: matrix))
    }
}

extension WeightedProductResult: ReportableRanking {
    public func jsonExtras(matrix: DecisionMatrix) -> [(String, JSONValue)] { [("log10Scores", .numbers(log10Scores))] }
    public var textColumns: [(String, [Double])] { [("log10", log10Scores)] }
    public var alternativeExtras: [(String, [Double])] { [("log10Scores", log10Scores)] }
    public func notes(matrix: DecisionMatrix) -> [String] {
        var notes = RankingReport.constantNote(normalized.constantCriteria(of: matrix))
        if productsOutOfRange {
            notes.append("some products overflow or underflow double precision (shown as – or 0): the ranks come from the log10 scores")
        }
        return notes
    }
}

extension WASPASResult: ReportableRanking {
    public func jsonExtras(matrix: DecisionMatrix) -> [(String, JSONValue)] {
        [("lambda", .number(lambda)), ("wsmScores", .numbers(wsmScores)), ("wpmScores", .numbers(wpmScores))]
    }
    public var textColumns: [(String, [Double])] { [("WSM", wsmScores), ("WPM", wpmScores)] }
    public var alternativeExtras: [(String, [Double])] { [("wsmScores", wsmScores), ("wpmScores", wpmScores)] }
    public func notes(matrix: DecisionMatrix) -> [String] {
        RankingReport.constantNote(normalized.constantCriteria(of: matrix))
    }
}

extension VIKORResult: ReportableRanking {
    public func jsonExtras(matrix: DecisionMatrix) -> [(String, JSONValue)] {
        [("v", .number(v)), ("S", .numbers(S)), ("R", .numbers(R)), ("Q", .numbers(Q)),
         ("ranksS", .numbers(ranksByS)), ("ranksR", .numbers(ranksByR)), ("dq", .number(dq)),
         ("acceptableAdvantage", .bool(acceptableAdvantage)), ("acceptableStability", .bool(acceptableStability)),
         ("compromiseSet", .strings(compromiseSet.map { matrix.alternatives[$0] }))]
    }
    public var textColumns: [(String, [Double])] { [("S", S), ("R", R)] }
    public var alternativeExtras: [(String, [Double])] { [("S", S), ("R", R), ("Q", Q), ("ranksS", ranksByS), ("ranksR", ranksByR)] }

    public func textParagraphs(matrix: DecisionMatrix) -> [String] {
        let names = matrix.alternatives
        let set = RankingReport.list(compromiseSet, names: names)
        guard Q.count > 1 else { return ["Compromise solution: \(set), the only alternative."] }
        let order = Q.indices.sorted { Q[$0] < Q[$1] || (Q[$0] == Q[$1] && $0 < $1) }
        let (a1, a2) = (names[order[0]], names[order[1]])
        let gap = "Q(\(a2)) − Q(\(a1)) = \(NumberFormat.fixed(Q[order[1]] - Q[order[0]], 4))"
        let dqText = "DQ = 1/(m−1) = \(NumberFormat.fixed(dq, 4))"
        switch (acceptableAdvantage, acceptableStability) {
        case (true, true):
            return ["Compromise solution: \(set). It has an acceptable advantage (\(gap) ≥ \(dqText)) and is stable "
                    + "(it is also best by S or by R)."]
        case (true, false):
            return ["Compromise solutions: \(set). \(a1) has an acceptable advantage (\(gap) ≥ \(dqText)) but is not "
                    + "also best by S or by R, so \(a2) is a compromise solution too."]
        default:
            return ["Compromise solutions: \(set). The advantage of \(a1) is not acceptable (\(gap) < \(dqText)), so "
                    + "every alternative whose Q is within DQ of the best is a compromise solution."]
        }
    }

    public func notes(matrix: DecisionMatrix) -> [String] {
        var notes = RankingReport.constantNote(constantCriteria)
        if sTermDropped && Q.count > 1 { notes.append("all alternatives have the same S: the S term of Q is 0") }
        if rTermDropped && Q.count > 1 { notes.append("all alternatives have the same R: the R term of Q is 0") }
        return notes
    }
}

extension PROMETHEEResult: ReportableRanking {
    public func jsonExtras(matrix: DecisionMatrix) -> [(String, JSONValue)] {
        [("phiPlus", .numbers(phiPlus)), ("phiMinus", .numbers(phiMinus)), ("phiNet", .numbers(phiNet)),
         ("preferenceFunctions", .strings(preferenceFunctions.map(\.description)))]
    }
    public var textColumns: [(String, [Double])] { [("φ+", phiPlus), ("φ−", phiMinus)] }
    public var alternativeExtras: [(String, [Double])] { [("phiPlus", phiPlus), ("phiMinus", phiMinus), ("phiNet", phiNet)] }
    public func notes(matrix: DecisionMatrix) -> [String] {
        phiNet.count == 1 ? ["a single alternative has no one to be compared with: its flows are 0"] : []
    }
}

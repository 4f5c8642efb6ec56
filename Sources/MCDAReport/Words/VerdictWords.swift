import MCDACore

/// The robust-pick verdicts in words: the headline, one sentence per pick and the verdict labels.
/// Prose names alternatives by their display names (the JSON's `headline` and `summary` too); id
/// fields carry ids.
public enum VerdictWords {
    /// The verdict with k filled in: "robust top-3 pick".
    public static func label(_ verdict: RobustVerdict, topK k: Int) -> String {
        switch verdict {
        case .robustWinner: return "robust winner"
        case .sharedFirst: return "shares first place"
        case .robustTopK: return "robust top-\(k) pick"
        case .compromise: return "compromise option"
        case .notRobust: return "not robust"
        }
    }

    /// The headline: the robust winner, or who splits the first place, or that there is no robust winner.
    public static func headline(_ picks: RobustPicks, names: [String]) -> String {
        let t = picks.thresholds
        if let w = picks.verdicts.firstIndex(of: .robustWinner) {
            return "Robust winner: \(names[w]) (first in \(NumberFormat.percent(picks.evidence[w].firstShare)) of scenarios)."
        }
        let shared = picks.sharedFirst
        if !shared.isEmpty {
            let alsoTop = shared.allSatisfy { picks.evidence[$0].topKShare >= t.topKShare }
            return "No robust winner: \(NumberFormat.list(shared.map { names[$0] })) split the first place"
                + (alsoTop ? "; \(shared.count == 2 ? "both" : "all") are robust top-\(t.topK) picks." : ".")
        }
        if picks.picks.isEmpty {
            return "No robust pick: no alternative stays in the top \(t.topK) in \(NumberFormat.percent(t.topKShare)) of scenarios."
        }
        return "No robust winner; robust top-\(t.topK) picks: \(NumberFormat.list(picks.picks.map { names[$0] }))."
    }

    /// One alternative's evidence in a sentence, e.g. "Calama: first in 71.0% of 10,000 scenarios,
    /// top 3 in 98.0%, mean rank 1.3; first under 4 of 4 methods; no single weight change below
    /// 0.120 dethrones it (the closest: Copper)".
    public static func sentence(_ picks: RobustPicks, alternative i: Int, names: [String], criterionNames: [String]) -> String {
        let e = picks.evidence[i], t = picks.thresholds
        var s = "\(names[i]): first in \(NumberFormat.percent(e.firstShare)) of \(NumberFormat.count(picks.scenarioCount)) scenarios, "
            + "top \(t.topK) in \(NumberFormat.percent(e.topKShare)), mean rank \(NumberFormat.fixed(e.expectedRank, 1))"
        s += "; first under \(e.baseRanks.filter { $0 == 1 }.count) of \(e.baseRanks.count) methods"
        if let c = e.criticalChange {
            s += "; no single weight change below \(NumberFormat.fixed(c.amount, 3)) dethrones it (the closest: \(criterionNames[c.criterion]))"
        } else if picks.verdicts[i] == .robustWinner {
            s += "; no change of a single weight dethrones it"
        }
        if picks.verdicts[i] == .compromise { s += " — a compromise option: rarely first, usually second" }
        return s
    }
}

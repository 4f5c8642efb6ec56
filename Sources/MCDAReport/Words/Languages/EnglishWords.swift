import MCDACore

/// The English catalogue: the same sentences as the terminal report (``VerdictWords``,
/// ``DoubtWords``, ``WeightingNoteWords``, ``DataNoteWords``).
public struct EnglishWords: ReportWords {
    public init() {}
    public var code: String { "en" }
    public var rightToLeft: Bool { false }
    public var fontStack: String { "system-ui, -apple-system, \"Segoe UI\", Roboto, \"Noto Sans\", \"DejaVu Sans\", sans-serif" }

    public func number(_ x: Double, _ decimals: Int) -> String { NumberFormat.fixed(x, decimals) }
    public func percent(_ x: Double) -> String { NumberFormat.percent(x) }
    public func count(_ n: Int) -> String { NumberFormat.count(n) }
    public func list(_ items: [String]) -> String { NumberFormat.list(items) }

    public var recommendation: String { "Recommendation" }
    public var weightsHeading: String { "Criteria and weights" }
    public var howSureHeading: String { "How sure is this?" }
    public var methodsHeading: String { "The ranking under every method" }
    public var sensitivityHeading: String { "What if one weight changes?" }
    public var dataHeading: String { "The data and its sources" }
    public var notesHeading: String { "Notes and assumptions" }
    public var chartDataLabel: String { "The numbers behind the chart" }

    public func verdictLabel(_ verdict: RobustVerdict, topK: Int) -> String { VerdictWords.label(verdict, topK: topK) }
    public func headline(_ picks: RobustPicks, names: [String]) -> String { VerdictWords.headline(picks, names: names) }
    public func sentence(_ picks: RobustPicks, alternative: Int, names: [String], criterionNames: [String]) -> String {
        VerdictWords.sentence(picks, alternative: alternative, names: names, criterionNames: criterionNames)
    }
    public var picksIntro: String { "Robust picks, best first:" }
    public func compromises(_ names: [String]) -> String {
        "Compromise options (rarely first, usually second): " + names.joined(separator: ", ") + "."
    }
    public func howTheVerdictIsReached(_ a: DecisionAnalysis, criterionNames: [String]) -> String {
        let t = a.picks.thresholds
        return "How the verdict is reached: \(count(a.picks.scenarioCount)) scenarios in which \(DoubtWords.describe(a.doubt, criterionNames: criterionNames)); "
            + "a robust winner is first in at least \(percent(t.winnerShare)) of them and first under at least half of the "
            + "\(a.comparison.outcomes.count) methods; a robust top-\(t.topK) pick is in the top \(t.topK) in at least "
            + "\(percent(t.topKShare)); a compromise option is first in at most \(percent(t.compromiseMaxFirst)) but second in at least "
            + "\(percent(t.compromiseMinSecond)). Scenario results use \(a.options.primary.name); seed \(a.options.seed)."
    }

    public func direction(_ c: Criterion, referenceName: String?) -> String { CriterionWords.direction(c, referenceName: referenceName) }
    public var weightsChartTitle: String { "Criterion weights, with the 5–95 % range under doubt" }
    public var weightAxis: String { "weight" }
    public var weightTableHeaders: [String] { ["criterion", "weight", "5–95 % under doubt"] }
    public func consistency(_ ahp: AHPResult) -> String {
        let k = ahp.consistency
        let verdict = k.isAcceptable ? "acceptably consistent" : "too inconsistent to rely on"
        return "Weights from pairwise judgments (AHP, \(ahp.priorityMethod.rawValue) priorities): λmax = \(number(k.lambdaMax, 4)), "
            + "CI = \(number(k.consistencyIndex, 4)), CR = \(number(k.consistencyRatio, 4)) with the \(k.randomIndexTable.rawValue) random index: \(verdict)."
    }
    public func weighting(_ method: String) -> String { "Weights: \(method)." }
    public func assumption(_ text: String) -> String { "Assumption: " + text }
    public func note(_ note: WeightingNote) -> String { WeightingNoteWords.describe(note) }
    public func note(_ note: DataNote) -> String { DataNoteWords.describe(note) }

    public var acceptabilityChartTitle: String { "Share of scenarios in which each alternative takes each rank" }
    public func rankSegment(_ rank: Int) -> String { "rank \(rank)" }
    public var laterRanks: String { "later ranks" }
    public var shareAxis: String { "share of scenarios (%)" }
    public func noPreference(_ a: DecisionAnalysis, names: [String]) -> String {
        let first = a.smaaUniform.firstRankAcceptability
        let top = first.indices.sorted { first[$0] > first[$1] }.prefix(3)
        return "With no preference information at all (weights uniform on the simplex, \(count(a.smaaUniform.options.samples)) scenarios), first place goes to "
            + top.map { "\(names[$0]) \(percent(first[$0]))" }.joined(separator: ", ") + "."
    }

    public var rankHeatMapTitle: String { "Rank of each alternative under each method (1 = best)" }
    public var correlationTitle: String { "Spearman rank correlation between the methods" }
    public func agreement(primary: String, least: Double) -> String {
        "The methods agree with \(primary) with Spearman rank correlation of at least \(number(least, 2))."
    }
    public func borda(_ names: [String]) -> String { "Borda compromise of the methods: " + names.joined(separator: ", ") + " …" }
    public func skipped(method: String, reason: String) -> String { "\(method) was not run: \(reason)" }

    public var stripChartTitle: String { "Who wins as one weight moves from 0 to 1 (the others rescaled; black line: the current weight)" }
    public var stripAxis: String { "weight of the criterion" }
    public var stripTableHeaders: [String] { ["criterion", "weight", "winner along the weight"] }
    public func tornadoTitle(winner: String, method: String) -> String {
        "How far each weight can move before \(winner) loses first place (\(method)); narrowest first"
    }
    public var tornadoTableHeaders: [String] { ["criterion", "weight", "stable from", "stable to", "smallest move"] }

    public var dataIntro: String { "Every value with its unit; a linked value opens its source. Each criterion's description and sources follow the table." }
    public var alternativeHeader: String { "alternative" }
    public var sourcesLabel: String { "Sources" }
    public func dataSummary(source: String, alternatives: Int, criteria: Int) -> String {
        "Data: \(source). \(alternatives) alternatives, \(criteria) criteria. Target criteria are scored by their distance from the target."
    }
}

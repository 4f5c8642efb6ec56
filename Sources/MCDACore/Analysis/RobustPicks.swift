/// The evidence about one alternative that the robust-pick verdict combines.
public struct RobustnessEvidence: Sendable, Equatable {
    /// Its rank under each method at the base weights (1 = best).
    public var baseRanks: [Double]
    /// Share of scenarios in which it ranks first (SMAA b¹).
    public var firstShare: Double
    /// Share of scenarios in which it ranks second (SMAA b²).
    public var secondShare: Double
    /// Share of scenarios in which it ranks in the top k.
    public var topKShare: Double
    /// Mean rank over the scenarios, Σ r·bʳ.
    public var expectedRank: Double
    /// For the base winner: the smallest change of a single criterion weight (others rescaled in
    /// proportion) that dethrones it, and that criterion's index; nil when none does (or not the winner).
    public var criticalChange: (amount: Double, criterion: Int)?

    public init(baseRanks: [Double], firstShare: Double, secondShare: Double, topKShare: Double, expectedRank: Double,
                criticalChange: (amount: Double, criterion: Int)? = nil) {
        self.baseRanks = baseRanks
        self.firstShare = firstShare
        self.secondShare = secondShare
        self.topKShare = topKShare
        self.expectedRank = expectedRank
        self.criticalChange = criticalChange
    }

    public static func == (a: Self, b: Self) -> Bool {
        a.baseRanks == b.baseRanks && a.firstShare == b.firstShare && a.secondShare == b.secondShare
            && a.topKShare == b.topKShare && a.expectedRank == b.expectedRank
            && a.criticalChange?.amount == b.criticalChange?.amount && a.criticalChange?.criterion == b.criticalChange?.criterion
    }
}

/// The thresholds behind the verdicts, stated in every report.
public struct RobustPickThresholds: Sendable, Equatable {
    /// A robust winner ranks first in at least this share of scenarios… (default 0.5)
    public var winnerShare: Double = 0.5
    /// …and first under at least half of the methods at the base weights.
    /// Two or more alternatives that together take at least this share of first places split the
    /// first place when none reaches ``winnerShare`` (default 0.8).
    public var splitShare: Double = 0.8
    /// The k of "top k" (default 3).
    public var topK: Int = 3
    /// A robust top-k pick is in the top k in at least this share of scenarios (default 0.9).
    public var topKShare: Double = 0.9
    /// A compromise option ranks first in at most this share… (default 0.05)
    public var compromiseMaxFirst: Double = 0.05
    /// …and second in at least this share (default 0.5).
    public var compromiseMinSecond: Double = 0.5

    public init() {}
}

/// One alternative's verdict.
public enum RobustVerdict: String, Sendable, Equatable {
    /// First in most scenarios and under most methods.
    case robustWinner = "robust winner"
    /// Shares the first place with others; none wins alone.
    case sharedFirst = "shares first place"
    /// In the top k in nearly every scenario.
    case robustTopK = "robust top-k pick"
    /// Rarely first, usually second: a compromise option.
    case compromise = "compromise option"
    /// None of the above.
    case notRobust = "not robust"
}

/// Robust picks: the alternatives that stay on top whatever reasonable doubt is thrown at them,
/// from base ranks under every method, SMAA acceptabilities and critical weight changes.
///
/// Rules (thresholds in ``RobustPickThresholds``, all stated in reports):
/// 1. A **robust winner** ranks first in ≥ 50 % of scenarios and first under at least half of the
///    methods at the base weights. At most one alternative can qualify.
/// 2. Without a robust winner, the fewest alternatives (best first by first-rank share) whose
///    first-rank shares add up to ≥ 80 % **share the first place** (at most k of them).
/// 3. A **robust top-k pick** is in the top k in ≥ 90 % of scenarios.
/// 4. A **compromise option** is first in ≤ 5 % of scenarios but second in ≥ 50 %.
///
/// The robust picks are the alternatives of rules 1–3, ordered by expected rank (then first-rank
/// share, then input order).
///
/// The verdicts are values; reports put them into words (MCDAReport's `RobustPicksText`).
///
/// Example:
/// ```swift
/// let picks = RobustPicks(evidence: evidence, scenarioCount: 10_000)
/// picks.verdicts[0]   // .robustWinner
/// picks.picks         // [0, 3]
/// ```
public struct RobustPicks: Sendable {
    /// The evidence, one per alternative (input order).
    public let evidence: [RobustnessEvidence]
    public let thresholds: RobustPickThresholds
    /// The number of scenarios behind the shares.
    public let scenarioCount: Int
    /// One verdict per alternative (input order).
    public let verdicts: [RobustVerdict]
    /// Indices of the robust picks, best first.
    public let picks: [Int]

    /// Combines the evidence into verdicts.
    public init(evidence: [RobustnessEvidence], scenarioCount: Int, thresholds: RobustPickThresholds = RobustPickThresholds()) {
        self.evidence = evidence
        self.thresholds = thresholds
        self.scenarioCount = scenarioCount
        let m = evidence.count
        let order = (0..<m).sorted {
            let a = evidence[$0], b = evidence[$1]
            if a.expectedRank != b.expectedRank { return a.expectedRank < b.expectedRank }
            if a.firstShare != b.firstShare { return a.firstShare > b.firstShare }
            return $0 < $1
        }
        var verdicts = [RobustVerdict](repeating: .notRobust, count: m)
        let byFirst = (0..<m).sorted { evidence[$0].firstShare > evidence[$1].firstShare || (evidence[$0].firstShare == evidence[$1].firstShare && $0 < $1) }
        if let top = byFirst.first, Self.isWinner(evidence[top], thresholds) {
            verdicts[top] = .robustWinner
        } else {
            var total = 0.0
            var group: [Int] = []
            for i in byFirst.prefix(max(2, thresholds.topK)) where evidence[i].firstShare > 0 {
                group.append(i)
                total += evidence[i].firstShare
                if total >= thresholds.splitShare { break }
            }
            if total >= thresholds.splitShare && group.count >= 2 { for i in group { verdicts[i] = .sharedFirst } }
        }
        for i in 0..<m where verdicts[i] == .notRobust {
            let e = evidence[i]
            if e.topKShare >= thresholds.topKShare {
                verdicts[i] = .robustTopK
            } else if e.firstShare <= thresholds.compromiseMaxFirst && e.secondShare >= thresholds.compromiseMinSecond {
                verdicts[i] = .compromise
            }
        }
        self.verdicts = verdicts
        self.picks = order.filter { [.robustWinner, .sharedFirst, .robustTopK].contains(verdicts[$0]) }
    }

    static func isWinner(_ e: RobustnessEvidence, _ t: RobustPickThresholds) -> Bool {
        let firstUnder = e.baseRanks.filter { $0 == 1 }.count
        return e.firstShare >= t.winnerShare && 2 * firstUnder >= e.baseRanks.count
    }

    /// Indices of the alternatives sharing the first place, best first (empty with a robust winner).
    public var sharedFirst: [Int] { picks.filter { verdicts[$0] == .sharedFirst } }
}

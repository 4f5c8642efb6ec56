import MCDACore

/// The languages a report can be written in; each has one catalogue of words (``ReportWords``).
/// Adding a language is adding a catalogue and a case here. The terminal report stays English.
public enum ReportLanguage: String, CaseIterable, Sendable {
    case en
    case fa

    /// The catalogue of this language's words.
    public var words: any ReportWords {
        switch self {
        case .en: return EnglishWords()
        case .fa: return PersianWords()
        }
    }
}

/// Every word of the rich (HTML and Markdown) analysis report, in one language. Numbers are
/// written with the language's digits; names come from the dataset (translated there, with the
/// default name when a translation is missing).
public protocol ReportWords: Sendable {
    /// The BCP 47 code (`en`, `fa`).
    var code: String { get }
    /// Whether the script runs right to left.
    var rightToLeft: Bool { get }
    /// CSS font families, best first, ending with a generic family.
    var fontStack: String { get }

    /// `x` with `decimals` decimals in this language's digits.
    func number(_ x: Double, _ decimals: Int) -> String
    /// A share in [0, 1] as a percentage.
    func percent(_ x: Double) -> String
    /// A count with thousands separators.
    func count(_ n: Int) -> String
    /// "A, B and C".
    func list(_ items: [String]) -> String

    // Section headings.
    var recommendation: String { get }
    var weightsHeading: String { get }
    var howSureHeading: String { get }
    var methodsHeading: String { get }
    var sensitivityHeading: String { get }
    var dataHeading: String { get }
    var notesHeading: String { get }
    var chartDataLabel: String { get }

    // The verdict.
    func verdictLabel(_ verdict: RobustVerdict, topK: Int) -> String
    func headline(_ picks: RobustPicks, names: [String]) -> String
    func sentence(_ picks: RobustPicks, alternative: Int, names: [String], criterionNames: [String]) -> String
    var picksIntro: String { get }
    func compromises(_ names: [String]) -> String
    func howTheVerdictIsReached(_ a: DecisionAnalysis, criterionNames: [String]) -> String

    // Weights.
    func direction(_ c: Criterion, referenceName: String?) -> String
    var weightsChartTitle: String { get }
    var weightAxis: String { get }
    var weightTableHeaders: [String] { get }
    func consistency(_ ahp: AHPResult) -> String
    func weighting(_ method: String) -> String
    func assumption(_ text: String) -> String
    func note(_ note: WeightingNote) -> String
    func note(_ note: DataNote) -> String

    // Scenarios.
    var acceptabilityChartTitle: String { get }
    func rankSegment(_ rank: Int) -> String
    var laterRanks: String { get }
    var shareAxis: String { get }
    func noPreference(_ a: DecisionAnalysis, names: [String]) -> String

    // Methods.
    var rankHeatMapTitle: String { get }
    var correlationTitle: String { get }
    func agreement(primary: String, least: Double) -> String
    func borda(_ names: [String]) -> String
    func skipped(method: String, reason: String) -> String

    // Sensitivity.
    var stripChartTitle: String { get }
    var stripAxis: String { get }
    var stripTableHeaders: [String] { get }
    func tornadoTitle(winner: String, method: String) -> String
    var tornadoTableHeaders: [String] { get }

    // Data.
    var dataIntro: String { get }
    var alternativeHeader: String { get }
    var sourcesLabel: String { get }
    func dataSummary(source: String, alternatives: Int, criteria: Int) -> String
}

extension ReportWords {
    /// The chart style of this language: its digits and direction.
    public var chartStyle: ChartStyle {
        let words = self
        return ChartStyle(rightToLeft: rightToLeft, number: { words.number($0, $1) }, percent: { words.percent($0) })
    }
}

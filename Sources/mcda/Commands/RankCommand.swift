import ArgumentParser
import MCDACore
import MCDAInput
import MCDAReport

/// How many rows the table of `mcda rank` shows: `--top N` or `--top all`.
enum TableRows: ExpressibleByArgument, Equatable {
    case count(Int)
    case all

    /// Up to this many alternatives, the table shows them all by default.
    static let allUpTo = 100
    /// Beyond ``allUpTo`` alternatives, the table shows this many by default.
    static let defaultCount = 20

    init?(argument: String) {
        if argument == "all" { self = .all; return }
        guard let n = Int(argument), n >= 1 else { return nil }
        self = .count(n)
    }

    /// The rows to show for m alternatives (nil: all), for `--top` given or not.
    static func limit(_ choice: TableRows?, alternatives m: Int) -> Int? {
        switch choice {
        case .count(let n): return n
        case .all: return nil
        case nil: return m <= allUpTo ? nil : defaultCount
        }
    }
}

/// `mcda rank FILE --method …`: scores and ranks the alternatives of a decision matrix.
struct RankCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rank",
        abstract: "Rank the alternatives of a decision matrix (CSV) with TOPSIS, WSM, WPM, WASPAS, VIKOR or PROMETHEE II.",
        discussion: """
            FILE is a CSV whose header row is 'alternative,<criterion 1>,…' and whose other rows are '<alternative>,x_1,…,x_n'. Weights are used as given (not renormalised) and default to equal weights; directions default to benefit (+) for every criterion.

            The table lists the alternatives best first: all of them when there are at most 100, else the top 20 and a line saying how many were left out (--top N or --top all to choose). JSON always lists every alternative, in input order.

            Normalisation defaults: topsis vector, wsm linear, wpm none (waspas always uses linear). Scores: TOPSIS closeness, weighted sum, weighted product, WASPAS Q and PROMETHEE net flow (larger is better); VIKOR Q (smaller is better). Rank 1 is best; ties share the average rank.

            Examples:
              mcda rank cars.csv --method topsis --weights=0.4,0.3,0.3 --directions=-,+,+
              mcda rank cars.csv --method vikor --v 0.6 --format json
              mcda rank cars.csv --method promethee-ii --preference linear --q=1 --p=3,1,5
            """
    )

    @OptionGroup var input: MatrixOptions

    @Option(help: "Ranking method.")
    var method: MethodChoice

    @Option(help: "Normalisation for topsis, wsm and wpm (default vector, linear and none).")
    var normalization: Normalization?

    @Option(help: "TOPSIS distance (default euclidean).")
    var distance: TOPSIS.Distance?

    @Option(name: .customLong("v"), help: "VIKOR weight of the group-utility strategy, 0…1 (default 0.5).")
    var v: Double?

    @Option(help: "WASPAS weight of the weighted sum, 0…1 (default 0.5).")
    var lambda: Double?

    @Option(help: "PROMETHEE preference function (default usual).")
    var preference: PreferenceFunction.Kind?

    @Option(name: .customLong("q"), help: "PROMETHEE indifference thresholds (u-shape, level, linear): one per criterion, or one for all.")
    var q: String?

    @Option(name: .customLong("p"), help: "PROMETHEE preference thresholds (v-shape, level, linear): one per criterion, or one for all.")
    var p: String?

    @Option(name: .customLong("s"), help: "PROMETHEE Gaussian parameters s > 0: one per criterion, or one for all.")
    var s: String?

    @Option(help: "Table rows to show, best first: a number, or 'all' (default: all for up to 100 alternatives, else 20). JSON always has every alternative.")
    var top: TableRows?

    @OptionGroup var output: OutputOptions

    func validate() throws {
        func only(_ given: Bool, _ option: String, _ methods: [MethodChoice]) throws {
            guard !given || methods.contains(method) else {
                throw ValidationError("\(option) applies only to --method \(methods.map(\.rawValue).joined(separator: " or "))")
            }
        }
        try method.checkNormalizationOption(normalization)
        try only(distance != nil, "--distance", [.topsis])
        try only(v != nil, "--v", [.vikor])
        try only(lambda != nil, "--lambda", [.waspas])
        try only(preference != nil || q != nil || p != nil || s != nil, "--preference, --q, --p and --s", [.prometheeII])
        for (name, value) in [("--v", v), ("--lambda", lambda)] {
            if let value, !(value >= 0 && value <= 1) { throw ValidationError("\(name) must be between 0 and 1, got \(value)") }
        }
        let kind = preference ?? .usual
        for (name, given, used) in [("--q", q != nil, kind.usesQ), ("--p", p != nil, kind.usesP), ("--s", s != nil, kind.usesS)]
        where given && !used {
            throw ValidationError("\(name) is not a parameter of the \(kind.rawValue) preference function")
        }
    }

    func run() throws {
        // A dataset folder gives its weighting, normalisation and preference functions as
        // `mcda analyze` reads them; options given here take precedence.
        let problem = try input.loadProblem()
        problem.printNotes()
        let (matrix, w, dataset) = (problem.matrix, problem.weights, problem.methodOptions(normalization: normalization))
        let scaling = dataset.normalization
        let givesPreference = preference != nil || q != nil || p != nil || s != nil
        switch method {
        case .topsis: try report(TOPSIS(normalization: scaling ?? .vector, distance: distance ?? .euclidean), matrix, w)
        case .wsm: try report(WeightedSum(normalization: scaling ?? .linear), matrix, w)
        case .wpm: try report(WeightedProduct(normalization: scaling ?? .none), matrix, w)
        case .waspas: try report(WASPAS(lambda: lambda ?? 0.5), matrix, w)
        case .vikor: try report(VIKOR(v: v ?? 0.5), matrix, w)
        case .prometheeII:
            try report(PROMETHEE(preferenceFunctions: givesPreference ? preferenceFunctions(for: matrix) : dataset.preferenceFunctions), matrix, w)
        }
    }

    /// One preference function per criterion from --preference, --q, --p and --s.
    func preferenceFunctions(for matrix: DecisionMatrix) throws -> [PreferenceFunction] {
        let n = matrix.columnCount
        func thresholds(_ text: String?, _ option: String) throws -> [Double]? {
            guard let text else { return nil }
            let values = try ListParsing.numbers(text, option: option)
            guard values.count == n || values.count == 1 else {
                throw ValidationError("--\(option) has \(values.count) values for \(n) criteria: give one per criterion, or one for all")
            }
            return values.count == 1 ? [Double](repeating: values[0], count: n) : values
        }
        let (qs, ps, ss) = (try thresholds(q, "q"), try thresholds(p, "p"), try thresholds(s, "s"))
        return try matrix.criteria.indices.map { j in
            try PreferenceFunction(kind: preference ?? .usual, q: qs?[j], p: ps?[j], s: ss?[j],
                                   criterion: matrix.criteria[j].id)
        }
    }

    func report<M: RankingMethod>(_ method: M, _ matrix: DecisionMatrix, _ weights: [Double]) throws
    where M.Result: ReportableRanking {
        let result = try method.evaluate(matrix, weights: weights)
        let rows = TableRows.limit(top, alternatives: matrix.rowCount)
        try output.emit(table: { RankingReport.text(result, method: method.identifier, matrix: matrix, title: "Ranking: \(input.file)", top: rows) },
                        json: { RankingReport.json(result, method: method.identifier, matrix: matrix) })
    }
}

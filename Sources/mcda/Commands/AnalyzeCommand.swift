import ArgumentParser
import MCDACore
import MCDAInput
import MCDAReport

/// `mcda analyze DIR`: the whole analysis of a dataset folder.
struct AnalyzeCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "analyze",
            abstract: "Analyse a dataset folder: weights, every ranking method, sensitivity analysis and the robust picks.",
            discussion: """
                DIR holds manifest.yaml, alternatives.csv and criteria/<id>.yaml (one file per criterion; see \\
                Datasets/README.md). The report starts with the robust picks: the alternatives that stay on top \\
                when the weights are put in doubt (AHP judgments perturbed one step on Saaty's scale, or every \\
                weight ±50 %), with the evidence and the thresholds used. Options given here take precedence \\
                over the manifest's values; a method option (--normalization, --v, …) reaches every method \\
                that takes it.

                Methods and their parameters (defaults in brackets):
                \\(MethodHelp.catalogue(ActiveCatalogue.current))

                Examples:
                  mcda analyze Datasets/rafsanjan-sister-cities
                  mcda analyze Datasets/rafsanjan-sister-cities --weights entropy --format markdown -o report.md
                  mcda analyze Datasets/rafsanjan-sister-cities --format json --samples 100000 --seed 7
                """
        )
    }

    @Argument(help: "The dataset folder.")
    var folder: String

    @Option(help: ArgumentHelp("Override the manifest's weighting: \(WeightingChoice.allCases.map(\.rawValue).joined(separator: ", ")), or numbers, one per criterion (--weights=w1,w2,…; normalised).", valueName: "weights"), transform: WeightsOverride.parse)
    var weights: WeightsOverride?

    @Option(help: ArgumentHelp("Methods, comma-separated (default: the manifest's, or \(MethodCatalogue.defaultNames.joined(separator: ","))).", valueName: "methods"))
    var methods: MethodList?

    @Option(help: ArgumentHelp("The method behind the scenarios and critical weight changes (default topsis).", valueName: "method"))
    var primary = MethodName(TOPSIS.self)

    @OptionGroup var parameters: MethodParameterOptions

    @Option(help: "Scenarios for the sensitivity analysis (default: the manifest's, or 10000).")
    var samples: Int?

    @Option(help: "Seed (default: the manifest's, or 2026).")
    var seed: UInt64?

    @Option(help: "Doubt thrown at the weights: auto (judgments for AHP, else spread), judgments, spread, uniform.")
    var doubt: DoubtChoice = .auto

    @Option(help: "With --doubt spread: ± this fraction around each weight (default 0.5).")
    var spread: Double = WeightDoubt.defaultSpread

    @Option(help: "With --doubt spread: hit-and-run steps per sample (default: the manifest's, or ⌈ln(d+1)·d³/4⌉ for d + 1 criteria). Smaller is faster but leaves samples more correlated.")
    var thinning: Int?

    @Option(help: ArgumentHelp("Missing values: error, drop-alternative or worst-value (default: the manifest's, or error).", valueName: "policy"))
    var missing: MissingValuePolicy?

    @Option(help: "Worker threads (default 2; results do not depend on it).")
    var threads: Int = 2

    @Option(help: ArgumentHelp("Language of the HTML and Markdown reports: en or fa (Persian, right to left, with the dataset's name_fa texts). The table stays English.", valueName: "code"))
    var lang: ReportLanguage = .en

    @OptionGroup var output: OutputOptions

    enum DoubtChoice: String, ExpressibleByArgument, CaseIterable { case auto, judgments, spread, uniform }

    func validate() throws {
        if let samples, samples < 1 { throw ValidationError("--samples must be at least 1") }
        guard spread > 0 && spread.isFinite else { throw ValidationError("--spread must be a positive fraction") }
        guard threads >= 1 && threads <= 256 else { throw ValidationError("--threads must be between 1 and 256") }
        if let thinning, !(1...HitAndRunSettings.maximumThinning).contains(thinning) {
            throw ValidationError("--thinning must be between 1 and \(HitAndRunSettings.maximumThinning) (hit-and-run steps per sample)")
        }
    }

    /// Every option that changes the problem, in one value.
    func overrides() throws -> ProblemOverrides {
        var o = ProblemOverrides()
        o.weights = weights
        o.methods = methods?.types
        try parameters.apply(to: &o)
        o.samples = samples
        o.seed = seed
        o.thinning = thinning
        o.missing = missing
        return o
    }

    func run() throws {
        let dataset = try Dataset.load(folder: folder, catalogue: ActiveCatalogue.current)
        let overrides = try overrides()
        let problem = try dataset.problem(overrides)
        var options = DecisionAnalysisOptions()
        options.primary = try problem.methods.first { $0.name == primary.type.name }
            ?? dataset.specification(.init(method: primary.type), overrides: overrides)
        options.threads = threads
        switch doubt {
        case .auto: options.doubt = .automatic
        case .judgments: options.doubt = .judgments(WeightDoubt.defaultJudgmentNoise)
        case .spread: options.doubt = .spread(spread)
        case .uniform: options.doubt = .uniform
        }
        options.progress = Progress.bar(label: "scenarios")
        let analysis: DecisionAnalysis
        do {
            analysis = try DecisionAnalysis(problem: problem, options: options)
        } catch let error as AHPError {
            throw InputError.dataset(file: dataset.folder + "/" + Dataset.manifestName, line: nil, column: nil, message: error.description)
        }
        Progress.finish()
        var notes = problem.notes
        if problem.matrix.rowCount < 2 { notes.append(.singleAlternative(method: options.primary.name)) }
        let description = problem.description
        try output.emit(table: { AnalysisReport.document(analysis, description: description, notes: notes).text(output.layout) },
                        json: { AnalysisReport.json(analysis, description: description, notes: notes) },
                        markdown: { AnalysisReport.rich(analysis, description: description, notes: notes, language: lang).markdown() },
                        html: { AnalysisReport.html(analysis, description: description, notes: notes, language: lang) },
                        csv: { AnalysisReport.csv(analysis, description: description) })
    }
}

import ArgumentParser
import MCDACore
import MCDAInput
import MCDAReport

/// `mcda analyze DIR`: the whole analysis of a dataset folder.
struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Analyse a dataset folder: weights, every ranking method, sensitivity analysis and the robust picks.",
        discussion: """
            DIR holds manifest.yaml, alternatives.csv and criteria/<id>.yaml (one file per criterion; see \
            Datasets/README.md). The report starts with the robust picks: the alternatives that stay on top \
            when the weights are put in doubt (AHP judgments perturbed one step on Saaty's scale, or every \
            weight ±50 %), with the evidence and the thresholds used.

            Examples:
              mcda analyze Datasets/rafsanjan-sister-cities
              mcda analyze Datasets/rafsanjan-sister-cities --weights entropy --format markdown -o report.md
              mcda analyze Datasets/rafsanjan-sister-cities --format json --samples 100000 --seed 7
            """
    )

    @Argument(help: "The dataset folder.")
    var folder: String

    @Option(help: "Override the manifest's weighting: ahp, given, equal, entropy, critic, standard-deviation, rank-order, rank-sum.")
    var weights: String?

    @Option(help: "Methods, comma-separated (default: the manifest's, or topsis,wsm,vikor,promethee-ii).")
    var methods: String?

    @Option(help: "The method behind the scenarios and critical weight changes (default topsis).")
    var primary: MethodChoice = .topsis

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

    @Option(help: "Missing values: error, drop-alternative or worst-value (default: the manifest's, or error).")
    var missing: String?

    @Option(help: "Worker threads (default 2; results do not depend on it).")
    var threads: Int = 2

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

    func run() throws {
        let dataset = try Dataset.load(folder: folder)
        let policy = try missing.map { name -> MissingValuePolicy in
            guard let p = MissingValuePolicy(rawValue: name) else {
                throw ValidationError("--missing must be one of \(MissingValuePolicy.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return p
        }
        let (matrix, datasetNotes) = try dataset.decisionMatrix(missing: policy)
        var notes = datasetNotes
        if matrix.rowCount < 2 {  // DecisionAnalysis then runs the primary method alone
            notes.append("Only one alternative is left, so only \(primary.rawValue) runs: the other methods and the rank comparisons need at least two.")
        }
        let weighting = try dataset.weighting(override: weights)

        var options = DecisionAnalysisOptions()
        let names: [String] = methods.map { $0.split(separator: ",").map(String.init) } ?? dataset.analysis.methods
        let manifest = dataset.folder + "/" + Dataset.manifestName
        options.methods = try names.map { (name: String) throws -> MethodChoice in
            guard let m = MethodChoice(rawValue: name) else {
                let choices = MethodChoice.allCases.map(\.rawValue).joined(separator: ", ")
                let message = "unknown method '\(name)'; choose from \(choices)"
                // From the manifest: an input error naming the file, not a usage error.
                if methods == nil { throw InputError.dataset(file: manifest, line: nil, column: nil, message: "analysis.methods: \(message)") }
                throw ValidationError(message)
            }
            return m
        }
        options.primary = primary
        options.methodOptions = try Self.methodOptions(dataset, matrix: matrix)
        options.samples = samples ?? dataset.analysis.samples
        options.seed = seed ?? dataset.analysis.seed
        options.threads = threads
        options.thinning = thinning ?? dataset.analysis.thinning
        switch doubt {
        case .auto: options.doubt = .automatic
        case .judgments: options.doubt = .judgments(WeightDoubt.defaultJudgmentNoise)
        case .spread: options.doubt = .spread(spread)
        case .uniform: options.doubt = .uniform
        }
        options.uncertainty = dataset.dataUncertainty(for: matrix)
        options.progress = Progress.bar(label: "scenarios")
        let analysis: DecisionAnalysis
        do {
            analysis = try DecisionAnalysis(matrix: matrix, weighting: weighting, options: options)
        } catch let error as AHPError {
            throw InputError.dataset(file: dataset.folder + "/" + Dataset.manifestName, line: nil, column: nil, message: error.description)
        }
        Progress.finish()
        let context = self.context(dataset, matrix: matrix, notes: notes)
        try output.emit(table: { AnalysisReport.document(analysis, context: context).text() },
                        json: { AnalysisReport.json(analysis, context: context) },
                        markdown: { AnalysisReport.document(analysis, context: context).markdown() },
                        html: { AnalysisReport.document(analysis, context: context).html(title: context.title) })
    }

    /// The normalisation of the manifest and PROMETHEE preference functions from the criterion files.
    static func methodOptions(_ dataset: Dataset, matrix: DecisionMatrix) throws -> MethodOptions {
        var options = MethodOptions(normalization: dataset.analysis.normalization)
        let byId = Dictionary(uniqueKeysWithValues: dataset.criteria.map { ($0.criterion.id, $0) })
        options.preferenceFunctions = try matrix.criteria.map { c in
            guard let p = byId[c.id]?.preference else { return .usual }
            guard let kind = PreferenceFunction.Kind(rawValue: p.function) else {
                throw InputError.dataset(file: byId[c.id]!.file, line: nil, column: nil,
                                         message: "unknown preference function '\(p.function)'; use \(PreferenceFunction.Kind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            do {  // checked here, so that a bad threshold is an error naming the file, not a method left out
                let function = try PreferenceFunction(kind: kind, q: p.q, p: p.p, s: p.s, criterion: c.id)
                try function.validate(criterion: c.id)
                return function
            } catch {
                throw InputError.dataset(file: byId[c.id]!.file, line: nil, column: nil, message: "\(error)")
            }
        }
        return options
    }

    func context(_ dataset: Dataset, matrix: DecisionMatrix, notes: [String]) -> AnalysisContext {
        let byId = Dictionary(uniqueKeysWithValues: dataset.alternatives.map { ($0.id, $0) })
        let countries = matrix.alternatives.map { id in byId[id]?.attributes.first { $0.0 == "country" }?.1 ?? "" }
        var assumption: String?
        if case .ahp(let spec) = dataset.weights, weights == nil || weights == "ahp" { assumption = spec.assumption }
        return AnalysisContext(title: dataset.title, goal: dataset.goal, source: dataset.folder,
                               alternativeNames: matrix.alternatives.map { byId[$0]?.name ?? $0 },
                               alternativeDetails: countries.allSatisfy(\.isEmpty) ? nil : countries,
                               criterionUnits: dataset.criteria.map(\.unit), referenceName: dataset.reference?.name,
                               weightAssumption: assumption, notes: notes)
    }
}

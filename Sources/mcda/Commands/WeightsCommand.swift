import ArgumentParser
import MCDACore
import MCDAInput
import MCDAReport

/// `mcda weights FILE --method M`: criterion weights derived from a decision matrix.
struct WeightsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "weights",
        abstract: "Objective criterion weights (entropy, CRITIC, standard deviation, …) of a decision matrix (CSV).",
        discussion: """
            FILE is a CSV with the header 'alternative,<criterion 1>,…' and one row per alternative.
            Entropy and CRITIC ignore criterion directions by default (as pymcdm and pyrepo-mcda do);
            --entropy-costs cost-as-reciprocal (pyDecision) and --critic-orientation orient-by-types
            (scikit-criteria, pyDecision) use the --directions instead. merec, cilos, idocriw and lopcow
            use the --directions as pymcdm 1.4.0 does; gini, variance and angle ignore them. merec,
            cilos and idocriw need positive values, gini and angle non-negative ones (else an error
            names the criterion and the alternative). rank-order and rank-sum weigh
            the criteria from --importance alone (1 = most important; ties allowed).
            Examples:
              mcda weights matrix.csv --method critic --format json
              mcda weights matrix.csv --method entropy --entropy-costs cost-as-reciprocal --directions=+,-,+
              mcda weights matrix.csv --method merec --directions=+,-,+ --format json
              mcda weights matrix.csv --method rank-order --importance=2,1,3
            """
    )

    @Argument(help: "The decision matrix (CSV).")
    var file: String

    @Option(help: "Weighting method: \(WeightingMethod.allCases.map(\.rawValue).joined(separator: ", ")).")
    var method: WeightingMethod

    @Option(help: "Criterion directions, e.g. --directions=+,-,+ (+ benefit, - cost, target:VALUE); default all benefit.")
    var directions: String?

    @Option(name: .customLong("entropy-costs"),
            help: "Entropy: \(EntropyWeights.CostHandling.allCases.map(\.rawValue).joined(separator: " or ")).")
    var entropyCosts: EntropyWeights.CostHandling = .default

    @Option(name: .customLong("critic-orientation"),
            help: "CRITIC: \(CRITICWeights.Orientation.allCases.map(\.rawValue).joined(separator: " or ")).")
    var criticOrientation: CRITICWeights.Orientation = .default

    @Option(name: .customLong("sd-scale"),
            help: "Standard deviation of \(StandardDeviationWeights.Scale.allCases.map(\.rawValue).joined(separator: " or ")) values.")
    var sdScale: StandardDeviationWeights.Scale = .default

    @Option(help: "rank-order / rank-sum: one importance rank per criterion, e.g. --importance=1,3,2 (1 = most important).")
    var importance: String?

    @OptionGroup var output: OutputOptions

    func validate() throws {
        if method.needsImportance && importance == nil {
            throw ValidationError("--method \(method.rawValue) needs --importance=r1,…,rn (1 = most important criterion)")
        }
        if !method.needsImportance && importance != nil {
            throw ValidationError("--importance is used only by --method rank-order and rank-sum")
        }
    }

    func run() throws {
        let parsedDirections = try directions.map(ListParsing.directions)
        let matrix = try DecisionMatrixCSV.read(path: file, directions: parsedDirections)
        let options = WeightingOptions(entropyCosts: entropyCosts, criticOrientation: criticOrientation,
                                       standardDeviationScale: sdScale,
                                       importance: try importance.map { try ListParsing.numbers($0, option: "importance") })
        let result = try method.weights(for: matrix, options: options)
        try output.emit(table: { WeightsReport.text(result, title: "Weights: \(file)", layout: output.layout) },
                        json: { WeightsReport.json(result) })
    }
}

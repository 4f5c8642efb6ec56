import ArgumentParser
import MCDACore
import MCDAInput

/// The decision-matrix input shared by `rank`, `compare`, `smaa` and `sensitivity`: a CSV file or a
/// dataset folder (read by ``loadProblem(_:)``), weights and directions.
struct MatrixOptions: ParsableArguments {
    @Argument(help: "The decision matrix (CSV: 'alternative,<criterion 1>,…' then one row per alternative), or a dataset folder (manifest.yaml: its weighting, normalisation and PROMETHEE preference functions; options given here take precedence).")
    var file: String

    @Option(help: ArgumentHelp("Criterion weights: numbers, one per criterion (--weights=w1,w2,…; used as given; default equal), or a weighting's name: \(WeightingChoice.allCases.map(\.rawValue).joined(separator: ", ")) (ahp, given, rank-order and rank-sum need a dataset folder).", valueName: "weights"), transform: WeightsOverride.parse)
    var weights: WeightsOverride?

    @Option(help: "Criterion directions, comma-separated: + (benefit), - (cost) or target:VALUE. Use --directions=+,-,….")
    var directions: String?
}

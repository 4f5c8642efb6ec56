import ArgumentParser
import MCDACore
import MCDAInput

/// The decision-matrix input shared by `rank`, `compare`, `smaa` and `sensitivity`: a CSV file (or a
/// dataset folder, through `loadProblem()`), weights and directions.
struct MatrixOptions: ParsableArguments {
    @Argument(help: "The decision matrix (CSV: 'alternative,<criterion 1>,…' then one row per alternative), or a dataset folder (manifest.yaml: its weighting, normalisation and PROMETHEE preference functions; options given here take precedence).")
    var file: String

    @Option(help: "Criterion weights, comma-separated (one per criterion; default equal). Use --weights=w1,w2,….")
    var weights: String?

    @Option(help: "Criterion directions, comma-separated: + (benefit), - (cost) or target:VALUE. Use --directions=+,-,….")
    var directions: String?

    /// The matrix and its weights (equal when not given; validated).
    func load() throws -> (matrix: DecisionMatrix, weights: [Double]) {
        let matrix = try DecisionMatrixCSV.read(path: file, directions: directions.map(ListParsing.directions))
        let w = try weights.map { try ListParsing.numbers($0, option: "weights") } ?? Weights.equal(matrix.columnCount)
        try Weights.validate(w, for: matrix)
        try Weights.validateGiven(w, criteria: matrix.criteria.map(\.id))
        return (matrix, w)
    }
}

import ArgumentParser
import MCDACore
import MCDAInput

/// The decision-matrix input shared by `compare`, `smaa` and `sensitivity`: a CSV file, weights and directions.
struct MatrixOptions: ParsableArguments {
    @Argument(help: "The decision matrix (CSV: 'alternative,<criterion 1>,…' then one row per alternative).")
    var file: String

    @Option(help: "Criterion weights, comma-separated (one per criterion; default equal). Use --weights=w1,w2,….")
    var weights: String?

    @Option(help: "Criterion directions, comma-separated: + (benefit), - (cost) or target:VALUE. Use --directions=+,-,….")
    var directions: String?

    /// The matrix and its weights (equal when not given; validated).
    func load() throws -> (matrix: DecisionMatrix, weights: [Double]) {
        if ProblemInput.isFolder(file) {
            throw InputError.unreadable(file: file, reason: "a folder; this command reads a decision-matrix CSV (a dataset folder is read by `mcda analyze` and `mcda sensitivity`)")
        }
        let matrix = try DecisionMatrixCSV.read(path: file, directions: directions.map(ListParsing.directions))
        let w = try weights.map { try ListParsing.numbers($0, option: "weights") } ?? Weights.equal(matrix.columnCount)
        try Weights.validate(w, for: matrix)
        try Weights.validateGiven(w, criteria: matrix.criteria.map(\.id))
        return (matrix, w)
    }
}

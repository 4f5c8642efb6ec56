import ArgumentParser
import MCDACore
import MCDAInput
import MCDAReport

extension MethodChoice: ExpressibleByArgument {}

/// `mcda compare FILE`: every ranking method on one matrix, side by side.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Run several ranking methods on one decision matrix and compare their rankings.",
        discussion: """
            Prints each method's ranks side by side (ordered by the Borda compromise), the Spearman rank \
            correlation between every two methods, the Borda and Copeland compromise rankings, and the \
            alternatives on which the methods disagree most. A method that cannot run on the data (WPM on \
            zeros, say) is reported and left out.

            Example:
              mcda compare cars.csv --weights=0.4,0.3,0.3 --directions=-,+,+ --format markdown
            """
    )

    @OptionGroup var input: MatrixOptions

    @Option(help: "Methods, comma-separated (default topsis,wsm,vikor,promethee-ii; all: \(MethodChoice.allCases.map(\.rawValue).joined(separator: ","))).")
    var methods: String?

    @Option(help: "Normalisation for topsis, wsm and wpm (default: each method's own: vector, linear, none).")
    var normalization: Normalization?

    @OptionGroup var output: OutputOptions

    func run() throws {
        let problem = try input.loadProblem()  // a CSV, or a dataset folder with its weighting and method options
        problem.printNotes()
        let (matrix, weights) = (problem.matrix, problem.weights)
        let options = problem.methodOptions(normalization: normalization)
        let chosen = try methods.map { list in
            try list.split(separator: ",").map { name -> MethodChoice in
                guard let m = MethodChoice(rawValue: name.trimmingCharacters(in: .whitespaces)) else {
                    throw ValidationError("unknown method '\(name)'; choose from \(MethodChoice.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                return m
            }
        } ?? (matrix.rowCount >= 2 ? MethodChoice.defaultSet : [.topsis])
        let comparison = try MethodComparison(matrix: matrix, weights: weights, methods: chosen,
                                              options: options)
        try output.emit(table: { ComparisonReport.text(comparison, matrix: matrix, title: "Method comparison: \(input.file)") },
                        json: { ComparisonReport.json(comparison, matrix: matrix) },
                        markdown: { ComparisonReport.markdown(comparison, matrix: matrix, title: "Method comparison: \(input.file)") })
    }
}

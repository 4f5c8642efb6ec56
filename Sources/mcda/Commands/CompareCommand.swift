import ArgumentParser
import MCDACore
import MCDAInput
import MCDAReport

/// `mcda compare FILE`: every ranking method on one matrix, side by side.
struct CompareCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "compare",
            abstract: "Run several ranking methods on one decision matrix and compare their rankings.",
            discussion: """
                Prints each method's ranks side by side (ordered by the Borda compromise), the Spearman rank \
                correlation between every two methods, the Borda and Copeland compromise rankings, and the \
                alternatives on which the methods disagree most. A method that cannot run on the data (WPM on \
                zeros, say) is reported and left out. A method option (--normalization, --v, …) reaches every \
                method that takes it.

                Methods and their parameters (defaults in brackets):
                \(MethodHelp.catalogue(ActiveCatalogue.current))

                Example:
                  mcda compare cars.csv --weights=0.4,0.3,0.3 --directions=-,+,+ --format markdown
                """
        )
    }

    @OptionGroup var input: MatrixOptions

    @Option(help: ArgumentHelp("Methods, comma-separated (default \(MethodCatalogue.defaultNames.joined(separator: ","))).", valueName: "methods"))
    var methods: MethodList?

    @OptionGroup var parameters: MethodParameterOptions

    @OptionGroup var output: OutputOptions

    func run() throws {
        // A CSV, or a dataset folder with its weighting and method options; options given win.
        // Without --methods, the catalogue's default set (a dataset's own list may hold one method).
        var overrides = ProblemOverrides()
        overrides.methods = try methods?.types ?? MethodCatalogue.defaultNames.map { try ActiveCatalogue.current.method(named: $0) }
        try parameters.apply(to: &overrides)
        let problem = try input.loadProblem(overrides)
        problem.printNotes()
        let matrix = problem.matrix
        let chosen = matrix.rowCount >= 2 || methods != nil ? problem.methods : Array(problem.methods.prefix(1))
        let comparison = try input.namingInput { try MethodComparison(matrix: matrix, weights: problem.baseWeights.weights, methods: chosen) }
        try output.emit(table: { ComparisonReport.text(comparison, matrix: matrix, title: "Method comparison: \(input.file)", layout: output.layout) },
                        json: { ComparisonReport.json(comparison, matrix: matrix) },
                        markdown: { ComparisonReport.markdown(comparison, matrix: matrix, title: "Method comparison: \(input.file)") },
                        html: { ComparisonReport.html(comparison, matrix: matrix, title: "Method comparison: \(input.file)") },
                        csv: { ComparisonReport.csv(comparison, matrix: matrix) })
    }
}

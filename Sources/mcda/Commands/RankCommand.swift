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
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "rank",
            abstract: "Rank the alternatives of a decision matrix (CSV) or dataset folder with one method of the catalogue.",
            discussion: """
                FILE is a CSV whose header row is 'alternative,<criterion 1>,…' and whose other rows are '<alternative>,x_1,…,x_n'. Weights are used as given (not renormalised) and default to equal weights; directions default to benefit (+) for every criterion.

                The table lists the alternatives best first: all of them when there are at most 100, else the top 20 and a line saying how many were left out (--top N or --top all to choose). JSON always lists every alternative, in input order. Rank 1 is best; ties share the average rank.

                Methods and their parameters (defaults in brackets):
                \(MethodHelp.catalogue(ActiveCatalogue.current))

                Examples:
                  mcda rank cars.csv --method topsis --weights=0.4,0.3,0.3 --directions=-,+,+
                  mcda rank cars.csv --method vikor --v 0.6 --format json
                  mcda rank cars.csv --method promethee-ii --preference linear --q=1 --p=3,1,5
                """
        )
    }

    @OptionGroup var input: MatrixOptions

    @Option(help: ArgumentHelp("Ranking method.", valueName: "method"))
    var method: MethodName

    @OptionGroup var parameters: MethodParameterOptions

    @Option(help: "Table rows to show, best first: a number, or 'all' (default: all for up to 100 alternatives, else 20). JSON always has every alternative.")
    var top: TableRows?

    @OptionGroup var output: OutputOptions

    func validate() throws {
        try parameters.check(for: method.type)
    }

    func run() throws {
        // A dataset folder gives its weighting, normalisation and preference functions as
        // `mcda analyze` reads them; options given here take precedence.
        var overrides = ProblemOverrides()
        overrides.methods = [method.type]
        try parameters.apply(to: &overrides)
        let problem = try input.loadProblem(overrides)
        problem.printNotes()
        let spec = problem.methods[0], matrix = problem.matrix
        let result = try input.namingInput { try spec.evaluate(matrix, weights: problem.baseWeights.weights) }
        let rows = TableRows.limit(top, alternatives: matrix.rowCount)
        try output.emit(table: { RankingReport.text(of: result, method: spec.name, matrix: matrix, title: "Ranking: \(input.file)", top: rows, layout: output.layout) },
                        json: { RankingReport.json(of: result, method: spec.name, matrix: matrix) },
                        csv: { RankingReport.csv(of: result, matrix: matrix) })
    }
}

import ArgumentParser
import MCDACore
import MCDAInput
import MCDAReport

/// `mcda correlate --reference=… --ranking=…`: how similar two rankings are.
struct CorrelateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "correlate",
        abstract: "Similarity of two rankings: Spearman, weighted Spearman, WS and Kendall's tau.",
        discussion: """
            Both rankings list one rank per alternative, in the same alternative order, 1 = best;
            ties are average ranks (two alternatives tied for first: 1.5,1.5). WS measures the
            ranking against the reference and is not symmetric. Kendall's tau is tau-a unless
            --kendall tau-b (tie-corrected, as scipy) is given.
            Example:
              mcda correlate --reference=1,2,3,4,5 --ranking=1,3,2,4,5 --format json
            """
    )

    @Option(help: "The reference ranking, e.g. --reference=1,2,3,4,5.")
    var reference: String

    @Option(help: "The ranking to compare with it, e.g. --ranking=1,3,2,4,5.")
    var ranking: String

    @Option(help: "Kendall's tau variant: \(KendallVariant.allCases.map(\.rawValue).joined(separator: " or ")).")
    var kendall: KendallVariant = .default

    @OptionGroup var output: OutputOptions

    func run() throws {
        let x = try ListParsing.numbers(reference, option: "reference")
        let y = try ListParsing.numbers(ranking, option: "ranking")
        let comparison: RankComparison
        do { comparison = try RankComparison(reference: x, ranking: y, kendallVariant: kendall) } catch let error as RankVectorError {
            // Both rankings are options: a wrong one is a usage error naming the option.
            throw InputError.option(name: Self.option(blamedBy: error), message: error.description)
        }
        try output.emit(table: { CorrelationReport.text(comparison, layout: output.layout) },
                        json: { CorrelationReport.json(comparison) })
    }

    /// The option a rank-vector error is about: the one it names, else `--ranking`.
    static func option(blamedBy error: RankVectorError) -> String {
        switch error {
        case .lengthMismatch(let name, _, _), .nonFinite(let name, _), .outOfRange(let name, _, _, _):
            return name == "reference" ? "reference" : "ranking"
        case .tooFewAlternatives, .noRankings:
            return "reference"
        }
    }
}

import ArgumentParser

/// The `mcda` command: multi-criteria decision analysis from files.
@main
struct MCDACommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mcda",
        abstract: "Multi-criteria decision analysis: AHP, TOPSIS and friends, with sensitivity analysis.",
        discussion: """
            Examples:
              mcda ahp Datasets/examples/saaty2008-drinks.csv
              mcda ahp judgments.csv --priority geometric-mean --random-index alonso-lamata --format json
              mcda rank cars.csv --method topsis --weights=0.4,0.3,0.3 --directions=-,+,+

            \(ExitStatus.help)
            """,
        version: "0.1.0",
        subcommands: [AnalyzeCommand.self, AHPCommand.self, RankCommand.self, CompareCommand.self, SMAACommand.self, SensitivityCommand.self, WeightsCommand.self, CorrelateCommand.self, BenchmarkCommand.self, ServeCommand.self]
    )

    /// ArgumentParser's `main`, with an option's bad value found while a command runs reported as a
    /// usage error (``ExitStatus/reported(_:)``).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            exit(withError: ExitStatus.reported(error))
        }
    }
}

import ArgumentParser

/// The `mcda` command: multi-criteria decision analysis from files.
@main
struct MCDACommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mcda",
        abstract: "Multi-criteria decision analysis: AHP, TOPSIS and friends, with sensitivity analysis.",
        discussion: """
            Examples:
              mcda ahp Datasets/examples/saaty-drinks.csv
              mcda ahp judgments.csv --priority geometric-mean --random-index alonso-lamata --format json
            """,
        version: "0.1.0",
        subcommands: [AHPCommand.self, WeightsCommand.self, CorrelateCommand.self]
    )
}

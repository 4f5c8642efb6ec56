import ArgumentParser
import MCDACore
import MCDAInput
import MCDAReport

/// `mcda ahp FILE`: priorities and consistency of one pairwise comparison matrix.
struct AHPCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ahp",
        abstract: "Priorities and consistency of a pairwise comparison matrix (CSV).",
        discussion: """
            FILE is a CSV whose header row is ',<element 1>,…' and whose row i is '<element i>,a_i1,…,a_in'. \
            a_ij says how many times more important element i is than element j (Saaty's scale 1/9 … 9); \
            entries are decimals or fractions such as 1/3. Leave a cell empty (or write ?) for a missing \
            judgment: a judgment on one side of the diagonal implies its reciprocal, and pairs missing on \
            both sides are completed (--completion).
            """
    )

    @Argument(help: "The pairwise comparison matrix (CSV).")
    var file: String

    @Option(help: "How priorities are derived: \(PriorityMethod.allCases.map(\.rawValue).joined(separator: ", ")).")
    var priority: PriorityMethod = .default

    @Option(name: .customLong("random-index"),
            help: "Random-index table for CR: \(RandomIndexTable.allCases.map(\.rawValue).joined(separator: ", ")).")
    var randomIndex: RandomIndexTable = .default

    @Option(help: "How missing judgments are completed: harker or llsm.")
    var completion: CompletionMethod = .default

    @OptionGroup var output: OutputOptions

    func run() throws {
        let matrix = try PairwiseCSV.readMatrix(path: file, completion: completion)
        let result = try AHP.analyze(matrix, method: priority, randomIndex: randomIndex)
        try output.emit(table: { AHPReport.text(result, title: "AHP: \(file)") },
                        json: { AHPReport.json(result) })
    }
}

import ArgumentParser
import MCDACore
import MCDAInput
import MCDAReport

/// `mcda sensitivity INPUT`: deterministic one-at-a-time weight sensitivity.
struct SensitivityCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "sensitivity",
        abstract: "How far each weight can move before the ranking changes: sweeps, critical weight changes, stability intervals.",
        discussion: """
            INPUT is a decision-matrix CSV or a dataset folder (one holding manifest.yaml). For a folder the \
            names, directions, normalisation and weights come from the dataset; --weights may then name another \
            weighting (ahp, given, equal, entropy, critic, …) or list numbers.

            One weight wⱼ moves from 0 to 1 while the others keep their proportions. For each criterion the \
            report gives the ranks of the top K along a grid of --steps steps, and the exact weights at which \
            one of the first K places changes hands; the critical weight changes of Triantaphyllou & Sánchez \
            (1997): per criterion the smallest absolute and relative change of its weight that gives another \
            alternative the first place, and that swaps each pair of the top K; and the interval of each \
            weight within which the winner stays first. For wsm and promethee-ii (scores linear in the \
            weights) every weight is a closed-form crossing; for other methods it is found by a scan in steps \
            of 0.001 refined by bisection to 1e-10, as the report says.

            JSON keys: method, settings, alternatives, criteria, weights (normalised), breakpointMethod \
            ({kind: exact} or {kind: bisection, scanStep, tolerance}), top, sweeps [{criterion, weight, \
            breakpoints [{weight, above, below, place}], grid {weights, alternatives, ranks}, contenders}] (above: \
            ahead for larger weights; below: ahead for smaller; place: the better place exchanged; ranks[a] \
            follows grid.alternatives[a] along grid.weights; contenders: alternatives that can reach the first \
            K + 1 places, the only ones swept), criticalChanges {winner [{criterion, weight, \
            criticalWeight, absoluteChange, relativeChange, lowerWeight, upperWeight, delta}], pairs [{higher, \
            lower, changes [same]}], mostCritical {absolute, relative}} (delta: Triantaphyllou & Sánchez's \
            change of the raw weight before renormalising; null: no change of this weight has the effect), \
            stabilityIntervals [{criterion, weight, lower, upper}], notes.

            Examples:
              mcda sensitivity Datasets/examples/fighter-aircraft.csv --method topsis --weights=0.2,0.1,0.1,0.1,0.2,0.3 --directions=+,+,+,-,+,+
              mcda sensitivity Datasets/literature/fighter-aircraft --method wsm --top-k 2 --format json
            """
    ) }

    @OptionGroup var input: MatrixOptions

    @Option(help: ArgumentHelp("Ranking method: \(MethodHelp.names(ActiveCatalogue.current)) (default topsis).", valueName: "method"))
    var method = MethodName(TOPSIS.self)

    @OptionGroup var parameters: MethodParameterOptions

    @Option(help: "Places followed: critical changes for every pair of the top K, order changes of the top K (default 3).")
    var topK: Int = 3

    @Option(help: "Grid steps of each sweep, 1 … 10000 (default 10: weights 0, 0.1, …, 1).")
    var steps: Int = 10

    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard topK >= 1 else { throw ValidationError("--top-k must be at least 1") }
        guard steps >= 1 && steps <= 10_000 else { throw ValidationError("--steps must be between 1 and 10000") }
        try parameters.check(for: method.type)
    }

    func run() throws {
        var overrides = ProblemOverrides()
        overrides.methods = [method.type]
        try parameters.apply(to: &overrides)
        let problem = try input.loadProblem(overrides)
        let (matrix, spec) = (problem.matrix, problem.methods[0])
        let names = problem.description.alternativeNames
        guard matrix.columnCount >= 2 else {
            throw InputError.invalid(file: input.file, message: "weight sensitivity needs at least 2 criteria, found \(matrix.columnCount)")
        }
        let scoring = try input.namingInput { try spec.scoring(for: matrix) }
        let analysis = try WeightSensitivityAnalysis(scoring, weights: problem.baseWeights.weights, topK: topK, points: steps + 1)
        let base = try spec.evaluate(matrix.resolvingTargets(), weights: analysis.weights)
        var notes = problem.notes.map(DataNoteWords.describe) + problem.baseWeights.notes.map(WeightingNoteWords.describe)
        // An exact tie for first place at the base weights: the winner is the first of the tied in
        // input order, and a change of 0 already gives the first place to another.
        let key = scoring.scores(weights: analysis.weights).map { scoring.order == .descending ? $0 : -$0 }
        let winner = analysis.topAlternatives[0]
        let tied = key.indices.filter { key[$0] == key[winner] }
        if tied.count > 1 {
            notes.append("\(tied.map { names[$0] }.joined(separator: ", ")) are tied for first place at these weights: "
                         + "\(names[winner]) is followed as the winner (the first in input order), and a change of 0 already hands the first place to another")
        }
        let subject = SensitivityReport.Subject(
            method: spec.name,
            settings: base.settings + [("weighting", problem.baseWeights.method), ("top k", "\(analysis.topK)"), ("steps", "\(steps)")],
            alternatives: names, criteria: problem.description.criterionNames, notes: notes)
        try output.emit(table: { SensitivityReport.text(analysis, subject: subject, layout: output.layout) },
                        json: { SensitivityReport.json(analysis, subject: subject) })
    }
}

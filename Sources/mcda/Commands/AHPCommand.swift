import ArgumentParser
import MCDACore
import MCDAInput
import MCDAReport

/// `mcda ahp FILE`: priorities and consistency of one pairwise comparison matrix, of a whole
/// hierarchy (YAML), or of a group of decision makers' matrices (`--group`).
struct AHPCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ahp",
        abstract: "Priorities and consistency of a pairwise comparison matrix (CSV), a hierarchy (YAML) or a group's matrices.",
        discussion: """
            FILE.csv is a CSV whose header row is ',<element 1>,…' and whose row i is '<element i>,a_i1,…,a_in'. \
            a_ij says how many times more important element i is than element j (Saaty's scale 1/9 … 9); \
            entries are decimals or fractions such as 1/3. Leave a cell empty (or write ?) for a missing \
            judgment: a judgment on one side of the diagonal implies its reciprocal, and pairs missing on \
            both sides are completed (--completion).

            FILE.yaml (or .yml) is a hierarchy: `goal`, `source`, `hierarchy` (a node: `name`, `elements`, \
            `matrix` as rows of strings such as "1/3", "?" or "" for a missing judgment, and `children` \
            mapping each element to its node, or null for a bare criterion; a node without children \
            compares the alternatives), optional `alternatives` (their order) and `published`. Example: \
            Datasets/literature/saaty-best-city/hierarchy.yaml. Its JSON: `alternatives`, `priorities`, \
            `ranks` (global, empty when the leaves are criteria), `criteria`, `criterionWeights` (global \
            leaf weights), `synthesis`, `priorityMethod`, `randomIndexTable`, `inconsistentNodes`, `goal`, \
            `source`, and `nodes`: one object per node, depth first, with `name`, `path`, `globalWeight`, \
            `elements`, `priorities` (local), `lambdaMax`, `consistencyIndex`, `randomIndex`, \
            `consistencyRatio`, `randomIndexTable`, `acceptable`, `judgmentsToRevise`, `diagnostics`.

            --group A.csv B.csv …: one matrix per decision maker (named after the file, without its \
            extension), all over the same elements in any order. --aggregation aij (default) takes the \
            weighted geometric mean of the judgments and analyses it; aip analyses each matrix and takes \
            the weighted geometric mean of the priorities. Its JSON: `elements`, `priorities`, `ranks`, \
            `aggregation`, `mean`, `decisionMakers` (per file: `name`, `weight`, `connected` and the \
            single-matrix keys below), `aggregate` (aij: the aggregated matrix's analysis; null for aip).

            A single CSV gives `elements`, `priorities`, `ranks`, `priorityMethod`, `lambdaMax`, \
            `consistencyIndex`, `randomIndex`, `randomIndexTable`, `consistencyRatio`, `acceptable`, \
            `geometricConsistencyIndex`, `judgmentsToRevise`, `diagnostics`.
            """
    )

    @Argument(help: "A pairwise comparison matrix (CSV), a hierarchy (YAML), or with --group one CSV per decision maker.")
    var files: [String]

    @Option(help: "How local priorities are derived: \(PriorityMethod.allCases.map(\.rawValue).joined(separator: ", ")).")
    var priority: PriorityMethod = .default

    @Option(name: .customLong("random-index"),
            help: "Random-index table for CR: \(RandomIndexTable.allCases.map(\.rawValue).joined(separator: ", ")).")
    var randomIndex: RandomIndexTable = .default

    @Option(help: "How missing judgments are completed: harker or llsm.")
    var completion: CompletionMethod = .default

    @Option(help: "Hierarchies: how global priorities are synthesised: distributive (default) or ideal.")
    var synthesis: SynthesisMode?

    @Flag(help: "Analyse the files as the matrices of several decision makers.")
    var group = false

    @Option(name: .customLong("dm-weights"), help: "With --group: the decision makers' weights, one per file, e.g. --dm-weights=2,1,1 (default equal).")
    var dmWeights: String?

    @Option(help: "With --group: aij (aggregate the judgments, default) or aip (aggregate the priorities).")
    var aggregation: GroupAggregationMethod?

    @OptionGroup var output: OutputOptions

    private static func isYAML(_ file: String) -> Bool {
        let lower = file.lowercased()
        return lower.hasSuffix(".yaml") || lower.hasSuffix(".yml")
    }

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("give a pairwise comparison matrix (CSV) or a hierarchy (YAML)") }
        if group {
            if let yaml = files.first(where: Self.isYAML) { throw ValidationError("--group takes CSV matrices, one per decision maker; '\(yaml)' is YAML") }
            if synthesis != nil { throw ValidationError("--synthesis applies to hierarchies (YAML), not to --group") }
        } else {
            guard files.count == 1 else { throw ValidationError("several files need --group (one matrix per decision maker)") }
            if dmWeights != nil || aggregation != nil { throw ValidationError("--dm-weights and --aggregation need --group") }
            if synthesis != nil && !Self.isYAML(files[0]) { throw ValidationError("--synthesis applies to hierarchies (YAML files)") }
        }
    }

    func run() throws {
        if group { return try runGroup() }
        let file = files[0]
        if Self.isYAML(file) {
            let document = try HierarchyYAML.read(path: file, completion: completion)
            let result: HierarchyResult
            do {
                result = try AHP.analyze(document.hierarchy, method: priority, randomIndex: randomIndex, synthesis: synthesis ?? .default)
            } catch let error as HierarchyError {
                throw InputError.invalid(file: file, message: error.description)
            }
            try output.emit(table: { HierarchyReport.text(result, title: "AHP hierarchy: \(file)", goal: document.goal, layout: output.layout) },
                            json: { HierarchyReport.json(result, goal: document.goal, source: document.source) })
            return
        }
        let matrix = try PairwiseCSV.readMatrix(path: file, completion: completion)
        let result: AHPResult
        do { result = try AHP.analyze(matrix, method: priority, randomIndex: randomIndex) } catch let error as AHPError {
            throw InputError.invalid(file: file, message: error.description)  // judgments beyond double precision
        }
        try output.emit(table: { AHPReport.text(result, title: "AHP: \(file)", layout: output.layout) },
                        json: { AHPReport.json(result) })
    }

    private func runGroup() throws {
        let members = try files.map { file in
            let base = file.split(separator: "/").last.map(String.init) ?? file
            let name = base.lowercased().hasSuffix(".csv") ? String(base.dropLast(4)) : base
            return DecisionMakerJudgments(name: name, comparisons: try PairwiseCSV.read(path: file))
        }
        let weights = try dmWeights.map { try ListParsing.numbers($0, option: "dm-weights") }
        let result: GroupAHPResult
        do {
            result = try GroupAHP.analyze(members, weights: weights, aggregation: aggregation ?? .default,
                                          method: priority, randomIndex: randomIndex, completion: completion)
        } catch let error as GroupAHPError {
            throw Self.located(error, files: files, members: members.map(\.name))
        }
        try output.emit(table: { GroupAHPReport.text(result, title: "Group AHP: \(files.joined(separator: ", "))", layout: output.layout) },
                        json: { GroupAHPReport.json(result) })
    }

    /// A group error under the name of the file it is about: the decision maker's file, `--dm-weights`
    /// for the weights, else every file of the group.
    static func located(_ error: GroupAHPError, files: [String], members: [String]) -> InputError {
        let member: String?
        switch error {
        case .noDecisionMakers, .aggregateFailed: member = nil
        case .weightCount, .invalidWeight: return .option(name: "dm-weights", message: error.description)
        case .duplicateDecisionMaker(let name): member = name
        case .missingElement(let name, _), .unexpectedElement(let name, _), .decisionMakerFailed(let name, _): member = name
        }
        let file = member.flatMap { members.firstIndex(of: $0) }.map { files[$0] } ?? files.joined(separator: ", ")
        return .invalid(file: file, message: error.description)
    }
}

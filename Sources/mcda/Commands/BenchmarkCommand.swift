import ArgumentParser
import MCDACore
import MCDAInput
import MCDAReport

/// `mcda benchmark`: how far ranking methods agree over many random problems of each size.
struct BenchmarkCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "benchmark",
            abstract: "Simulate many random decision problems and measure how far ranking methods agree.",
            discussion: """
                For every cell (m alternatives, n criteria) of --alternatives × --criteria, draws --problems \
                problems (values iid uniform on [1, 10], weights uniform on the simplex, each criterion a cost \
                with probability --cost-share), ranks each with every method (ties get average ranks) and \
                summarises, for every pair of methods, the Spearman r_s, the weighted Spearman r_w and the WS \
                coefficient (the first method's ranking as reference) — mean, sd, quartiles — and the share of \
                problems with the same winner (Sałabun, Wątróbski & Shekhovtsov 2020, doi:10.3390/sym12091549). \
                A method that fails on a problem is counted under failures and left out of its pairs. Results \
                are reproducible bit for bit for a --seed, whatever --threads (except seconds).

                --normalizations=vector,minmax,… with one method compares its normalisations instead; \
                --from DIR perturbs a dataset's values by ±--spread instead of drawing problems. Formats: \
                table and markdown (per cell the matrix of mean r_w and same-winner shares), json, csv (one row \
                per cell and pair) and html (heat maps and box plots per cell).

                Examples:
                  mcda benchmark --alternatives=5,10,50 --criteria=3,5,8 --problems 1000 --methods=topsis,vikor,wsm,promethee-ii --seed 1
                  mcda benchmark --methods=topsis --normalizations=vector,minmax,max,sum --format csv -o topsis.csv
                  mcda benchmark --from Datasets/rafsanjan-sister-cities --spread 0.1 --methods=topsis,vikor
                """
        )
    }

    @Option(help: ArgumentHelp("Numbers of alternatives, comma-separated, each ≥ 2 (default 5,10,50).", valueName: "m,…"))
    var alternatives: String?

    @Option(help: ArgumentHelp("Numbers of criteria, comma-separated, each ≥ 1 (default 3,5,8).", valueName: "n,…"))
    var criteria: String?

    @Option(help: "Problems per cell (default 1000).")
    var problems: Int = 1000

    @Option(help: ArgumentHelp("Methods, comma-separated, at least two (default topsis,vikor,wsm,promethee-ii); one with --normalizations.", valueName: "methods"))
    var methods: MethodList?

    @Option(help: ArgumentHelp("Compare one method under these normalisations instead (vector, minmax, max, linear, sum, none).", valueName: "names"))
    var normalizations: String?

    @Option(help: "Share of cost criteria: each criterion is a cost with this probability, 0…1 (default 0.5).")
    var costShare: Double?

    @Option(help: ArgumentHelp("Perturb this dataset folder instead of drawing random problems.", valueName: "dir"))
    var from: String?

    @Option(help: "With --from: every value varies uniformly by up to ± this fraction of itself, 0 ≤ X < 1 (default 0.1).")
    var spread: Double?

    @Option(help: "Seed of the random streams (default 1).")
    var seed: UInt64 = 1

    @Option(help: "Worker threads (default 2; results do not depend on it).")
    var threads: Int = 2

    @OptionGroup var parameters: MethodParameterOptions

    @OptionGroup var output: OutputOptions

    static let defaultMethods = ["topsis", "vikor", "wsm", "promethee-ii"]

    func validate() throws {
        guard problems >= 1 else { throw ValidationError("--problems must be at least 1") }
        guard problems <= 100_000_000 else { throw ValidationError("--problems must be at most 100000000") }
        guard threads >= 1 && threads <= 256 else { throw ValidationError("--threads must be between 1 and 256") }
        if let costShare, !(costShare >= 0 && costShare <= 1) {
            throw ValidationError("--cost-share must be between 0 and 1 (the probability that a criterion is a cost)")
        }
        if let spread, !(spread >= 0 && spread < 1) {
            throw ValidationError("--spread must be at least 0 and below 1 (values vary by ± this fraction of themselves)")
        }
        if from != nil {
            if alternatives != nil || criteria != nil { throw ValidationError("--from takes the dataset's alternatives and criteria; leave out --alternatives and --criteria") }
            if costShare != nil { throw ValidationError("--from keeps the dataset's directions; leave out --cost-share") }
        } else if spread != nil {
            throw ValidationError("--spread perturbs a dataset; give --from DIR")
        }
        _ = try grid()
        let types = try methodTypes()
        if let normalizations {
            guard types.count == 1 else { throw ValidationError("--normalizations compares one method; give exactly one in --methods") }
            guard parameters.normalization == nil else { throw ValidationError("give --normalizations or --normalization, not both") }
            _ = try Self.normalizationList(normalizations)
            guard types[0].parameters.contains(where: { $0.name == "normalization" }) else {
                let takers = ActiveCatalogue.current.methods(taking: "normalization").joined(separator: ", ")
                throw ValidationError("\(types[0].name) takes no normalisation; --normalizations applies to \(takers)")
            }
            try parameters.check(for: types[0])
        } else {
            guard types.count >= 2 else { throw ValidationError("--methods needs at least two methods (or one with --normalizations)") }
            try checkParametersTaken(by: types)
        }
    }

    func run() throws {
        let types = try methodTypes()
        let given = try parameters.parameters()
        let subject: BenchmarkDesign.Subject = normalizations == nil ? .methods : .normalizations(method: types[0].name)
        let design: BenchmarkDesign
        var context = BenchmarkReport.Context(options: given.names.map { ($0, given[$0]!.description) })
        if let from {
            guard MatrixOptions.isFolder(from) else { throw ValidationError("--from takes a dataset folder (with \(Dataset.manifestName)), got \(from)") }
            var overrides = ProblemOverrides()
            overrides.methods = types
            try parameters.apply(to: &overrides)
            let problem = try Dataset.load(folder: from, catalogue: ActiveCatalogue.current).problem(overrides)
            problem.printNotes()
            let contenders = try normalizations.map { try BenchmarkMethod.normalizations(Self.normalizationList($0), of: types[0], parameters: given) }
                ?? problem.methods.map { BenchmarkMethod($0) }
            context.dataset = from
            design = try BenchmarkDesign(perturbing: problem.matrix, weights: problem.baseWeights.weights, spread: spread ?? 0.1,
                                         problems: problems, methods: contenders, subject: subject, seed: seed, threads: threads)
        } else {
            let (ms, ns) = try grid()
            let contenders = try normalizations.map { try BenchmarkMethod.normalizations(Self.normalizationList($0), of: types[0], parameters: given) }
                ?? randomContenders(types, parameters: given, criteria: ns)
            design = try BenchmarkDesign(alternatives: ms, criteria: ns, problems: problems, methods: contenders,
                                         costShare: costShare ?? 0.5, subject: subject, seed: seed, threads: threads)
        }
        let progress = Progress.bar(label: "benchmark")
        let result = try Benchmark.run(design, progress: progress)
        Progress.finish()
        try output.emit(table: { BenchmarkReport.text(result, context: context, layout: output.layout) },
                        json: { BenchmarkReport.json(result, context: context) },
                        markdown: { BenchmarkReport.markdown(result, context: context) },
                        html: { BenchmarkReport.html(result, context: context) },
                        csv: { BenchmarkReport.csv(result) })
    }

    /// The methods given, or the default four.
    func methodTypes() throws -> [any CatalogueMethod.Type] {
        if let methods { return methods.types }
        return try Self.defaultMethods.map { try ActiveCatalogue.current.method(named: $0) }
    }

    /// The grid's numbers of alternatives and criteria.
    func grid() throws -> (alternatives: [Int], criteria: [Int]) {
        (try Self.counts(alternatives ?? "5,10,50", option: "alternatives", least: 2),
         try Self.counts(criteria ?? "3,5,8", option: "criteria", least: 1))
    }

    /// Comma-separated whole numbers of at least `least`, each once.
    static func counts(_ text: String, option: String, least: Int) throws -> [Int] {
        var values: [Int] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            let s = part.filter { $0 != " " }
            guard let k = Int(s), k >= least, k <= 1_000_000 else {
                throw ValidationError("--\(option) must be whole numbers from \(least) to 1000000, comma-separated; got '\(s)'")
            }
            guard !values.contains(k) else { throw ValidationError("--\(option) lists \(k) twice") }
            values.append(k)
        }
        return values
    }

    /// `--normalizations`, parsed: at least two different names.
    static func normalizationList(_ text: String) throws -> [Normalization] {
        var list: [Normalization] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            let s = part.filter { $0 != " " }
            guard let n = Normalization(rawValue: s) else {
                throw ValidationError("--normalizations: unknown normalisation '\(s)'; choose from \(Normalization.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            guard !list.contains(n) else { throw ValidationError("--normalizations lists \(s) twice") }
            list.append(n)
        }
        guard list.count >= 2 else { throw ValidationError("--normalizations needs at least two normalisations") }
        return list
    }

    /// A usage error for a method option that none of `types` takes (it would be ignored in silence).
    func checkParametersTaken(by types: [any CatalogueMethod.Type]) throws {
        var names = try parameters.parameters().names
        if try parameters.preferenceOverride() != nil { names.append(MethodParameter.preferenceFunctions.name) }
        for name in names where !types.contains(where: { $0.parameters.contains { $0.name == name } }) {
            let option = name == MethodParameter.preferenceFunctions.name ? "--preference, --q, --p and --s" : "--\(name)"
            let takers = ActiveCatalogue.current.methods(taking: name)
            throw ValidationError("\(option) applies to \(NumberFormat.list(takers)), none of which is in --methods")
        }
    }

    /// The methods for random problems, each configured for a cell's number of criteria (the
    /// preference functions and per-criterion lists need it); checked here for every n of the grid.
    func randomContenders(_ types: [any CatalogueMethod.Type], parameters given: MethodParameters,
                          criteria ns: [Int]) throws -> [BenchmarkMethod] {
        let preference = try parameters.preferenceOverride()
        for name in given.names {
            let count: Int? = switch given[name] { case .numbers(let x)?: x.count; case .ranges(let r)?: r.count; default: nil }
            if let count, let n = ns.first(where: { $0 != count }) {
                throw ValidationError("--\(name) has \(count) values, one per criterion, but the grid has problems of \(n) criteria")
            }
        }
        let contenders = types.map { type in
            BenchmarkMethod(label: type.name) { n in
                var p = given
                if let preference {
                    let criteria = (1...n).map { Criterion(id: "C\($0)", direction: .benefit) }
                    p[MethodParameter.preferenceFunctions.name] = .preferenceFunctions(try preference.functions(for: criteria))
                }
                return MethodSpecification(any: try type.init(parameters: p.restricted(to: type.parameters)))
            }
        }
        for n in ns {
            for c in contenders {
                do { _ = try c.specification(criteria: n) } catch {
                    throw ValidationError("\(c.label) with \(n) criteria: \(error)")
                }
            }
        }
        return contenders
    }
}

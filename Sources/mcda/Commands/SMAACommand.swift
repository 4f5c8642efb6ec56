import ArgumentParser
import MCDACore
import MCDAInput
import MCDAReport

/// `mcda smaa FILE`: stochastic multicriteria acceptability analysis (SMAA-2).
struct SMAACommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "smaa",
        abstract: "SMAA-2: how often each alternative takes each rank when the weights (and data) are uncertain.",
        discussion: """
            Without a preference option the weights are uniform on the simplex (no preference information). \
            --order gives a ranking of criteria (most important first); --spread samples every weight within \
            ±δ of --weights; --concentration samples a Dirichlet around --weights. --uncertainty perturbs the \
            data by ± a fraction per criterion. Results are reproducible bit for bit for a --seed, whatever \
            --threads. Progress is shown on standard error when it is a terminal.

            Examples:
              mcda smaa cars.csv --method wsm --normalization max --directions=-,+,+ --samples 100000 --seed 1
              mcda smaa cars.csv --method topsis --weights=0.5,0.3,0.2 --spread 0.3 --uncertainty=0.1,0,0.05

            Methods: \(MethodHelp.names(ActiveCatalogue.current)) (see mcda help rank for their parameters).
            """
    ) }

    @OptionGroup var input: MatrixOptions

    @Option(help: ArgumentHelp("Ranking method (default wsm).", valueName: "method"))
    var method = MethodName(WeightedSum.self)

    @OptionGroup var parameters: MethodParameterOptions

    @Option(help: "Monte-Carlo samples (default 10000).")
    var samples: Int = 10_000

    @Option(help: "Seed of the random streams (default 1).")
    var seed: UInt64 = 1

    @Option(help: "Worker threads (default 2; results do not depend on it).")
    var threads: Int = 2

    @Option(help: "Criteria from most to least important, by name: --order=copper,pistachio,…. Criteria left out weigh less than the last one named, in no order among themselves.")
    var order: String?

    @Option(help: "Sample each weight within ± this fraction of --weights (hit-and-run).")
    var spread: Double?

    @Option(help: ArgumentHelp("Hit-and-run steps per sample (default ⌈ln(d+1)·d³/4⌉ for d + 1 free weights). Smaller is faster but leaves samples more correlated; a run estimated above two minutes stops at once with the numbers.", valueName: "K"))
    var thinning: Int?

    @Option(help: "Sample weights from a Dirichlet around --weights with this concentration.")
    var concentration: Double?

    @Option(help: ArgumentHelp("Per-value distributions: a CSV shaped like the matrix whose cells are \"beta(a, b)\", \"normal(mean, sd)\", \"lognormal(mu, sigma)\", \"uniform(lo, hi)\" or empty (exact).", valueName: "file"))
    var distributions: String?

    @Option(help: "Count only ranks 1 … K (default: all; needed when alternatives × K exceeds 100,000,000).")
    var ranks: Int?

    @Option(help: "Data uncertainty: ± fraction per criterion (one for all, or one each): --uncertainty=0.1,0.05,….")
    var uncertainty: String?

    @OptionGroup var output: OutputOptions

    func validate() throws {
        let models = [order != nil, spread != nil, concentration != nil].filter { $0 }.count
        guard models <= 1 else { throw ValidationError("choose one of --order, --spread and --concentration") }
        guard uncertainty == nil || distributions == nil else { throw ValidationError("choose one of --uncertainty and --distributions") }
        guard samples >= 1 else { throw ValidationError("--samples must be at least 1") }
        try parameters.check(for: method.type)
        guard threads >= 1 && threads <= 256 else { throw ValidationError("--threads must be between 1 and 256") }
        if let thinning, !(1...HitAndRunSettings.maximumThinning).contains(thinning) {
            throw ValidationError("--thinning must be between 1 and \(HitAndRunSettings.maximumThinning) (hit-and-run steps per sample)")
        }
        if (spread != nil || concentration != nil) && input.weights == nil {
            throw ValidationError("--spread and --concentration sample around --weights; give --weights=…")
        }
    }

    func run() throws {
        var overrides = ProblemOverrides()
        overrides.methods = [method.type]
        try parameters.apply(to: &overrides)
        let problem = try input.loadProblem(overrides)  // a CSV, or a dataset folder with its weighting and method options
        problem.printNotes()
        let (matrix, weights, spec) = (problem.matrix, problem.baseWeights.weights, problem.methods[0])
        let n = matrix.columnCount
        let sampler: WeightSampler
        let hitAndRun = HitAndRunSettings(thinning: thinning)
        if let order {
            let ids = order.split(separator: ",").map { String($0) }
            var seen = Set<String>()
            sampler = try .ranked(ids.map { id in
                guard let j = matrix.criteria.firstIndex(where: { $0.id == id }) else {
                    throw ValidationError("--order names '\(id)', which is not a criterion (\(matrix.criteria.map(\.id).joined(separator: ", ")))")
                }
                guard seen.insert(id).inserted else { throw ValidationError("--order names '\(id)' twice") }
                return j
            }, criteria: n, hitAndRun: hitAndRun)
        } else if let spread {
            sampler = try .around(weights, relativeSpread: spread, hitAndRun: hitAndRun)
        } else if let concentration {
            sampler = try .dirichlet(around: weights, concentration: concentration)
        } else {
            sampler = try .uniform(criteria: n)
        }
        if thinning != nil && sampler.work(samples: samples) == nil {  // it was silently ignored (found by fuzzing)
            throw InputError.option(name: "thinning", message: "applies only to hit-and-run sampling (--spread, or --order over more than 16 criteria); these weights (\(sampler.summary)) are drawn exactly")
        }
        let m = matrix.rowCount
        if let ranks, !(1...m).contains(ranks) {
            throw ValidationError("--ranks must be between 1 and \(m) (the number of alternatives)")
        }
        if m.multipliedReportingOverflow(by: ranks ?? m).partialValue > SMAAOptions.maximumCounters {
            throw ValidationError("""
                counting \(ranks.map { "\($0)" } ?? "all \(m)") ranks of \(m) alternatives needs more than \
                \(SMAAOptions.maximumCounters) counters per thread; add --ranks K with K ≤ \(SMAAOptions.maximumCounters / m)
                """)
        }
        let options = SMAAOptions(samples: samples, seed: seed, threads: threads, rankLimit: ranks)
        let progress = Progress.bar(label: "SMAA")
        let result: SMAAResult
        var dataUncertainty: DataUncertainty?
        if let uncertainty {
            let p = try ListParsing.numbers(uncertainty, option: "uncertainty")
            guard p.count == 1 || p.count == n else { throw ValidationError("--uncertainty needs one fraction, or one per criterion (\(n))") }
            dataUncertainty = .relative(p.count == 1 ? Array(repeating: p[0], count: n) : p)
        } else if let distributions {
            dataUncertainty = try DistributionTableCSV.read(path: distributions, for: matrix)
        }
        if let dataUncertainty {
            result = try input.namingInput {
                try SMAA.analyze(matrix, uncertainty: dataUncertainty, scoring: spec.factory, weights: sampler, options: options, progress: progress)
            }
        } else {
            let scoring = try input.namingInput { try spec.scoring(for: matrix) }
            result = try SMAA.analyze(scoring, weights: sampler, options: options, progress: progress)
        }
        Progress.finish()
        try output.emit(table: { SMAAReport.text(result, method: spec.name, matrix: matrix, layout: output.layout) },
                        json: { SMAAReport.json(result, method: spec.name, matrix: matrix) },
                        html: { SMAAReport.html(result, method: spec.name, matrix: matrix) })
    }
}

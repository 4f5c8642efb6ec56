/// How much doubt an analysis throws at the weights when it looks for robust picks.
///
/// - ``judgments(_:)``: for AHP weights, every pairwise judgment between criteria is perturbed
///   (default: one step on Saaty's scale with probability ½) and the weights recomputed with the
///   LAPACK eigen-solver for every scenario: doubt where the analyst expressed it.
/// - ``spread(_:)``: weights uniform within ±δ (relative) of the derived weights (hit-and-run on the
///   constrained simplex).
/// - ``uniform``: no preference information at all: weights uniform on the simplex.
/// - ``automatic``: judgments for AHP weights, ±50 % spread otherwise. The default.
public enum WeightDoubt: Sendable, Equatable {
    case automatic
    case judgments(JudgmentPerturbation.Noise)
    case spread(Double)
    case uniform

    /// One Saaty-scale step with probability ½ on every judgment.
    public static let defaultJudgmentNoise = JudgmentPerturbation.Noise.saatySteps(maxSteps: 1, probability: 0.5)
    /// ±50 % around every weight.
    public static let defaultSpread = 0.5
}

/// Options of a full analysis. Every default is documented and every result names what it used.
public struct DecisionAnalysisOptions: Sendable {
    /// The methods run at the base weights (all of them count in the robust-pick verdict).
    public var methods: [MethodChoice] = MethodChoice.defaultSet
    /// Their options.
    public var methodOptions = MethodOptions()
    /// The method that SMAA and the critical weight changes use (default TOPSIS).
    public var primary: MethodChoice = .topsis
    /// SMAA scenarios (default 10,000).
    public var samples = 10_000
    /// Seed of every random stream; results are bit-for-bit reproducible for a seed, whatever `threads`.
    public var seed: UInt64 = 2026
    /// Worker threads for the simulations (default 2).
    public var threads = 2
    /// The doubt thrown at the weights (default ``WeightDoubt/automatic``).
    public var doubt: WeightDoubt = .automatic
    /// Hit-and-run steps per sample under spread doubt, ≥ 1 (nil: the default ⌈ln(d + 1)·d³/4⌉,
    /// see ``HitAndRunSettings``). A simulation that would exceed ``HitAndRunWork/budgetSeconds``
    /// throws ``SensitivityError/hitAndRunTooLong(_:)`` before it starts.
    public var thinning: Int?
    /// Uncertainty of the performance values, sampled together with the weights (default exact).
    public var uncertainty: DataUncertainty = .exact
    /// Grid points of the one-at-a-time weight sweeps (default 21: steps of 0.05).
    public var sweepPoints = 21
    /// The verdict thresholds.
    public var thresholds = RobustPickThresholds()
    /// Called with the fraction done, for progress bars.
    public var progress: (@Sendable (Double) -> Void)?

    public init() {}
}

/// A full decision analysis of one matrix: weights (with the AHP consistency report when judgments
/// are used), every method at those weights, their comparison, SMAA-2 under reasonable doubt and
/// without any preference information, critical weight changes, weight stability intervals and
/// the robust picks.
public struct DecisionAnalysis: Sendable {
    public let matrix: DecisionMatrix
    public let weights: DerivedWeights
    public let comparison: MethodComparison
    public let options: DecisionAnalysisOptions
    /// SMAA-2 of the primary method under the chosen doubt.
    public let smaa: SMAAResult
    /// What the doubt was, in words.
    public let doubtModel: String
    /// SMAA-2 of the primary method with weights uniform on the simplex (no preference information).
    public let smaaUniform: SMAAResult
    /// For AHP weights under judgment doubt: the distribution of the criteria weights over the
    /// scenarios of ``smaa`` (the very weights it ranked with).
    public let weightDistribution: WeightDistribution?
    /// Critical weight changes of the primary method (winner and top-k pairs).
    public let critical: CriticalWeightChanges
    /// Per criterion, the interval of its weight in which the winner does not change.
    public let stability: [WeightStabilityInterval]
    /// Per criterion, the one-at-a-time sweep of its weight from 0 to 1 (others rescaled in proportion).
    public let sweeps: [WeightSweep]
    /// Per swept criterion, who wins as its weight goes from 0 to 1.
    public let winnerPaths: [[WinnerSegment]]
    /// The verdicts.
    public let picks: RobustPicks

    /// Runs the analysis.
    /// - Throws: weighting errors (AHP, invalid weights), method errors of the primary method,
    ///   invalid options.
    public init(matrix: DecisionMatrix, weighting: CriteriaWeighting, options: DecisionAnalysisOptions = DecisionAnalysisOptions()) throws {
        let derived = try weighting.derive(for: matrix)
        let w = derived.weights
        var methods = options.methods
        if !methods.contains(options.primary) { methods.insert(options.primary, at: 0) }
        if matrix.rowCount < 2 { methods = [options.primary] }
        let comparison = try MethodComparison(matrix: matrix, weights: w, methods: methods, options: options.methodOptions)
        let scoring = try Self.scoring(options.primary, matrix: matrix, options: options.methodOptions)

        var smaaOptions = SMAAOptions(samples: options.samples, seed: options.seed, threads: options.threads)
        // Every rank is counted up to 500 alternatives; beyond, the first 20 (memory m·K, not m²),
        // and the mean rank becomes a lower bound (see RobustnessEvidence.expectedRank).
        smaaOptions.rankLimit = matrix.rowCount <= Self.allRanksLimit ? nil : min(matrix.rowCount, 20)
        var distribution: WeightDistribution?
        let smaa: SMAAResult
        let doubtModel: String
        let method = options.primary, methodOptions = options.methodOptions
        let factory: ScoringFactory = { try Self.scoring(method, matrix: $0, options: methodOptions) }
        let plan: ScoringPlan = options.uncertainty.isExact ? .fixed(scoring)
            : .perturbed(matrix: matrix, uncertainty: options.uncertainty, factory: factory, base: scoring)
        try options.uncertainty.validate(for: matrix)
        let dataModel: String
        switch options.uncertainty {
        case .exact: dataModel = ""
        case .relative(let p):
            let listed = p.indices.filter { p[$0] > 0 }.map { "\(matrix.criteria[$0].name) ±\(Int((100 * p[$0]).rounded()))%" }
            dataModel = "; the values vary too (" + listed.joined(separator: ", ") + ", uniformly)"
        case .intervals: dataModel = "; the values vary within their intervals"
        case .distributions(let d): dataModel = "; the values are drawn from their distributions (" + DataUncertainty.census(d) + ")"
        }
        // A thinning under a doubt model that draws its weights exactly would be ignored in silence.
        func refuseThinning() throws {
            if let thinning = options.thinning {
                throw MCDAError.invalidParameter(name: "thinning", value: "\(thinning)",
                                                 expected: "the spread doubt (hit-and-run); this doubt model draws its weights exactly")
            }
        }
        switch (options.doubt, weighting, derived.ahp) {
        case (.automatic, .ahp, let ahp?), (.judgments, .ahp, let ahp?):
            try refuseThinning()
            var noise = WeightDoubt.defaultJudgmentNoise
            if case .judgments(let n) = options.doubt { noise = n }
            let perturbation = try JudgmentPerturbation(matrix: ahp.matrix, noise: noise)
            // One pass: the SMAA scenarios' own weights give the distribution (one eigen-solve per scenario).
            let run = try SMAA.simulateRecordingWeights(weights: perturbation, plan: plan, options: smaaOptions,
                                                        weightModel: perturbation.summary, criteria: ahp.matrix.elements,
                                                        progress: options.progress)
            smaa = run.result
            distribution = run.weights
            doubtModel = "every criteria judgment is perturbed (\(perturbation.summary)) and the weights recomputed by the eigenvector method" + dataModel
        case (.judgments, _, _):
            throw MCDAError.invalidParameter(name: "doubt", value: "judgments", expected: "AHP weights (judgment doubt needs pairwise judgments)")
        case (.uniform, _, _):
            try refuseThinning()
            smaa = try SMAA.simulate(weights: WeightSampler.uniform(criteria: w.count), plan: plan, options: smaaOptions, progress: options.progress)
            doubtModel = "the weights are uniform on the simplex (no preference information)" + dataModel
        case (.spread, _, _), (.automatic, _, _):
            var d = WeightDoubt.defaultSpread
            if case .spread(let x) = options.doubt { d = x }
            smaa = try SMAA.simulate(weights: WeightSampler.around(w, relativeSpread: d, hitAndRun: .init(thinning: options.thinning)),
                                     plan: plan, options: smaaOptions, progress: options.progress)
            let steps = options.thinning.map { ", \($0) steps per sample" } ?? ""
            doubtModel = "every weight varies within ±\(Int((100 * d).rounded()))% of its value (hit-and-run on the simplex\(steps))" + dataModel
        }
        let uniform = try SMAA.analyze(scoring, weights: .uniform(criteria: w.count), options: smaaOptions)
        let k = min(options.thresholds.topK, matrix.rowCount)
        let critical = try WeightSensitivity.criticalChanges(scoring, weights: w, topK: k)
        let stability = critical.winnerStabilityIntervals
        // Exact sweeps compare every pair of alternatives (O(m²)); they are run up to sweepLimit alternatives.
        let sweeps = matrix.rowCount > Self.sweepLimit ? [] : try (0..<w.count).map {
            try WeightSensitivity.sweep(scoring, weights: w, criterion: $0, points: max(2, options.sweepPoints))
        }

        let primaryRanks = comparison.outcomes.first { $0.method == options.primary }?.ranks ?? []
        let winner = primaryRanks.firstIndex(of: 1)
        let closest = critical.winnerChanges.filter { $0.absoluteChange != nil }.min { $0.absoluteChange! < $1.absoluteChange! }
        let evidence = (0..<matrix.rowCount).map { i -> RobustnessEvidence in
            let b = (0..<smaa.rankLimit).map { smaa.acceptability(of: i, rank: $0 + 1) }
            // With all ranks counted this is the mean rank; otherwise ranks beyond K count as K + 1.
            let counted = b.reduce(0, +)
            let mean = b.enumerated().reduce(0) { $0 + Double($1.offset + 1) * $1.element } + Double(b.count + 1) * max(0, 1 - counted)
            return RobustnessEvidence(baseRanks: comparison.outcomes.map { $0.ranks[i] }, firstShare: b[0],
                                      secondShare: b.count > 1 ? b[1] : 0, topKShare: b.prefix(k).reduce(0, +), expectedRank: mean,
                                      criticalChange: i == winner ? closest.map { ($0.absoluteChange!, matrix.criteria[$0.criterion].name) } : nil)
        }
        var thresholds = options.thresholds
        thresholds.topK = k
        self.matrix = matrix
        self.weights = derived
        self.comparison = comparison
        self.options = options
        self.smaa = smaa
        self.doubtModel = doubtModel
        self.smaaUniform = uniform
        self.weightDistribution = distribution
        self.critical = critical
        self.stability = stability
        self.sweeps = sweeps
        self.winnerPaths = try sweeps.map { try $0.winnerPath(scoring) }
        self.picks = RobustPicks(names: matrix.alternatives, evidence: evidence, scenarioCount: options.samples, thresholds: thresholds)
    }

    /// Up to this many alternatives SMAA counts every rank.
    public static let allRanksLimit = 500
    /// Up to this many alternatives the one-at-a-time sweeps are computed (their breakpoints are O(m²)).
    public static let sweepLimit = 300

    /// The scoring kernel of `method` for simulations: dedicated kernels for TOPSIS (Euclidean), WSM
    /// and PROMETHEE II (linear in the weights), the method itself through a closure otherwise.
    /// Target criteria are resolved first.
    public static func scoring(_ method: MethodChoice, matrix: DecisionMatrix, options: MethodOptions) throws -> any WeightedScoring {
        let resolved = try matrix.resolvingTargets()
        switch method {
        case .topsis where options.distance == .euclidean:
            return TOPSISScoring(normalized: try (options.normalization ?? .vector).apply(to: resolved))
        case .wsm:
            return WeightedSumScoring(normalized: try (options.normalization ?? .linear).apply(to: resolved))
        case .prometheeII:
            return try PROMETHEEScoring(matrix: resolved, method: PROMETHEE(preferenceFunctions: options.preferenceFunctions))
        default:
            let order: Ranking.Order = method == .vikor ? .ascending : .descending
            _ = try options.evaluate(method, resolved, weights: Weights.equal(matrix.columnCount))
            return ClosureScoring(alternatives: matrix.rowCount, criteria: matrix.columnCount, order: order) { w in
                (try? options.evaluate(method, resolved, weights: w).rankingScores) ?? []
            }
        }
    }
}

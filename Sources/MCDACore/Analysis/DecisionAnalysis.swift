/// A full decision analysis of one matrix, in stages that each return a value:
///
/// 1. weights: ``DerivedWeights`` (with the AHP consistency report when judgments are used);
/// 2. method runs: ``MethodComparison`` of every method at those weights;
/// 3. scenarios: ``ScenarioAnalysis``, SMAA-2 of the primary method under reasonable doubt and
///    without any preference information;
/// 4. critical changes: ``WeightStability``, critical weight changes, stability intervals, sweeps;
/// 5. verdicts: ``RobustPicks`` from the evidence of stages 2–4.
///
/// A caller that changes one input can rerun the stages after it with their own initialisers and
/// ``init(matrix:weights:comparison:scenarios:stability:options:)``.
///
/// Example:
/// ```swift
/// let analysis = try DecisionAnalysis(matrix: matrix, weighting: .ahp(judgments))
/// analysis.picks.picks        // indices of the robust picks, best first
/// analysis.doubt.weights      // .judgments(.saatySteps(maxSteps: 1, probability: 0.5))
/// ```
public struct DecisionAnalysis: Sendable {
    public let matrix: DecisionMatrix
    public let weights: DerivedWeights
    public let comparison: MethodComparison
    public let options: DecisionAnalysisOptions
    /// The scenarios stage.
    public let scenarios: ScenarioAnalysis
    /// The critical-changes stage.
    public let stabilityAnalysis: WeightStability
    /// The verdicts.
    public let picks: RobustPicks

    /// Runs every stage.
    /// - Throws: weighting errors (AHP, invalid weights), method errors of the primary method,
    ///   invalid options, ``SensitivityError``.
    public init(matrix: DecisionMatrix, weighting: CriteriaWeighting, options: DecisionAnalysisOptions = DecisionAnalysisOptions()) throws {
        try self.init(matrix: matrix, weighting: weighting, derived: try weighting.derive(for: matrix), options: options)
    }

    /// Runs stages 2–5 of `problem`, whose weights are already derived; the methods, samples, seed,
    /// thinning and data uncertainty of `options` are replaced by the problem's.
    public init(problem: DecisionProblem, options: DecisionAnalysisOptions = DecisionAnalysisOptions()) throws {
        var options = options
        options.methods = problem.methods
        options.samples = problem.simulation.samples
        options.seed = problem.simulation.seed
        options.thinning = problem.simulation.thinning
        options.uncertainty = problem.uncertainty
        // Numbers given as weights are normalised for the analysis (its samplers work on the simplex).
        var derived = problem.baseWeights
        if case .asGiven = problem.weights { derived = try problem.weighting.derive(for: problem.matrix) }
        try self.init(matrix: problem.matrix, weighting: problem.weighting, derived: derived, options: options)
    }

    private init(matrix: DecisionMatrix, weighting: CriteriaWeighting, derived: DerivedWeights, options: DecisionAnalysisOptions) throws {
        let comparison = try MethodComparison(matrix: matrix, weights: derived.weights,
                                              methods: options.methodsRun(alternatives: matrix.rowCount))
        let scenarios = try ScenarioAnalysis(matrix: matrix, weighting: weighting, weights: derived, options: options)
        let stability = try WeightStability(options.primary.scoring(for: matrix), weights: derived.weights,
                                            topK: min(options.thresholds.topK, matrix.rowCount), sweepPoints: options.sweepPoints)
        try self.init(matrix: matrix, weights: derived, comparison: comparison, scenarios: scenarios,
                      stability: stability, options: options)
    }

    /// Combines stages already run into the verdicts (stage 5).
    /// - Throws: ``MCDAError/invalidParameter(name:value:expected:)`` when the comparison did not
    ///   run the primary method.
    public init(matrix: DecisionMatrix, weights: DerivedWeights, comparison: MethodComparison, scenarios: ScenarioAnalysis,
                stability: WeightStability, options: DecisionAnalysisOptions) throws {
        guard let primary = comparison.outcomes.first(where: { $0.method.name == options.primary.name }) else {
            let reason = comparison.skipped.first { $0.method == options.primary.name }?.reason ?? "it was not run"
            throw MCDAError.invalidParameter(name: "primary", value: options.primary.name, expected: "a method that runs on this data (\(reason))")
        }
        let k = min(options.thresholds.topK, matrix.rowCount)
        let winner = primary.ranks.firstIndex(of: 1)
        let closest = stability.critical.winnerChanges
            .compactMap { c in c.absoluteChange.map { (amount: $0, criterion: c.criterion) } }
            .min { $0.amount < $1.amount }
        let smaa = scenarios.smaa
        let evidence = (0..<matrix.rowCount).map { i -> RobustnessEvidence in
            let b = (0..<smaa.rankLimit).map { smaa.acceptability(of: i, rank: $0 + 1) }
            // With all ranks counted this is the mean rank; otherwise ranks beyond K count as K + 1.
            let counted = b.reduce(0, +)
            let mean = b.enumerated().reduce(0) { $0 + Double($1.offset + 1) * $1.element } + Double(b.count + 1) * max(0, 1 - counted)
            return RobustnessEvidence(baseRanks: comparison.outcomes.map { $0.ranks[i] }, firstShare: b[0],
                                      secondShare: b.count > 1 ? b[1] : 0, topKShare: b.prefix(k).reduce(0, +), expectedRank: mean,
                                      criticalChange: i == winner ? closest : nil)
        }
        var thresholds = options.thresholds
        thresholds.topK = k
        self.matrix = matrix
        self.weights = weights
        self.comparison = comparison
        self.options = options
        self.scenarios = scenarios
        self.stabilityAnalysis = stability
        self.picks = RobustPicks(evidence: evidence, scenarioCount: options.samples, thresholds: thresholds)
    }

    /// The primary method's outcome at the base weights.
    public var primaryOutcome: MethodComparison.Outcome {
        comparison.outcomes.first { $0.method.name == options.primary.name } ?? comparison.outcomes[0]
    }

    /// SMAA-2 of the primary method under the chosen doubt.
    public var smaa: SMAAResult { scenarios.smaa }
    /// SMAA-2 of the primary method with weights uniform on the simplex.
    public var smaaUniform: SMAAResult { scenarios.uniform }
    /// The doubt that was applied.
    public var doubt: DoubtModel { scenarios.doubt }
    /// The distribution of the weights under judgment doubt.
    public var weightDistribution: WeightDistribution? { scenarios.weightDistribution }
    /// Critical weight changes of the primary method.
    public var critical: CriticalWeightChanges { stabilityAnalysis.critical }
    /// Per criterion, the interval of its weight in which the winner does not change.
    public var stability: [WeightStabilityInterval] { stabilityAnalysis.stability }
    /// Per criterion, the one-at-a-time sweep of its weight.
    public var sweeps: [WeightSweep] { stabilityAnalysis.sweeps }
    /// Per swept criterion, who wins as its weight goes from 0 to 1.
    public var winnerPaths: [[WinnerSegment]] { stabilityAnalysis.winnerPaths }
}

/// The scenarios stage of a ``DecisionAnalysis``: SMAA-2 of the primary method under the chosen
/// doubt (AHP judgments perturbed, weights spread around their values, or uniform), the same with
/// no preference information at all, and for judgment doubt the distribution of the weights that
/// the scenarios used.
///
/// It can be run on its own, for example by a server that changes only the samples or the seed.
///
/// Example:
/// ```swift
/// let weights = try weighting.derive(for: matrix)
/// let scenarios = try ScenarioAnalysis(matrix: matrix, weighting: weighting, weights: weights,
///                                      options: DecisionAnalysisOptions())
/// scenarios.smaa.firstRankAcceptability
/// ```
public struct ScenarioAnalysis: Sendable {
    /// The doubt that was applied.
    public let doubt: DoubtModel
    /// SMAA-2 of the primary method under ``doubt``.
    public let smaa: SMAAResult
    /// SMAA-2 of the primary method with weights uniform on the simplex (no preference information).
    public let uniform: SMAAResult
    /// For AHP weights under judgment doubt: the distribution of the criteria weights over the
    /// scenarios of ``smaa`` (the very weights it ranked with).
    public let weightDistribution: WeightDistribution?

    /// Up to this many alternatives SMAA counts every rank; beyond, the first 20 (memory m·K, not
    /// m²), and the mean rank becomes a lower bound (see ``RobustnessEvidence/expectedRank``).
    public static let allRanksLimit = 500

    /// Runs both simulations.
    /// - Throws: ``MCDAError/invalidParameter(name:value:expected:)`` for judgment doubt without AHP
    ///   weights or a thinning under a doubt that draws weights exactly; the primary method's errors;
    ///   ``SensitivityError`` (a method failing on a sampled weight vector, hit-and-run too long).
    public init(matrix: DecisionMatrix, weighting: CriteriaWeighting, weights derived: DerivedWeights,
                options: DecisionAnalysisOptions) throws {
        let w = derived.weights
        let primary = options.primary
        let scoring = try primary.scoring(for: matrix)
        var smaaOptions = SMAAOptions(samples: options.samples, seed: options.seed, threads: options.threads)
        smaaOptions.rankLimit = matrix.rowCount <= Self.allRanksLimit ? nil : min(matrix.rowCount, 20)
        try options.uncertainty.validate(for: matrix)
        let plan: ScoringPlan = options.uncertainty.isExact ? .fixed(scoring)
            : .perturbed(matrix: matrix, uncertainty: options.uncertainty, factory: primary.factory, base: scoring)
        // A thinning under a doubt model that draws its weights exactly would be ignored in silence.
        func refuseThinning() throws {
            if let thinning = options.thinning {
                throw MCDAError.invalidParameter(name: "thinning", value: "\(thinning)",
                                                 expected: "the spread doubt (hit-and-run); this doubt model draws its weights exactly")
            }
        }
        var distribution: WeightDistribution?
        let smaa: SMAAResult
        let model: DoubtModel.Weights
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
            model = .judgments(noise)
        case (.judgments, _, _):
            throw MCDAError.invalidParameter(name: "doubt", value: "judgments", expected: "AHP weights (judgment doubt needs pairwise judgments)")
        case (.uniform, _, _):
            try refuseThinning()
            smaa = try SMAA.simulate(weights: WeightSampler.uniform(criteria: w.count), plan: plan, options: smaaOptions,
                                     progress: options.progress)
            model = .uniform
        case (.spread, _, _), (.automatic, _, _):
            var d = WeightDoubt.defaultSpread
            if case .spread(let x) = options.doubt { d = x }
            smaa = try SMAA.simulate(weights: WeightSampler.around(w, relativeSpread: d, hitAndRun: .init(thinning: options.thinning)),
                                     plan: plan, options: smaaOptions, progress: options.progress)
            model = .spread(relative: d, thinning: options.thinning)
        }
        self.doubt = DoubtModel(weights: model, data: options.uncertainty)
        self.smaa = smaa
        self.uniform = try SMAA.analyze(scoring, weights: .uniform(criteria: w.count), options: smaaOptions)
        self.weightDistribution = distribution
    }
}

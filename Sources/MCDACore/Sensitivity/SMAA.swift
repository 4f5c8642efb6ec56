/// SMAA-2, stochastic multicriteria acceptability analysis (Lahdelma & Salminen 2001, "SMAA-2:
/// Stochastic multicriteria acceptability analysis for group decision making", Oper. Res.
/// 49(3):444–454, doi:10.1287/opre.49.3.444.11220).
///
/// Weights w are drawn from a ``WeightSampler`` (and, with ``DataUncertainty``, performance values
/// from their distributions); every sample ranks the alternatives with a ``WeightedScoring``. From
/// N samples:
/// - rank acceptability bᵢʳ: the share of samples in which alternative i has rank r;
/// - central weight vector wᵢᶜ: the mean of the weights of the samples in which i ranks first
///   (nil when i never does);
/// - confidence factor pᵢᶜ: the share of data samples in which i ranks first when the weights are
///   fixed at wᵢᶜ (with exact data this is 1 when i is first at wᵢᶜ, which the convexity of its
///   favourable weights guarantees for a weighted sum, and 0 otherwise);
/// - holistic acceptability aᵢʰ = Σᵣ αᵣ bᵢʳ with meta-weights α (see ``SMAAMetaWeights``).
///
/// Ties follow ``SMAATieRule``. Samples run in blocks of ``blockSize``; block k draws from stream k
/// of the seed (``Xoshiro256StarStar/init(seed:stream:)``), so results are identical for any
/// number of threads.
///
/// Complexity: O(N·(cost of one scoring + m)) time (expected linear ranking by a bucket sort
/// of the scores), O(threads·m·(K + n)) memory for K counted ranks.
///
/// Example:
/// ```swift
/// let wsm = WeightedSumScoring(normalized: try Normalization.linear.apply(to: matrix))
/// let result = try SMAA.analyze(wsm, weights: try .uniform(criteria: 3),
///                               options: SMAAOptions(samples: 100_000, seed: 1, threads: 2))
/// result.acceptability(of: 0, rank: 1)   // b₁¹
/// ```
public enum SMAA {
    /// Samples per block (and per random stream).
    public static let blockSize = 1024

    /// SMAA with exact performance values: one fixed scoring for every sample (the fast path).
    /// - Throws: ``SensitivityError/dimensionMismatch(what:expected:found:)`` when the sampler and
    ///   the scoring disagree on n; ``MCDAError/invalidParameter(name:value:expected:)`` for options;
    ///   ``SensitivityError/hitAndRunTooLong(_:)`` before any sample when hit-and-run would exceed
    ///   its time budget (see ``HitAndRunWork``).
    public static func analyze(_ scoring: some WeightedScoring, weights: WeightSampler,
                               options: SMAAOptions = SMAAOptions(),
                               progress: (@Sendable (Double) -> Void)? = nil) throws -> SMAAResult {
        try simulate(weights: weights, plan: .fixed(scoring), options: options, progress: progress)
    }

    /// SMAA with uncertain performance values: every sample perturbs `matrix` by `uncertainty` and
    /// rebuilds the scoring with `factory` (for example ``WeightedSumScoring/factory(normalization:)``).
    /// - Throws: whatever `factory` throws for the matrix or a perturbed copy (the error of the
    ///   first failing sample in block order), and the errors of the fixed-data form.
    public static func analyze(_ matrix: DecisionMatrix, uncertainty: DataUncertainty,
                               scoring factory: @escaping ScoringFactory, weights: WeightSampler,
                               options: SMAAOptions = SMAAOptions(),
                               progress: (@Sendable (Double) -> Void)? = nil) throws -> SMAAResult {
        try uncertainty.validate(for: matrix)
        let base = try factory(matrix)
        let plan: ScoringPlan = uncertainty.isExact ? .fixed(base)
            : .perturbed(matrix: matrix, uncertainty: uncertainty, factory: factory, base: base)
        return try simulate(weights: weights, plan: plan, options: options, progress: progress)
    }

    static func simulate<Source: WeightSource>(weights: Source, plan: ScoringPlan, options: SMAAOptions,
                                               weightModel: String? = nil,
                                               progress: (@Sendable (Double) -> Void)?) throws -> SMAAResult {
        let base = plan.base
        try options.validate(alternatives: base.alternativeCount)
        guard weights.criterionCount == base.criterionCount else {
            throw SensitivityError.dimensionMismatch(what: "weights per sample (criteria of the scoring)",
                                                     expected: base.criterionCount, found: weights.criterionCount)
        }
        try weights.checkWork(samples: options.samples)
        let model = weightModel ?? (weights as? WeightSampler)?.summary ?? "custom"
        return try SMAASimulation(source: weights, plan: plan, options: options).run(weightModel: model, progress: progress)
    }
}

/// The outcome of an SMAA-2 simulation, in the input order of the alternatives.
public struct SMAAResult: Sendable {
    /// m.
    public let alternativeCount: Int
    /// n.
    public let criterionCount: Int
    /// K: ranks 1 … K were counted.
    public let rankLimit: Int
    /// bᵢʳ, row-major m × K: `rankAcceptability[i * rankLimit + r - 1]` is the share of samples in
    /// which alternative i has rank r.
    public let rankAcceptability: [Double]
    /// wᵢᶜ per alternative (Σ = 1), nil when the alternative never ranks first.
    public let centralWeights: [[Double]?]
    /// pᵢᶜ per alternative, nil when there is no central weight vector.
    public let confidenceFactors: [Double?]
    /// aᵢʰ per alternative, or nil when not all ranks were counted.
    public let holisticAcceptability: [Double]?
    /// The options used (samples, seed, threads, ties, meta-weights…).
    public let options: SMAAOptions
    /// The weight model ("uniform", "hit-and-run (…)", "AHP judgments …").
    public let weightModel: String
    /// The data model ("exact", "relative ±…").
    public let dataModel: String
    /// Data samples behind the confidence factors (0 with exact data: one evaluation each).
    public let confidenceSampleCount: Int

    /// bᵢʳ for a 1-based rank r ≤ K.
    public func acceptability(of alternative: Int, rank r: Int) -> Double {
        precondition(r >= 1 && r <= rankLimit, "rank \(r) was not counted")
        return rankAcceptability[alternative * rankLimit + r - 1]
    }

    /// bᵢ¹ for every alternative.
    public var firstRankAcceptability: [Double] {
        (0..<alternativeCount).map { rankAcceptability[$0 * rankLimit] }
    }

    /// The Monte-Carlo standard error √(b(1 − b)/N) of an acceptability b estimated from N samples.
    public func standardError(of b: Double) -> Double { (b * (1 - b) / Double(options.samples)).squareRoot() }

    /// Settings for reports.
    public var settings: [(String, String)] {
        [("samples", "\(options.samples)"), ("seed", "\(options.seed)"), ("weights", weightModel),
         ("data", dataModel), ("ties", options.ties.rawValue), ("metaWeights", options.metaWeights.rawValue),
         ("ranksCounted", "\(rankLimit)"), ("confidenceSamples", "\(confidenceSampleCount)")]
    }
}

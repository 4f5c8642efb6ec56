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
    /// The methods run at the base weights (all of them count in the robust-pick verdict); default
    /// ``MethodCatalogue/defaultNames`` with their default parameters.
    public var methods: [MethodSpecification] = DecisionAnalysisOptions.defaultMethods
    /// The method that SMAA and the critical weight changes use (default TOPSIS); it is run first
    /// when ``methods`` does not list it.
    public var primary = MethodSpecification(TOPSIS())
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

    /// TOPSIS, WSM, VIKOR and PROMETHEE II with their default parameters.
    public static let defaultMethods = [MethodSpecification(TOPSIS()), MethodSpecification(WeightedSum()),
                                        MethodSpecification(VIKOR()), MethodSpecification(PROMETHEE())]

    /// The methods run at the base weights for a matrix of `alternatives` rows: ``methods`` with the
    /// primary first when it is missing, or the primary alone below two alternatives.
    public func methodsRun(alternatives: Int) -> [MethodSpecification] {
        if alternatives < 2 { return [primary] }
        return methods.contains { $0.name == primary.name } ? methods : [primary] + methods
    }
}

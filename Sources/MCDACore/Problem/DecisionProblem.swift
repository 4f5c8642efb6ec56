/// One validated decision problem, as a dataset folder or a decision-matrix CSV describes it: the
/// matrix, where the weights come from, the methods with their parameters, the uncertainty of the
/// values, the simulation settings and what a report shows about it. MCDAInput builds it (every
/// value checked where it was read); the commands, reports and servers only consume it.
///
/// Example:
/// ```swift
/// let problem = try DecisionProblem(matrix: matrix, weights: .asGiven([0.5, 0.3, 0.2]))
/// let w = problem.baseWeights.weights        // [0.5, 0.3, 0.2], not renormalised
/// let runs = try MethodComparison(matrix: problem.matrix, weights: w, methods: problem.methods)
/// ```
public struct DecisionProblem: Sendable {
    /// The decision matrix (directions and targets included).
    public let matrix: DecisionMatrix
    /// Where the criterion weights come from.
    public let weights: ProblemWeights
    /// The weights at which methods run, derived once when the problem is built: given weights
    /// exactly as given (not renormalised, as `mcda rank` has always used them), other weightings
    /// as derived (with the AHP consistency report).
    public let baseWeights: DerivedWeights
    /// The methods to run, each with its parameters (for datasets: the manifest's, with the
    /// command line's options in their place).
    public var methods: [MethodSpecification]
    /// The uncertainty of the values, sampled in the sensitivity analysis (default exact).
    public var uncertainty: DataUncertainty
    /// Samples, seed and thinning of the simulations.
    public var simulation: SimulationSettings
    /// Names, units, sources and attributes for reports.
    public var description: ProblemDescription
    /// What was done to the data on the way (alternatives left out, values filled in).
    public var notes: [DataNote]

    /// Builds the problem and derives its weights.
    /// - Throws: the weighting's errors (``AHPError``, ``MCDAError`` for invalid weights).
    public init(matrix: DecisionMatrix, weights: ProblemWeights,
                methods: [MethodSpecification] = DecisionAnalysisOptions.defaultMethods,
                uncertainty: DataUncertainty = .exact, simulation: SimulationSettings = SimulationSettings(),
                description: ProblemDescription? = nil, notes: [DataNote] = []) throws {
        self.matrix = matrix
        self.weights = weights
        self.baseWeights = try Self.derive(weights, for: matrix)
        self.methods = methods
        self.uncertainty = uncertainty
        self.simulation = simulation
        self.description = description ?? ProblemDescription(matrix: matrix)
        self.notes = notes
    }

    /// Derives the base weights.
    /// - Throws: the weighting's errors (AHP judgments that cannot be analysed, invalid weights).
    static func derive(_ weights: ProblemWeights, for matrix: DecisionMatrix) throws -> DerivedWeights {
        switch weights {
        case .asGiven(let w, let label):
            try Weights.validate(w, for: matrix)
            try Weights.validateGiven(w, criteria: matrix.criteria.map(\.id))
            return DerivedWeights(weights: w, method: label, ahp: nil, notes: [])
        case .weighting(let weighting):
            return try weighting.derive(for: matrix)
        }
    }

    /// The weighting of a full analysis (given weights are normalised there).
    public var weighting: CriteriaWeighting {
        switch weights {
        case .asGiven(let w, _): return .given(w)
        case .weighting(let weighting): return weighting
        }
    }
}

/// Where a problem's weights come from.
public enum ProblemWeights: Sendable {
    /// Numbers given by the user, one per criterion, used exactly as given; `label` is what results
    /// call them (`given`, or `equal` for a matrix read without weights).
    case asGiven([Double], label: String = "given")
    /// Derived by a weighting: AHP judgments, given weights (normalised), an objective method.
    case weighting(CriteriaWeighting)
}

/// The settings of a problem's simulations.
public struct SimulationSettings: Sendable, Equatable {
    /// Scenarios (default 10,000).
    public var samples: Int
    /// Seed of every random stream (default 2026).
    public var seed: UInt64
    /// Hit-and-run steps per sample under spread doubt (nil: the default ⌈ln(d + 1)·d³/4⌉).
    public var thinning: Int?

    public init(samples: Int = 10_000, seed: UInt64 = 2026, thinning: Int? = nil) {
        self.samples = samples
        self.seed = seed
        self.thinning = thinning
    }
}

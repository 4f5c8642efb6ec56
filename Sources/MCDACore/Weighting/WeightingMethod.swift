/// The weighting methods, by the identifiers used on the command line and in reports.
///
/// | case | raw value | needs | file |
/// |---|---|---|---|
/// | ``equal`` | `equal` | n | ``EqualWeights`` |
/// | ``entropy`` | `entropy` | the matrix (values ≥ 0) | ``EntropyWeights`` |
/// | ``critic`` | `critic` | the matrix | ``CRITICWeights`` |
/// | ``standardDeviation`` | `standard-deviation` | the matrix | ``StandardDeviationWeights`` |
/// | ``merec`` | `merec` | the matrix (values > 0) and directions | ``MERECWeights`` |
/// | ``gini`` | `gini` | the matrix (values ≥ 0) | ``GiniWeights`` |
/// | ``variance`` | `variance` | the matrix | ``VarianceWeights`` |
/// | ``cilos`` | `cilos` | the matrix (values > 0) and directions | ``CILOSWeights`` |
/// | ``idocriw`` | `idocriw` | the matrix (values > 0) and directions | ``IDOCRIWWeights`` |
/// | ``angle`` | `angle` | the matrix (values ≥ 0) | ``AngleWeights`` |
/// | ``lopcow`` | `lopcow` | the matrix and directions | ``LOPCOWWeights`` |
/// | ``rankOrder`` | `rank-order` | an importance ordering | ``RankOrderWeights`` (centroid) |
/// | ``rankSum`` | `rank-sum` | an importance ordering | ``RankOrderWeights`` (rank sum) |
///
/// Example:
/// ```swift
/// let w = try WeightingMethod.critic.weights(for: matrix).weights
/// let roc = try WeightingMethod.rankOrder.weights(for: matrix, options: .init(importance: [1, 3, 2])).weights
/// ```
public enum WeightingMethod: String, CaseIterable, Sendable, Codable {
    case equal = "equal"
    case entropy = "entropy"
    case critic = "critic"
    case standardDeviation = "standard-deviation"
    case merec = "merec"
    case gini = "gini"
    case variance = "variance"
    case cilos = "cilos"
    case idocriw = "idocriw"
    case angle = "angle"
    case lopcow = "lopcow"
    case rankOrder = "rank-order"
    case rankSum = "rank-sum"

    /// True for the methods that need an importance ordering of the criteria rather than data.
    public var needsImportance: Bool { self == .rankOrder || self == .rankSum }

    /// Computes weights for the criteria of `matrix` with this method and the conventions in `options`.
    /// - Throws: the method's errors, or ``MCDAError/invalidParameter(name:value:expected:)`` when
    ///   a rank-based method gets no importance ranks.
    public func weights(for matrix: DecisionMatrix, options: WeightingOptions = .init()) throws -> any WeightingResult {
        switch self {
        case .equal: return EqualWeights().evaluate(matrix)
        case .entropy: return try EntropyWeights(costHandling: options.entropyCosts).evaluate(matrix)
        case .critic: return try CRITICWeights(orientation: options.criticOrientation).evaluate(matrix)
        case .standardDeviation: return try StandardDeviationWeights(scale: options.standardDeviationScale).evaluate(matrix)
        case .merec: return try MERECWeights().evaluate(matrix)
        case .gini: return try GiniWeights().evaluate(matrix)
        case .variance: return try VarianceWeights().evaluate(matrix)
        case .cilos: return try CILOSWeights().evaluate(matrix)
        case .idocriw: return try IDOCRIWWeights().evaluate(matrix)
        case .angle: return try AngleWeights().evaluate(matrix)
        case .lopcow: return try LOPCOWWeights().evaluate(matrix)
        case .rankOrder, .rankSum:
            guard let importance = options.importance else {
                throw MCDAError.invalidParameter(name: "criterion importance ranks", value: "none",
                                                 expected: "one rank per criterion for \(rawValue) weights (1 = most important)")
            }
            return try RankOrderWeights(scheme: self == .rankOrder ? .centroid : .rankSum)
                .evaluate(matrix, importance: importance)
        }
    }
}

/// The conventions and inputs a ``WeightingMethod`` may need; each defaults to the documented default.
public struct WeightingOptions: Sendable, Equatable {
    /// Entropy: how cost criteria are treated (default: directions ignored).
    public var entropyCosts: EntropyWeights.CostHandling
    /// CRITIC: whether cost criteria are oriented before scaling (default: directions ignored).
    public var criticOrientation: CRITICWeights.Orientation
    /// Standard deviation: of min-max scaled (default) or raw values.
    public var standardDeviationScale: StandardDeviationWeights.Scale
    /// Rank-order and rank-sum: one importance rank per criterion, 1 = most important.
    public var importance: [Double]?

    public init(entropyCosts: EntropyWeights.CostHandling = .default,
                criticOrientation: CRITICWeights.Orientation = .default,
                standardDeviationScale: StandardDeviationWeights.Scale = .default,
                importance: [Double]? = nil) {
        self.entropyCosts = entropyCosts
        self.criticOrientation = criticOrientation
        self.standardDeviationScale = standardDeviationScale
        self.importance = importance
    }
}

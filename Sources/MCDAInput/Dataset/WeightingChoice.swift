import MCDACore

/// The weightings a dataset can be analysed with, by name: the manifest's `weights.method` and the
/// command line's `--weights NAME`.
public enum WeightingChoice: String, CaseIterable, Sendable {
    /// Pairwise judgments between criteria (needs judgments in the manifest).
    case ahp
    /// The manifest's given weights (needs `values:`).
    case given
    case equal
    case entropy
    case critic
    case standardDeviation = "standard-deviation"
    /// Rank-order centroid, from the manifest's `order:` or the order of the AHP priorities.
    case rankOrder = "rank-order"
    /// Rank sum, from the manifest's `order:` or the order of the AHP priorities.
    case rankSum = "rank-sum"

    /// The choice of an objective or ordering method.
    public init(_ method: WeightingMethod) {
        switch method {
        case .equal: self = .equal
        case .entropy: self = .entropy
        case .critic: self = .critic
        case .standardDeviation: self = .standardDeviation
        case .rankOrder: self = .rankOrder
        case .rankSum: self = .rankSum
        }
    }

    /// The objective or ordering method, nil for `ahp` and `given`.
    public var method: WeightingMethod? {
        switch self {
        case .ahp, .given: return nil
        case .equal: return .equal
        case .entropy: return .entropy
        case .critic: return .critic
        case .standardDeviation: return .standardDeviation
        case .rankOrder: return .rankOrder
        case .rankSum: return .rankSum
        }
    }
}

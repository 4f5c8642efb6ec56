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
    case merec, gini, variance, cilos, idocriw, angle, lopcow
    /// Rank-order centroid, from the manifest's `order:` or the order of the AHP priorities.
    case rankOrder = "rank-order"
    /// Rank sum, from the manifest's `order:` or the order of the AHP priorities.
    case rankSum = "rank-sum"

    /// The choice of an objective or ordering method.
    public init(_ method: WeightingMethod) {
        // Every objective or ordering method has the choice of the same name.
        self = WeightingChoice(rawValue: method.rawValue) ?? .equal
    }

    /// The objective or ordering method, nil for `ahp` and `given`.
    public var method: WeightingMethod? {
        WeightingMethod(rawValue: rawValue)
    }
}

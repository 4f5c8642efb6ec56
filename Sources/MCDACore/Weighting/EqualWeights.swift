/// Equal weights: wⱼ = 1/n for each of the n criteria.
///
/// The baseline every objective method should be compared with; it needs no data beyond the
/// number of criteria. Complexity: O(n).
///
/// Example:
/// ```swift
/// EqualWeights().evaluate(matrix).weights // [0.25, 0.25, 0.25, 0.25] for four criteria
/// ```
public struct EqualWeights: Sendable {
    public init() {}

    /// Weights 1/n for the criteria of `matrix`.
    public func evaluate(_ matrix: DecisionMatrix) -> EqualWeightsResult {
        EqualWeightsResult(criteria: matrix.criteria.map(\.id), weights: Weights.equal(matrix.columnCount))
    }
}

/// The result of ``EqualWeights``.
public struct EqualWeightsResult: WeightingResult, Equatable {
    public let criteria: [String]
    public let weights: [Double]
    public var method: WeightingMethod { .equal }
    /// Always `1/n`.
    public var convention: String { "1/n" }
    public var diagnostics: [WeightingDiagnostic] { [] }
}

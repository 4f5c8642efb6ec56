/// Standard-deviation (SD) weights: wⱼ = σⱼ / Σₖ σₖ, a criterion weighs more the more its values
/// vary across the alternatives.
///
/// The SD method is described with CRITIC by Diakoulaki, Mavrotas & Papayannakis (1995,
/// doi:10.1016/0305-0548(94)00059-H) and by Jahan & Edwards (2013, *Multi-criteria Decision Analysis
/// for Supporting the Selection of Engineering Materials*, Butterworth-Heinemann), where σⱼ is
/// taken of the min-max scaled column rᵢⱼ = (xᵢⱼ − min)/(max − min) (``Scale/minMax``, the default).
/// pymcdm and pyrepo-mcda take σ of the raw values instead (``Scale/raw``); those weights depend on
/// the units (a column in grams outweighs the same column in kilograms), so use it only to
/// reproduce those libraries. Directions do not matter: 1 − r has the same σ as r.
///
/// σ is the sample standard deviation (divisor m − 1); the population one gives the same weights.
/// A constant column gets weight 0 and a ``WeightingDiagnostic/constantCriterion(_:)``; if every
/// column is constant, equal weights are returned with ``WeightingDiagnostic/equalWeightsFallback(method:)``.
///
/// - Throws: ``MCDAError/tooFewAlternatives(method:needed:found:)`` for m < 2.
///
/// Complexity: O(m·n) time, O(m·n) memory (the scaled copy).
///
/// Example:
/// ```swift
/// // columns [1, 2, 3] and [10, 10, 40]: min-max σ are 0.5 and 0.577…
/// let w = try StandardDeviationWeights().evaluate(matrix).weights // [0.4641, 0.5359]
/// ```
public struct StandardDeviationWeights: Sendable {
    /// Which values the standard deviation is taken of.
    public enum Scale: String, CaseIterable, Sendable, Codable {
        /// Min-max scaled columns (Diakoulaki et al. 1995; Jahan & Edwards 2013). The default.
        case minMax = "minmax"
        /// The raw values (pymcdm `standard_deviation_weights`, pyrepo-mcda `std_weighting`).
        case raw = "raw"

        /// The scale used when none is chosen.
        public static let `default` = Scale.minMax
    }

    /// Which values σ is taken of.
    public var scale: Scale

    public init(scale: Scale = .default) {
        self.scale = scale
    }

    /// SD weights of the criteria of `matrix`.
    public func evaluate(_ matrix: DecisionMatrix) throws -> StandardDeviationWeightsResult {
        let m = matrix.rowCount, n = matrix.columnCount
        guard m >= 2 else { throw MCDAError.tooFewAlternatives(method: "standard-deviation weights", needed: 2, found: m) }
        let r = try ColumnDispersion.minMax(matrix, orientByTypes: false)
        let values = scale == .minMax ? r.values : matrix.values
        let variance = ColumnDispersion.covariance(values, rows: m, columns: n, diagonalOnly: true)
        let constant = Set(r.constantColumns)
        let sigma = (0..<n).map { constant.contains($0) ? 0 : variance[$0 * n + $0].squareRoot() }
        var diagnostics = r.constantColumns.map { WeightingDiagnostic.constantCriterion(matrix.criteria[$0].id) }
        let weights = weightsFromScores(sigma, method: .standardDeviation, diagnostics: &diagnostics)
        return StandardDeviationWeightsResult(criteria: matrix.criteria.map(\.id), weights: weights,
                                              standardDeviations: sigma, scale: scale, diagnostics: diagnostics)
    }
}

/// The result of ``StandardDeviationWeights``, with its intermediate values.
public struct StandardDeviationWeightsResult: WeightingResult, Equatable {
    public let criteria: [String]
    public let weights: [Double]
    /// σⱼ (sample) of the scaled or raw column; 0 for a constant criterion.
    public let standardDeviations: [Double]
    /// Which values σ was taken of.
    public let scale: StandardDeviationWeights.Scale
    public let diagnostics: [WeightingDiagnostic]

    public var method: WeightingMethod { .standardDeviation }
    /// ``StandardDeviationWeights/Scale`` raw value.
    public var convention: String { scale.rawValue }
}

/// CRITIC weights (CRiteria Importance Through Intercriteria Correlation; Diakoulaki, Mavrotas &
/// Papayannakis 1995, Computers & Operations Research 22(7):763–770, doi:10.1016/0305-0548(94)00059-H).
///
/// A criterion gets more weight the more its values vary (contrast) and the less it correlates
/// with the other criteria (conflict). For an m × n matrix x:
///
///     rᵢⱼ = (xᵢⱼ − minᵢ xᵢⱼ) / (maxᵢ xᵢⱼ − minᵢ xᵢⱼ)      min-max scaling of every column
///     σⱼ  = sample standard deviation of column j of r    (divisor m − 1; m gives the same weights)
///     ρⱼₖ = Pearson correlation of columns j and k of r
///     Cⱼ  = σⱼ Σₖ (1 − ρⱼₖ)                               (the information content)
///     wⱼ  = Cⱼ / Σₖ Cₖ
///
/// Conventions (``Orientation``): by default criterion directions are **ignored** in the scaling,
/// as pymcdm and pyrepo-mcda do; this reproduces the weights published by Tuş & Adalı (2019,
/// OPSEARCH 56(2):528–538), whose first criterion (price) is a cost. scikit-criteria and
/// pyDecision scale cost columns as (max − x)/(max − min) (``Orientation/orientByTypes``), which flips
/// the sign of their correlations with benefit columns and changes the weights (by up to 0.16 in
/// the reference cases).
///
/// Degenerate input gets a finite, documented answer: a constant column has σ = 0 and weight 0, and
/// its correlations (undefined, 0/0) are taken as 1, so that it contributes nothing to the other
/// criteria's Cⱼ: their weights are those of the problem without it. It is reported with a
/// ``WeightingDiagnostic/constantCriterion(_:)``. If every Cⱼ is 0 (all columns constant, or two
/// alternatives with all columns in the same order), equal weights are returned with
/// ``WeightingDiagnostic/equalWeightsFallback(method:)``. ρ is clamped to [−1, 1] against rounding.
///
/// - Throws: ``MCDAError/tooFewAlternatives(method:needed:found:)`` for m < 2 (no standard deviation).
///
/// Complexity: O(m·n²) time (the correlation matrix), O(m·n + n²) memory.
///
/// Example (Tuş & Adalı 2019, printed weights .157 .249 .168 .121 .154 .151):
/// ```swift
/// let result = try CRITICWeights().evaluate(matrix)
/// result.weights              // [0.15700…, 0.24949…, 0.16768…, 0.12110…, 0.15410…, 0.15063…]
/// result.correlations[0 * 6 + 1] // ρ between criteria 1 and 2
/// ```
public struct CRITICWeights: Sendable {
    /// Whether criterion directions enter the min-max scaling.
    public enum Orientation: String, CaseIterable, Sendable, Codable {
        /// Every column is scaled as a benefit column (pymcdm, pyrepo-mcda, Tuş & Adalı 2019). The default.
        case ignoreTypes = "ignore-types"
        /// Cost columns (and resolved targets) are scaled as (max − x)/(max − min)
        /// (scikit-criteria, pyDecision).
        case orientByTypes = "orient-by-types"

        /// The convention used when none is chosen.
        public static let `default` = Orientation.ignoreTypes
    }

    /// The convention for cost criteria.
    public var orientation: Orientation

    public init(orientation: Orientation = .default) {
        self.orientation = orientation
    }

    /// CRITIC weights of the criteria of `matrix`.
    public func evaluate(_ matrix: DecisionMatrix) throws -> CRITICWeightsResult {
        let m = matrix.rowCount, n = matrix.columnCount
        guard m >= 2 else { throw MCDAError.tooFewAlternatives(method: "CRITIC weights", needed: 2, found: m) }
        let r = try ColumnDispersion.minMax(matrix, orientByTypes: orientation == .orientByTypes)
        let constant = Set(r.constantColumns)
        let cov = ColumnDispersion.covariance(r.values, rows: m, columns: n)
        let sigma = (0..<n).map { constant.contains($0) ? 0 : cov[$0 * n + $0].squareRoot() }
        var rho = [Double](repeating: 1, count: n * n)
        for j in 0..<n where !constant.contains(j) {
            for k in 0..<n where k != j && !constant.contains(k) {
                rho[j * n + k] = Swift.min(1, Swift.max(-1, cov[j * n + k] / (sigma[j] * sigma[k])))
            }
        }
        var information = [Double](repeating: 0, count: n)
        for j in 0..<n {
            var conflict = 0.0
            for k in 0..<n { conflict += 1 - rho[j * n + k] }
            information[j] = sigma[j] * conflict
        }
        var diagnostics = r.constantColumns.map { WeightingDiagnostic.constantCriterion(matrix.criteria[$0].id) }
        let weights = weightsFromScores(information, method: .critic, diagnostics: &diagnostics)
        return CRITICWeightsResult(criteria: matrix.criteria.map(\.id), weights: weights, standardDeviations: sigma,
                                   correlations: rho, information: information, orientation: orientation,
                                   diagnostics: diagnostics)
    }
}

/// The result of ``CRITICWeights``, with its intermediate values.
public struct CRITICWeightsResult: WeightingResult, Equatable {
    public let criteria: [String]
    public let weights: [Double]
    /// σⱼ of the min-max scaled columns (sample, divisor m − 1); 0 for a constant criterion.
    public let standardDeviations: [Double]
    /// ρⱼₖ, row-major n × n, with ones on the diagonal (and for pairs involving a constant criterion).
    public let correlations: [Double]
    /// Cⱼ = σⱼ Σₖ (1 − ρⱼₖ).
    public let information: [Double]
    /// The convention used for cost criteria.
    public let orientation: CRITICWeights.Orientation
    public let diagnostics: [WeightingDiagnostic]

    public var method: WeightingMethod { .critic }
    /// ``CRITICWeights/Orientation`` raw value.
    public var convention: String { orientation.rawValue }
}

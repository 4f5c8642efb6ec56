import RealModule

/// MABAC, Multi-Attributive Border Approximation area Comparison: each alternative's distance from
/// a border approximation area, the geometric mean of the weighted normalised values.
///
/// Steps, for an m × n matrix with weights w (used as given):
/// 1. nᵢⱼ = the chosen ``Normalization``, benefit-oriented (default ``Normalization/minMax``:
///    (x − min)/(max − min) for benefit, (max − x)/(max − min) for cost, the paper's choice).
/// 2. vᵢⱼ = wⱼ (nᵢⱼ + 1).
/// 3. Border approximation area gⱼ = (Πᵢ vᵢⱼ)^(1/m), computed as exp(Σᵢ ln vᵢⱼ / m) (0 when some
///    vᵢⱼ is 0).
/// 4. qᵢⱼ = vᵢⱼ − gⱼ (above the border when positive).
/// 5. Sᵢ = Σⱼ qᵢⱼ; larger is better.
///
/// - Parameter normalization: any ``Normalization`` (default minmax, as pymcdm and the paper).
///
/// v must not be negative (only a normalisation giving values below −1 makes it so); the error
/// names the cell. Complexity: O(m·n).
///
/// Reference: D. Pamučar, G. Ćirović, "The selection of transport and handling resources in
/// logistics centers using Multi-Attributive Border Approximation area Comparison (MABAC)",
/// Expert Systems with Applications 42(6) (2015) 3016–3028, doi:10.1016/j.eswa.2014.11.057.
///
/// Example (pymcdm 1.4.0's documented 7 × 10 problem):
/// ```swift
/// let result = try MABAC().evaluate(x, weights: w)
/// result.scores  // ≈ [0.0826, 0.2183, -0.0488, 0.0246, -0.0704, 0.0465, 0.0464]
/// ```
public struct MABAC: RankingMethod {
    /// The column normalisation (default minmax).
    public var normalization: Normalization

    /// - Parameter normalization: any ``Normalization`` (default minmax).
    public init(normalization: Normalization = .minMax) {
        self.normalization = normalization
    }

    /// Scores `matrix` under `weights` (one finite non-negative weight per criterion, used as given).
    /// - Throws: ``MCDAError/nonPositiveValue(method:alternative:criterion:value:)`` for values the
    ///   normalisation cannot take or a negative vᵢⱼ; ``MCDAError`` for invalid weights.
    public func evaluate(_ matrix: DecisionMatrix, weights: [Double]) throws -> MABACResult {
        let x = try prepare(matrix, weights: weights)
        let r = try normalizing(x, with: normalization, method: "MABAC")
        let m = x.rowCount, n = x.columnCount
        let v = (0..<(m * n)).map { weights[$0 % n] * (r.values[$0] + 1) }
        if let k = v.firstIndex(where: { $0 < 0 }) {
            throw MCDAError.nonPositiveValue(method: "MABAC (w(n + 1) must not be negative after \(normalization.rawValue) normalisation)",
                                             alternative: x.alternatives[k / n], criterion: x.criteria[k % n].id, value: x.values[k])
        }
        var logSums = [Double](repeating: 0, count: n)
        for i in 0..<m { for j in 0..<n { logSums[j] += Double.log(v[i * n + j]) } }
        let border = logSums.map { Double.exp($0 / Double(m)) }
        let q = (0..<(m * n)).map { v[$0] - border[$0 % n] }
        let scores = (0..<m).map { i in (0..<n).reduce(0.0) { $0 + q[i * n + $1] } }
        try requireFinite(scores)
        return MABACResult(normalized: r, weighted: v, border: border, distances: q, scores: scores)
    }
}

/// The outcome of ``MABAC``, with its intermediate values.
public struct MABACResult: RankingResult, Equatable {
    /// The benefit-oriented normalised matrix n, with the normalisation used.
    public let normalized: NormalizedMatrix
    /// vᵢⱼ = wⱼ (nᵢⱼ + 1), row-major.
    public let weighted: [Double]
    /// gⱼ, the border approximation area (geometric mean of column j of v).
    public let border: [Double]
    /// qᵢⱼ = vᵢⱼ − gⱼ, row-major.
    public let distances: [Double]
    /// Sᵢ = Σⱼ qᵢⱼ; larger is better.
    public let scores: [Double]

    public var scoreOrder: Ranking.Order { .descending }
    public var settings: [(String, String)] { [("normalization", normalized.normalization.rawValue)] }
}

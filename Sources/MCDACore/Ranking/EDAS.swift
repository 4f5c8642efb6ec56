/// EDAS, Evaluation based on Distance from Average Solution: alternatives are scored by how far
/// they lie above (positive distance) and below (negative distance) the average of each criterion.
///
/// Steps, for an m × n matrix with weights w (used as given):
/// 1. AVⱼ = the mean of column j.
/// 2. Positive and negative distances from the average, relative to it: for a benefit criterion
///    PDAᵢⱼ = max(0, xᵢⱼ − AVⱼ)/AVⱼ and NDAᵢⱼ = max(0, AVⱼ − xᵢⱼ)/AVⱼ; for a cost criterion the
///    other way round.
/// 3. SPᵢ = Σⱼ wⱼ PDAᵢⱼ and SNᵢ = Σⱼ wⱼ NDAᵢⱼ.
/// 4. NSPᵢ = SPᵢ / maxₖ SPₖ and NSNᵢ = 1 − SNᵢ / maxₖ SNₖ.
/// 5. Appraisal score ASᵢ = (NSPᵢ + NSNᵢ)/2 ∈ [0, 1]; larger is better.
///
/// Degenerate case: when every weighted criterion is constant, SP and SN are 0 for everyone and
/// NSP = 0, NSN = 1 (AS = ½ for all), never NaN.
///
/// Needs a positive mean on every criterion (the distances are relative to it); the error names
/// the criterion and its smallest value. Values themselves may be zero or negative.
///
/// Complexity: O(m·n).
///
/// Reference: M. Keshavarz Ghorabaee, E. K. Zavadskas, L. Olfat, Z. Turskis, "Multi-criteria
/// inventory classification using a new method of evaluation based on distance from average
/// solution (EDAS)", Informatica 26(3) (2015) 435–451, doi:10.15388/Informatica.2015.57.
///
/// Example (pymcdm 1.4.0's documented 5 × 8 problem):
/// ```swift
/// let result = try EDAS().evaluate(x, weights: w)
/// result.scores  // ≈ [0.841, 0.632, 0.883, 0.457, 0.104]
/// ```
public struct EDAS: RankingMethod {
    /// EDAS has no options.
    public init() {}

    /// Scores `matrix` under `weights` (one finite non-negative weight per criterion, used as given).
    /// - Throws: ``MCDAError/nonPositiveValue(method:alternative:criterion:value:)`` naming the
    ///   smallest value of a criterion whose mean is not positive; ``MCDAError`` for invalid weights.
    public func evaluate(_ matrix: DecisionMatrix, weights: [Double]) throws -> EDASResult {
        let x = try prepare(matrix, weights: weights)
        let m = x.rowCount, n = x.columnCount
        var average = [Double](repeating: 0, count: n)
        for i in 0..<m { for j in 0..<n { average[j] += x.values[i * n + j] } }
        average = average.map { $0 / Double(m) }
        for j in 0..<n where !(average[j] > 0) {
            let i = (0..<m).min { x[$0, j] < x[$1, j] } ?? 0
            throw Self.nonPositive(x, row: i, column: j, method: "EDAS (the mean of each criterion must be positive)")
        }
        var pda = [Double](repeating: 0, count: m * n), nda = pda
        var sp = [Double](repeating: 0, count: m), sn = sp
        for i in 0..<m {
            for j in 0..<n {
                let above = (x.values[i * n + j] - average[j]) / average[j]
                let distance = x.criteria[j].isBenefit ? above : -above
                pda[i * n + j] = Swift.max(0, distance)
                nda[i * n + j] = Swift.max(0, -distance)
                sp[i] += weights[j] * pda[i * n + j]
                sn[i] += weights[j] * nda[i * n + j]
            }
        }
        let spMax = sp.max() ?? 0, snMax = sn.max() ?? 0
        let nsp = sp.map { spMax > 0 ? $0 / spMax : 0 }
        let nsn = sn.map { snMax > 0 ? 1 - $0 / snMax : 1 }
        let scores = zip(nsp, nsn).map { ($0 + $1) / 2 }
        try requireFinite(scores)
        return EDASResult(average: average, positiveDistances: pda, negativeDistances: nda, sp: sp, sn: sn,
                          nsp: nsp, nsn: nsn, scores: scores)
    }
}

/// The outcome of ``EDAS``, with its intermediate values.
public struct EDASResult: RankingResult, Equatable {
    /// AVⱼ, the mean of each criterion.
    public let average: [Double]
    /// PDAᵢⱼ, row-major.
    public let positiveDistances: [Double]
    /// NDAᵢⱼ, row-major.
    public let negativeDistances: [Double]
    /// SPᵢ = Σⱼ wⱼ PDAᵢⱼ.
    public let sp: [Double]
    /// SNᵢ = Σⱼ wⱼ NDAᵢⱼ.
    public let sn: [Double]
    /// NSPᵢ = SPᵢ / max SP.
    public let nsp: [Double]
    /// NSNᵢ = 1 − SNᵢ / max SN.
    public let nsn: [Double]
    /// ASᵢ = (NSPᵢ + NSNᵢ)/2; larger is better.
    public let scores: [Double]

    public var scoreOrder: Ranking.Order { .descending }
    public var settings: [(String, String)] { [("reference", "average solution")] }
}

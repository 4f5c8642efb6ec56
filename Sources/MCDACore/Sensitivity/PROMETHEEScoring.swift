/// PROMETHEE II net flows as a fast ``LinearScoring`` kernel (Brans & Vincke 1985,
/// doi:10.1287/mnsc.31.6.647).
///
/// The net flow is linear in the weights (used as given, as ``PROMETHEE`` does):
///
///     φ(a) = Σⱼ wⱼ S⁺ⱼ(a) / (m − 1) − Σⱼ wⱼ S⁻ⱼ(a) / (m − 1),   coefficients cₐⱼ = (S⁺ⱼ(a) − S⁻ⱼ(a)) / (m − 1)
///
/// with the single-criterion preference sums of ``PROMETHEE/criterionFlows(_:)``, computed once in O(m²·n).
/// A call is then O(m·n) with no allocation, and gives the same bits as
/// ``PROMETHEE/evaluate(_:weights:)``'s net flows for the same weights. Because the scores are
/// linear, sweeps and critical weight changes locate rank changes exactly, as for the weighted sum.
///
/// Example:
/// ```swift
/// let kernel = try PROMETHEEScoring(matrix: x, method: PROMETHEE(.usual))
/// kernel.scores(weights: [0.5, 0.3, 0.2])   // the net flows of PROMETHEE().evaluate(x, weights: …)
/// ```
public struct PROMETHEEScoring: LinearScoring {
    public var alternativeCount: Int { flows.alternativeCount }
    public var criterionCount: Int { flows.criterionCount }
    public var order: Ranking.Order { .descending }
    /// cₐⱼ = (S⁺ⱼ(a) − S⁻ⱼ(a)) / (m − 1), row-major m × n.
    public let coefficients: [Double]
    /// The single-criterion preference sums the scores are weighted from.
    public let flows: PROMETHEECriterionFlows

    /// A kernel over precomputed criterion preference sums.
    public init(flows: PROMETHEECriterionFlows) {
        self.flows = flows
        let m = flows.alternativeCount, n = flows.criterionCount
        let scale = m > 1 ? 1 / Double(m - 1) : 0
        var c = [Double](repeating: 0, count: m * n)
        for i in 0..<m { for j in 0..<n { c[i * n + j] = (flows.plus[j * m + i] - flows.minus[j * m + i]) * scale } }
        coefficients = c
    }

    /// Resolves targets and computes the criterion preference sums of `matrix` under `method`'s preference functions.
    /// - Throws: as ``PROMETHEE/criterionFlows(_:)``.
    public init(matrix: DecisionMatrix, method: PROMETHEE) throws {
        self.init(flows: try method.criterionFlows(matrix))
    }

    public func scores(weights: UnsafeBufferPointer<Double>, into scores: UnsafeMutableBufferPointer<Double>) {
        precondition(weights.count == criterionCount && scores.count == alternativeCount)
        for a in 0..<alternativeCount {
            let (plus, minus) = flows.flows(of: a, weights: weights)
            scores[a] = plus - minus
        }
    }
}

/// MOORA's ratio system as a ``LinearScoring`` kernel: yᵢ = Σ_{j benefit} wⱼ rᵢⱼ − Σ_{j cost} wⱼ rᵢⱼ
/// with the ratios rᵢⱼ = xᵢⱼ / ‖x·ⱼ‖ computed once, coefficients cᵢⱼ = ±rᵢⱼ.
///
/// A call is O(m·n) with no allocation and gives the same bits as ``MOORA/evaluate(_:weights:)``
/// (the benefit and cost sums are accumulated apart and subtracted, as there). Because the scores
/// are linear, sweeps and critical weight changes locate rank changes exactly.
///
/// Example:
/// ```swift
/// let kernel = try MOORA().scoring(for: x)
/// kernel.scores(weights: [0.5, 0.3, 0.2])   // MOORA().evaluate(x, weights: …).scores
/// ```
public struct MOORAScoring: LinearScoring {
    public let alternativeCount: Int
    public let criterionCount: Int
    public var order: Ranking.Order { .descending }
    /// cᵢⱼ = rᵢⱼ on benefit criteria, −rᵢⱼ on cost criteria, row-major m × n.
    public let coefficients: [Double]
    private let ratios: [Double]
    private let benefit: [Bool]

    /// Resolves targets and computes the ratios of `matrix`.
    /// - Throws: what ``MOORA/evaluate(_:weights:)`` throws for the matrix.
    public init(matrix: DecisionMatrix) throws {
        let x = try matrix.resolvingTargets()
        let r = try MOORA.ratios(x).values, isBenefit = x.criteria.map(\.isBenefit), n = x.columnCount
        ratios = r
        benefit = isBenefit
        alternativeCount = x.rowCount
        criterionCount = n
        coefficients = r.indices.map { isBenefit[$0 % n] ? r[$0] : -r[$0] }
    }

    public func scores(weights: UnsafeBufferPointer<Double>, into scores: UnsafeMutableBufferPointer<Double>) {
        precondition(weights.count == criterionCount && scores.count == alternativeCount)
        for i in 0..<alternativeCount {
            let (b, c) = MOORA.sums(ratios, row: i, columns: criterionCount, benefit: benefit, weights: weights)
            scores[i] = b - c
        }
    }
}

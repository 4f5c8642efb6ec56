import RealModule

/// How consistent a pairwise comparison matrix is.
///
/// - λmax: the Perron eigenvalue of A (λmax ≥ n, with equality iff A is consistent).
/// - CI = (λmax − n)/(n − 1) (Saaty 1977); CI = 0 for n ≤ 2.
/// - CR = CI / RI(n), with RI from ``randomIndexTable``; CR = 0 for n ≤ 2. CR ≤ 0.1 is the usual
///   acceptance rule (Saaty 1980).
/// - GCI = 2/((n − 1)(n − 2)) Σ_{i<j} ln²(aᵢⱼ wⱼ / wᵢ) with w the geometric-mean priorities, the
///   consistency index that belongs to the geometric-mean method (Crawford & Williams 1985;
///   thresholds 0.31 for n = 3, 0.35 for n = 4, 0.37 for n > 4 from Aguarón & Moreno-Jiménez 2003,
///   doi:10.1016/S0377-2217(02)00255-2). nil for n ≤ 2.
public struct ConsistencyReport: Sendable, Equatable {
    /// λmax, from LAPACK `dgeev`.
    public let lambdaMax: Double
    /// CI.
    public let consistencyIndex: Double
    /// RI(n) from ``randomIndexTable``.
    public let randomIndex: Double
    /// CR = CI / RI (0 for n ≤ 2).
    public let consistencyRatio: Double
    /// The table that gave RI.
    public let randomIndexTable: RandomIndexTable
    /// GCI, nil for n ≤ 2.
    public let geometricConsistencyIndex: Double?
    /// The GCI acceptance threshold for this n (Aguarón & Moreno-Jiménez 2003), nil for n ≤ 2.
    public let geometricConsistencyThreshold: Double?

    /// The conventional CR acceptance threshold.
    public static let acceptableRatio = 0.1

    /// CR ≤ 0.1.
    public var isAcceptable: Bool { consistencyRatio <= Self.acceptableRatio }

    init(matrix: PairwiseComparisonMatrix, lambdaMax: Double, table: RandomIndexTable) throws {
        let n = matrix.order
        self.lambdaMax = lambdaMax
        randomIndexTable = table
        if n <= 2 {
            consistencyIndex = 0
            randomIndex = 0
            consistencyRatio = 0
            geometricConsistencyIndex = nil
            geometricConsistencyThreshold = nil
            return
        }
        consistencyIndex = (lambdaMax - Double(n)) / Double(n - 1)
        randomIndex = try table.randomIndex(order: n)
        consistencyRatio = consistencyIndex / randomIndex
        let w = matrix.geometricMeanPriorities()
        var sum = 0.0
        for i in 0..<n {
            for j in (i + 1)..<n {
                let e = Double.log(matrix[i, j] * w[j] / w[i])
                sum += e * e
            }
        }
        geometricConsistencyIndex = 2 * sum / Double((n - 1) * (n - 2))
        geometricConsistencyThreshold = n == 3 ? 0.31 : (n == 4 ? 0.35 : 0.37)
    }
}

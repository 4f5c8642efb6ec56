/// The first steps of PROBID and sPROBID (Wang, Rangaiah & Wang 2021): the weighted normalised
/// matrix, the m positive ideal solutions (the k-th best value of every criterion, k = 1…m), their
/// average, and the distance of every alternative from each of them and from the average.
///
/// With rᵢⱼ = xᵢⱼ / √Σᵢ xᵢⱼ² (vector normalisation applied to every column as to a benefit one, as
/// the paper and pymcdm do; a column of zeros gives 1) and vᵢⱼ = wⱼ rᵢⱼ:
///
///     PISₖⱼ = the k-th largest vᵢⱼ of column j (benefit) or the k-th smallest (cost)
///     avgⱼ  = (1/m) Σₖ PISₖⱼ                 (the column mean of v)
///     Sᵢₖ   = √Σⱼ (vᵢⱼ − PISₖⱼ)²            Sᵢ(avg) = √Σⱼ (vᵢⱼ − avgⱼ)²
///
/// Complexity: O(m²·n) time, O(m² + m·n) memory.
public struct PROBIDIdealDistances: Sendable, Equatable {
    /// vᵢⱼ, row-major m × n.
    public let weighted: [Double]
    /// PISₖⱼ, row-major m × n: row k is the (k+1)-th positive ideal solution.
    public let idealSolutions: [Double]
    /// avgⱼ, the average ideal solution.
    public let averageSolution: [Double]
    /// Sᵢₖ, row-major m × m: the distance of alternative i from the (k+1)-th ideal solution.
    public let distances: [Double]
    /// Sᵢ(avg), the distance of each alternative from the average solution.
    public let averageDistances: [Double]

    /// The distances of the alternatives of `x` (targets resolved) under `weights`.
    /// - Throws: what ``Normalization/vector`` throws (nothing on a validated matrix).
    init(_ x: DecisionMatrix, weights: [Double]) throws {
        let m = x.rowCount, n = x.columnCount
        let r = try Normalization.vector.apply(to: x.allBenefit)
        var v = [Double](repeating: 0, count: m * n), pis = v, avg = [Double](repeating: 0, count: n)
        for i in 0..<m { for j in 0..<n { v[i * n + j] = r[i, j] * weights[j] } }
        for j in 0..<n {
            let column = (0..<m).map { v[$0 * n + j] }
            let sorted = x.criteria[j].isBenefit ? column.sorted(by: >) : column.sorted()
            for k in 0..<m { pis[k * n + j] = sorted[k] }
            avg[j] = column.reduce(0, +) / Double(m)
        }
        var s = [Double](repeating: 0, count: m * m), sAvg = [Double](repeating: 0, count: m)
        for i in 0..<m {
            for k in 0..<m {
                var total = 0.0
                for j in 0..<n { let d = v[i * n + j] - pis[k * n + j]; total += d * d }
                s[i * m + k] = total.squareRoot()
            }
            var total = 0.0
            for j in 0..<n { let d = v[i * n + j] - avg[j]; total += d * d }
            sAvg[i] = total.squareRoot()
        }
        weighted = v
        idealSolutions = pis
        averageSolution = avg
        distances = s
        averageDistances = sAvg
    }

    /// m.
    public var alternativeCount: Int { averageDistances.count }

    /// Sᵢₖ for k = 1…m (1-based, as the paper writes it).
    func distance(_ i: Int, _ k: Int) -> Double { distances[i * alternativeCount + k - 1] }
}

/// Column statistics shared by the dispersion-based weighting methods (CRITIC, standard deviation).
enum ColumnDispersion {
    /// Min-max scaling of every column to [0, 1]: (x − min)/(max − min). With `orientByTypes`, cost
    /// columns (and resolved targets) become (max − x)/(max − min) instead; otherwise directions
    /// are ignored. A constant column becomes all 1 and is listed in `constantColumns`.
    static func minMax(_ matrix: DecisionMatrix, orientByTypes: Bool) throws -> NormalizedMatrix {
        let oriented: DecisionMatrix
        if orientByTypes {
            oriented = try matrix.resolvingTargets()
        } else {
            let benefit = matrix.criteria.map { Criterion(id: $0.id, name: $0.name, direction: .benefit) }
            oriented = DecisionMatrix(unchecked: matrix.alternatives, criteria: benefit, values: matrix.values)
        }
        return try Normalization.minMax.apply(to: oriented)
    }

    /// The sample covariance matrix (divisor m − 1, m ≥ 2) of the columns of a row-major m × n
    /// buffer, as a row-major n × n buffer. With `diagonalOnly`, only the variances are filled
    /// (O(m·n) instead of O(m·n²)). Two passes (means, then centred products) for accuracy.
    static func covariance(_ values: [Double], rows m: Int, columns n: Int, diagonalOnly: Bool = false) -> [Double] {
        precondition(m >= 2 && values.count == m * n)
        var mean = [Double](repeating: 0, count: n)
        for i in 0..<m { for j in 0..<n { mean[j] += values[i * n + j] } }
        for j in 0..<n { mean[j] /= Double(m) }
        var s = [Double](repeating: 0, count: n * n)
        var d = [Double](repeating: 0, count: n)
        for i in 0..<m {
            for j in 0..<n { d[j] = values[i * n + j] - mean[j] }
            if diagonalOnly {
                for j in 0..<n { s[j * n + j] += d[j] * d[j] }
            } else {
                for j in 0..<n { for k in j..<n { s[j * n + k] += d[j] * d[k] } }
            }
        }
        let scale = 1 / Double(m - 1)
        for j in 0..<n {
            for k in j..<n {
                s[j * n + k] *= scale
                s[k * n + j] = s[j * n + k]
            }
        }
        return s
    }
}

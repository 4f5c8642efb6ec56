/// Column normalisations that put criteria on a common, benefit-oriented scale (larger is better
/// after normalisation), exactly as defined in the reference cases' README (pymcdm, pyrepo-mcda,
/// pyDecision conventions). b = benefit column, c = cost column, over the m values x of a column:
///
/// | case | benefit | cost | needs |
/// |---|---|---|---|
/// | ``vector`` | x / √Σx² | 1 − x / √Σx² | – |
/// | ``minMax`` | (x − min)/(max − min) | (max − x)/(max − min) | – |
/// | ``max`` | x / max | 1 − x / max | max ≠ 0 |
/// | ``linear`` | x / max | min / x | positive values |
/// | ``sum`` | x / Σx | (1/x) / Σ(1/x) | positive values |
/// | ``none`` | x | 1/x | positive values on cost columns |
///
/// Degenerate columns get a documented finite answer, never NaN: a column whose vector norm, range
/// or maximum is zero normalises to 1 for every alternative (the criterion cannot tell them apart),
/// and ``NormalizedMatrix/constantColumns`` lists it so a report can say so.
///
/// TOPSIS with vector normalisation and cost columns oriented as 1 − r gives the same distances as
/// Hwang & Yoon's textbook form (which keeps r and takes the minimum as the ideal), because a map
/// r → a ± r per column leaves distances unchanged.
///
/// Target criteria must be resolved first (``DecisionMatrix/resolvingTargets()``).
public enum Normalization: String, CaseIterable, Sendable, Codable {
    case vector = "vector"
    case minMax = "minmax"
    case max = "max"
    case linear = "linear"
    case sum = "sum"
    case none = "none"

    /// Normalises every column of `matrix`.
    /// - Throws: ``MCDAError/nonPositiveValue(method:alternative:criterion:value:)`` when the
    ///   normalisation needs positive values.
    /// Complexity: O(m·n), two passes over the matrix.
    public func apply(to matrix: DecisionMatrix) throws -> NormalizedMatrix {
        precondition(!matrix.hasTargets, "resolve target criteria before normalising")
        let m = matrix.rowCount, n = matrix.columnCount
        var r = matrix.values
        var constant: [Int] = []
        for j in 0..<n {
            let benefit = matrix.criteria[j].isBenefit
            var lo = Double.infinity, hi = -Double.infinity, sum = 0.0, squares = 0.0, inverseSum = 0.0
            let needsPositive = self == .linear || self == .sum || (self == .none && !benefit)
            for i in 0..<m {
                let x = r[i * n + j]
                if needsPositive && !(x > 0) {
                    throw MCDAError.nonPositiveValue(method: "\(rawValue) normalisation", alternative: matrix.alternatives[i],
                                                     criterion: matrix.criteria[j].id, value: x)
                }
                lo = Swift.min(lo, x); hi = Swift.max(hi, x)
                sum += x; squares += x * x
                if needsPositive { inverseSum += 1 / x }
            }
            let scale: Double
            switch self {
            case .vector: scale = squares.squareRoot()
            case .minMax: scale = hi - lo
            case .max: scale = hi
            default: scale = 1
            }
            if (self == .vector || self == .minMax || self == .max) && scale == 0 {
                constant.append(j)
                for i in 0..<m { r[i * n + j] = 1 }
                continue
            }
            for i in 0..<m {
                let x = r[i * n + j]
                let y: Double
                switch (self, benefit) {
                case (.vector, true): y = x / scale
                case (.vector, false): y = 1 - x / scale
                case (.minMax, true): y = (x - lo) / scale
                case (.minMax, false): y = (hi - x) / scale
                case (.max, true): y = x / scale
                case (.max, false): y = 1 - x / scale
                case (.linear, true): y = x / hi
                case (.linear, false): y = lo / x
                case (.sum, true): y = x / sum
                case (.sum, false): y = (1 / x) / inverseSum
                case (.none, true): y = x
                case (.none, false): y = 1 / x
                }
                r[i * n + j] = y
            }
            if lo == hi && !constant.contains(j) { constant.append(j) }
        }
        return NormalizedMatrix(normalization: self, rowCount: m, columnCount: n, values: r, constantColumns: constant)
    }
}

/// A benefit-oriented normalised matrix (row-major), with the normalisation that produced it.
public struct NormalizedMatrix: Sendable, Equatable {
    /// The normalisation used.
    public let normalization: Normalization
    /// m.
    public let rowCount: Int
    /// n.
    public let columnCount: Int
    /// rᵢⱼ, row-major; larger is better in every column.
    public let values: [Double]
    /// Columns in which every alternative has the same value (they cannot discriminate).
    public let constantColumns: [Int]

    /// rᵢⱼ.
    @inlinable public subscript(i: Int, j: Int) -> Double { values[i * columnCount + j] }
}

/// Column normalisations that put criteria on a common, benefit-oriented scale (larger is better
/// after normalisation), exactly as defined in the reference cases' README (pymcdm, pyrepo-mcda,
/// pyDecision conventions). b = benefit column, c = cost column, over the m values x of a column:
///
/// | case | benefit | cost | needs |
/// |---|---|---|---|
/// | ``vector`` | x / √Σx² | 1 − x / √Σx² | – |
/// | ``minMax`` | (x − min)/(max − min) | (max − x)/(max − min) | – |
/// | ``max`` | x / max | 1 − x / max | max > 0 (or a constant column) |
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
    ///   normalisation needs positive values (the first offending value, column by column), and
    ///   ``MCDAError/nonPositiveScale(method:criterion:statistic:value:)`` for ``max`` on a column
    ///   whose maximum is not positive (dividing by it would reverse or erase the order).
    /// Complexity: O(m·n), two passes over the matrix, row by row (so a million-row matrix is read
    /// in memory order); the second pass runs on every core. Each column's statistics are
    /// accumulated in row order, so the results do not depend on the number of threads.
    public func apply(to matrix: DecisionMatrix) throws -> NormalizedMatrix {
        try columnMap(for: matrix).normalize(matrix)
    }

    /// The statistics pass of ``apply(to:)`` alone, with its checks: what maps a value of `matrix`
    /// to its normalised value, for methods that need rᵢⱼ once each and not the m × n matrix
    /// (``TOPSIS``). Complexity: O(m·n), one pass in row order.
    func columnMap(for matrix: DecisionMatrix) throws -> ColumnMap {
        precondition(!matrix.hasTargets, "resolve target criteria before normalising")
        let m = matrix.rowCount, n = matrix.columnCount
        let benefit = matrix.criteria.map(\.isBenefit)
        let needsPositive = benefit.map { self == .linear || self == .sum || (self == .none && !$0) }
        var columns = [ColumnStatistics](repeating: ColumnStatistics(), count: n)
        var allPositive = true
        matrix.values.withUnsafeBufferPointer { x in
            for i in 0..<m {
                for j in 0..<n {
                    let v = x[i * n + j]
                    columns[j].add(v, inverse: needsPositive[j])
                    if needsPositive[j] && !(v > 0) { allPositive = false }
                }
            }
        }
        if !allPositive {
            for j in 0..<n where needsPositive[j] {
                for i in 0..<m where !(matrix.values[i * n + j] > 0) {
                    if let t = matrix.criteria[j].resolvedTarget {
                        throw MCDAError.nonPositiveDistance(method: "\(rawValue) normalisation", alternative: matrix.alternatives[i],
                                                            criterion: matrix.criteria[j].id, target: t, distance: matrix.values[i * n + j])
                    }
                    throw MCDAError.nonPositiveValue(method: "\(rawValue) normalisation", alternative: matrix.alternatives[i],
                                                     criterion: matrix.criteria[j].id, value: matrix.values[i * n + j])
                }
            }
        }
        if self == .max {  // x / max reverses the order of a column whose maximum is negative
            for j in 0..<n where columns[j].lo != columns[j].hi && !(columns[j].hi > 0) {
                throw MCDAError.nonPositiveScale(method: "max normalisation", criterion: matrix.criteria[j].id,
                                                 statistic: "maximum", value: columns[j].hi)
            }
        }
        var scales = columns.map(scale)
        if self == .vector {  // Σx² overflowed or underflowed: the norm again, of x / max|x|
            for j in 0..<n where !columns[j].squares.isNormal && columns[j].lo != columns[j].hi {
                scales[j] = Self.scaledNorm(matrix.values, column: j, columns: n, largest: Swift.max(abs(columns[j].lo), abs(columns[j].hi)))
            }
        }
        let zeroScale = scales.map { (self == .vector || self == .minMax || self == .max) && $0 == 0 }
        let constant = (0..<n).filter { zeroScale[$0] || columns[$0].lo == columns[$0].hi }
        return ColumnMap(normalization: self, benefit: benefit, columns: columns, scales: scales, zeroScale: zeroScale, constantColumns: constant)
    }

    /// √Σx² of column j computed as max|x|·√Σ(x / max|x|)², which neither overflows nor underflows
    /// for finite values (the fast path squares directly and overflows for |x| ≳ 10¹⁵⁴).
    private static func scaledNorm(_ values: [Double], column j: Int, columns n: Int, largest: Double) -> Double {
        guard largest > 0 else { return 0 }
        var squares = 0.0
        for i in 0..<(values.count / n) { let y = values[i * n + j] / largest; squares += y * y }
        return largest * squares.squareRoot()
    }

    /// The scale of a column: its vector norm, range or maximum (1 for the others).
    private func scale(_ c: ColumnStatistics) -> Double {
        switch self {
        case .vector: return c.squares.squareRoot()
        case .minMax: return c.hi - c.lo
        case .max: return c.hi
        default: return 1
        }
    }

    /// One normalised value.
    @inline(__always)
    fileprivate func map(_ x: Double, benefit: Bool, column c: ColumnStatistics, scale: Double) -> Double {
        switch (self, benefit) {
        case (.vector, true): return x / scale
        case (.vector, false): return 1 - x / scale
        case (.minMax, true): return (x - c.lo) / scale
        case (.minMax, false): return (c.hi - x) / scale
        case (.max, true): return x / scale
        case (.max, false): return 1 - x / scale
        case (.linear, true): return x / c.hi
        case (.linear, false): return c.lo / x
        case (.sum, true): return x / c.sum
        case (.sum, false): return (1 / x) / c.inverseSum
        case (.none, true): return x
        case (.none, false): return 1 / x
        }
    }
}

/// Running statistics of one column, accumulated in row order.
struct ColumnStatistics: Sendable, Equatable {
    var lo = Double.infinity, hi = -Double.infinity, sum = 0.0, squares = 0.0, inverseSum = 0.0

    @inline(__always)
    mutating func add(_ x: Double, inverse: Bool) {
        lo = Swift.min(lo, x); hi = Swift.max(hi, x)
        sum += x; squares += x * x
        if inverse { inverseSum += 1 / x }
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

/// A normalisation fitted to one matrix (``Normalization/columnMap(for:)``): rᵢⱼ = `value(xᵢⱼ, column: j)`.
struct ColumnMap: Sendable, Equatable {
    let normalization: Normalization
    let benefit: [Bool]
    let columns: [ColumnStatistics]
    let scales: [Double]
    /// Columns whose scale is 0 (vector, min-max, max): every value maps to 1.
    let zeroScale: [Bool]
    /// Columns in which every alternative has the same value.
    let constantColumns: [Int]

    /// The normalised value of `x` in column `j`; non-decreasing in x for a benefit column,
    /// non-increasing for a cost column, in floating point as in exact arithmetic.
    @inline(__always)
    func value(_ x: Double, column j: Int) -> Double {
        zeroScale[j] ? 1 : normalization.map(x, benefit: benefit[j], column: columns[j], scale: scales[j])
    }

    /// The smallest and largest normalised values of column j: the images of the column's
    /// extreme values, since the map is monotone (so exactly the extremes of the mapped column).
    func range(column j: Int) -> (lo: Double, hi: Double) {
        let a = value(columns[j].lo, column: j), b = value(columns[j].hi, column: j)
        return (Swift.min(a, b), Swift.max(a, b))
    }

    /// Every value of `matrix` (the one the map was fitted to) mapped, rows on every core.
    func normalize(_ matrix: DecisionMatrix) -> NormalizedMatrix {
        let m = matrix.rowCount, n = matrix.columnCount
        let rows = ParallelLoop.pieces(work: m * n, grain: 1 << 16)
        let r = [Double](unsafeUninitializedCapacity: m * n) { out, initialized in
            matrix.values.withUnsafeBufferPointer { x in
                ParallelLoop.forEach(rows) { p in
                    for i in (m * p / rows)..<(m * (p + 1) / rows) {
                        for j in 0..<n { out[i * n + j] = value(x[i * n + j], column: j) }
                    }
                }
            }
            initialized = m * n
        }
        return NormalizedMatrix(normalization: normalization, rowCount: m, columnCount: n, values: r, constantColumns: constantColumns)
    }
}

/// Input checks and column statistics shared by ARAS, CoCoSo, CODAS, COPRAS, EDAS, MABAC, MAIRCA,
/// MARCOS, MOORA and OCRA: errors that name the method, the criterion and the alternative, and the
/// column minima and maxima most of them start from.
extension RankingMethod {
    /// Throws for the first value of `x` that is not positive, column by column (only the columns
    /// for which `columns` is true): ``MCDAError/nonPositiveValue(method:alternative:criterion:value:)``,
    /// or ``MCDAError/nonPositiveDistance(method:alternative:criterion:target:distance:)`` on a
    /// resolved target criterion.
    func requirePositive(_ x: DecisionMatrix, method: String, columns: (Int) -> Bool = { _ in true }) throws {
        let m = x.rowCount, n = x.columnCount
        for j in 0..<n where columns(j) {
            for i in 0..<m where !(x.values[i * n + j] > 0) {
                throw Self.nonPositive(x, row: i, column: j, method: method)
            }
        }
    }

    /// The error for the non-positive value of `x` at row `i`, column `j`.
    static func nonPositive(_ x: DecisionMatrix, row i: Int, column j: Int, method: String) -> MCDAError {
        let c = x.criteria[j], v = x[i, j]
        if let t = c.resolvedTarget {
            return .nonPositiveDistance(method: method, alternative: x.alternatives[i], criterion: c.id, target: t, distance: v)
        }
        return .nonPositiveValue(method: method, alternative: x.alternatives[i], criterion: c.id, value: v)
    }

    /// `normalization` applied to `x`, with the method named in its errors ("ARAS (sum normalisation)").
    func normalizing(_ x: DecisionMatrix, with normalization: Normalization, method: String) throws -> NormalizedMatrix {
        do {
            return try normalization.apply(to: x)
        } catch let error as MCDAError {
            throw error.naming(method: "\(method) (\(normalization.rawValue) normalisation)")
        }
    }
}

extension MCDAError {
    /// The same error with `method` as the method named (for the errors that name one).
    func naming(method: String) -> MCDAError {
        switch self {
        case .nonPositiveValue(_, let a, let c, let v):
            return .nonPositiveValue(method: method, alternative: a, criterion: c, value: v)
        case .nonPositiveDistance(_, let a, let c, let t, let d):
            return .nonPositiveDistance(method: method, alternative: a, criterion: c, target: t, distance: d)
        case .nonPositiveScale(_, let c, let s, let v):
            return .nonPositiveScale(method: method, criterion: c, statistic: s, value: v)
        default:
            return self
        }
    }
}

extension DecisionMatrix {
    /// The smallest and the largest value of every column.
    var columnExtremes: (lo: [Double], hi: [Double]) {
        let m = rowCount, n = columnCount
        var lo = [Double](repeating: .infinity, count: n), hi = [Double](repeating: -.infinity, count: n)
        for i in 0..<m {
            for j in 0..<n {
                let v = values[i * n + j]
                lo[j] = Swift.min(lo[j], v)
                hi[j] = Swift.max(hi[j], v)
            }
        }
        return (lo, hi)
    }

    /// This matrix with `rows` appended (each n values) under the names `names` (reference rows such
    /// as ARAS's optimal alternative or MARCOS's ideal and anti-ideal).
    func appending(rows: [[Double]], names: [String]) -> DecisionMatrix {
        DecisionMatrix(unchecked: alternatives + names, criteria: criteria, values: values + rows.flatMap { $0 })
    }
}

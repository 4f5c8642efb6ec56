/// Validation of criterion weights.
public enum Weights {
    /// Checks that `weights` has one finite, non-negative entry per criterion of `matrix`, not all zero.
    /// Weights are used as given (not renormalised): methods that need Σw = 1 say so.
    public static func validate(_ weights: [Double], for matrix: DecisionMatrix) throws {
        guard weights.count == matrix.columnCount else {
            throw MCDAError.weightCount(expected: matrix.columnCount, found: weights.count)
        }
        for (j, w) in weights.enumerated() where !(w.isFinite && w >= 0) {
            throw MCDAError.invalidWeight(criterion: matrix.criteria[j].id, value: w)
        }
        guard weights.contains(where: { $0 > 0 }) else { throw MCDAError.zeroWeights }
    }

    /// The smallest non-zero weight a user may give: products of weights and values (up to
    /// ±10¹⁵⁰, ``DecisionMatrix/magnitudeLimit``) and their squares then stay clear of the
    /// subnormal range, where TOPSIS distances and weighted sums underflow into false ties.
    public static let smallestNonZero = 1e-150

    /// Throws ``MCDAError/weightTooSmall(criterion:value:)`` for a weight in (0, ``smallestNonZero``):
    /// a check of weights a user gives (`--weights`, a dataset's given weights), not of the weights
    /// that simulations draw.
    public static func validateGiven(_ weights: [Double], criteria: [String]) throws {
        for (j, w) in weights.enumerated() where w > 0 && w < smallestNonZero {
            throw MCDAError.weightTooSmall(criterion: j < criteria.count ? criteria[j] : "#\(j + 1)", value: w)
        }
    }

    /// `weights` scaled to sum 1. Weights whose sum overflows (10³⁰⁸ each, say) are first divided
    /// by the largest, so they still give their proportions rather than zeros.
    public static func normalized(_ weights: [Double]) -> [Double] {
        let total = weights.reduce(0, +)
        if total.isFinite { return weights.map { $0 / total } }
        let largest = weights.max() ?? 1
        guard largest.isFinite && largest > 0 else { return weights.map { $0 / total } }
        let scaled = weights.map { $0 / largest }, scaledTotal = scaled.reduce(0, +)
        return scaled.map { $0 / scaledTotal }
    }

    /// Equal weights 1/n.
    public static func equal(_ n: Int) -> [Double] { [Double](repeating: 1 / Double(n), count: n) }
}

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

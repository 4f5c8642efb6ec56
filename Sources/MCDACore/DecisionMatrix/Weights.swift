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

    /// `weights` scaled to sum 1.
    public static func normalized(_ weights: [Double]) -> [Double] {
        let total = weights.reduce(0, +)
        return weights.map { $0 / total }
    }

    /// Equal weights 1/n.
    public static func equal(_ n: Int) -> [Double] { [Double](repeating: 1 / Double(n), count: n) }
}

/// Why a pairwise comparison matrix or an AHP model was rejected.
///
/// Element positions are 0-based in the payload; descriptions name the elements and count from 1
/// the way a user reads a matrix.
public enum AHPError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The matrix has no elements.
    case empty
    /// The names and entries do not describe a square matrix.
    case notSquare(elements: Int, entries: Int)
    /// Two elements share a name.
    case duplicateElement(String)
    /// An entry is NaN or infinite.
    case nonFinite(row: String, column: String)
    /// An entry is zero or negative.
    case nonPositive(row: String, column: String, value: Double)
    /// A diagonal entry is not 1.
    case diagonalNotOne(element: String, value: Double)
    /// `a[j][i]` is not `1 / a[i][j]`. `looksMirrored` is true when the matrix holds the same
    /// judgment on both sides of the diagonal in most pairs (a copy instead of reciprocals, or a
    /// transposed lower triangle typed over a reciprocal one).
    case notReciprocal(row: String, column: String, value: Double, mirrorValue: Double, looksMirrored: Bool)
    /// The random-index table has no value for a matrix of this order.
    case randomIndexUnavailable(table: RandomIndexTable, order: Int)
    /// In an incomplete matrix the known judgments do not link every element to every other.
    case disconnectedComparisons(groups: [[String]])
    /// A computation failed in LAPACK (should not happen for a valid positive matrix).
    case numericalFailure(String)

    public var description: String {
        switch self {
        case .empty:
            return "the pairwise comparison matrix is empty"
        case .notSquare(let elements, let entries):
            return "a pairwise comparison matrix over \(elements) elements needs \(elements * elements) entries, found \(entries)"
        case .duplicateElement(let name):
            return "element '\(name)' appears twice"
        case .nonFinite(let row, let column):
            return "entry (\(row), \(column)) is not a finite number"
        case .nonPositive(let row, let column, let value):
            return "entry (\(row), \(column)) is \(value); judgments must be positive (1/9 … 9 on Saaty's scale)"
        case .diagonalNotOne(let element, let value):
            return "diagonal entry (\(element), \(element)) is \(value); an element compared with itself must be 1"
        case .notReciprocal(let row, let column, let value, let mirror, let looksMirrored):
            let v = SaatyScale.label(value), m = SaatyScale.label(mirror)
            var text = "entries (\(row), \(column)) = \(v) and (\(column), \(row)) = \(m) are not reciprocal: "
                + "(\(column), \(row)) should be 1/(\(v)) = \(SaatyScale.label(1 / value))"
            if looksMirrored {
                text += ". Most pairs hold the same value on both sides of the diagonal: the lower triangle looks like a copy "
                    + "(or a transpose) of the upper one. Entry (i, j) says how much more important row i is than column j; "
                    + "enter each judgment once and its reciprocal on the other side, or leave the lower triangle empty"
            }
            return text
        case .randomIndexUnavailable(let table, let order):
            return "the \(table.rawValue) random-index table has no value for n = \(order) (it covers n ≤ \(table.largestOrder ?? 0)); "
                + "use --random-index alonso-lamata, which is defined for every n"
        case .disconnectedComparisons(let groups):
            let listed = groups.map { "{" + $0.joined(separator: ", ") + "}" }.joined(separator: ", ")
            return "the known judgments do not connect all elements; these groups are never compared with each other: \(listed). "
                + "Add at least one judgment between every pair of groups"
        case .numericalFailure(let message):
            return "numerical failure: \(message)"
        }
    }
}

/// Why a decision problem, its weights or a method's parameters were rejected.
///
/// Alternatives and criteria are named by their identifiers, so that a message points at a cell.
public enum MCDAError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The problem has no alternatives or no criteria.
    case emptyProblem(alternatives: Int, criteria: Int)
    /// The value buffer does not hold alternatives × criteria entries.
    case dimensionMismatch(expected: Int, found: Int)
    /// Two alternatives share an identifier.
    case duplicateAlternative(String)
    /// Two criteria share an identifier.
    case duplicateCriterion(String)
    /// A value is NaN or infinite.
    case nonFiniteValue(alternative: String, criterion: String)
    /// A value's magnitude exceeds ``DecisionMatrix/magnitudeLimit``.
    case valueOutOfRange(alternative: String, criterion: String, value: Double)
    /// The number of weights differs from the number of criteria.
    case weightCount(expected: Int, found: Int)
    /// A weight is negative, NaN or infinite.
    case invalidWeight(criterion: String, value: Double)
    /// A non-zero weight below ``Weights/smallestNonZero`` (the scores it gives lose their precision).
    case weightTooSmall(criterion: String, value: Double)
    /// All weights are zero.
    case zeroWeights
    /// A method or normalisation needs strictly positive values and got another value.
    case nonPositiveValue(method: String, alternative: String, criterion: String, value: Double)
    /// A method needs more alternatives.
    case tooFewAlternatives(method: String, needed: Int, found: Int)
    /// A parameter is out of its valid range.
    case invalidParameter(name: String, value: String, expected: String)
    /// A normalisation divides by a column statistic that must be positive (the maximum, for
    /// ``Normalization/max``), and it is not.
    case nonPositiveScale(method: String, criterion: String, statistic: String, value: Double)
    /// A method's results overflow (or lose all meaning in) double precision: values or weights too
    /// large or too small in magnitude.
    case numericalOverflow(method: String)
    /// As ``nonPositiveValue(method:alternative:criterion:value:)`` for a target criterion, whose
    /// values have become distances from the target.
    case nonPositiveDistance(method: String, alternative: String, criterion: String, target: Double, distance: Double)

    public var description: String {
        switch self {
        case .emptyProblem(let m, let n):
            return "a decision problem needs at least one alternative and one criterion (found \(m) alternatives, \(n) criteria)"
        case .dimensionMismatch(let e, let f):
            return "expected \(e) values (alternatives × criteria), found \(f)"
        case .duplicateAlternative(let a):
            return "alternative '\(a)' appears more than once"
        case .duplicateCriterion(let c):
            return "criterion '\(c)' appears more than once"
        case .nonFiniteValue(let a, let c):
            return "the value of alternative '\(a)' on criterion '\(c)' is not a finite number"
        case .valueOutOfRange(let a, let c, let v):
            return "the value of alternative '\(a)' on criterion '\(c)' is \(v); values must lie between -1e150 and 1e150 (their squares and sums of squares must stay finite in double precision)"
        case .weightCount(let e, let f):
            return "expected \(e) weights (one per criterion), found \(f)"
        case .invalidWeight(let c, let v):
            return "the weight of criterion '\(c)' is \(v); weights must be finite and non-negative"
        case .weightTooSmall(let c, let v):
            return "the weight of criterion '\(c)' is \(v); a non-zero weight must be at least \(Weights.smallestNonZero) (smaller ones underflow in the scores and turn differences into ties): use 0, or scale all weights up (only their proportions matter to the ranking)"
        case .zeroWeights:
            return "all weights are zero"
        case .nonPositiveValue(let method, let a, let c, let v):
            return "\(method) needs positive values, but alternative '\(a)' has \(v) on criterion '\(c)'"
        case .tooFewAlternatives(let method, let needed, let found):
            return "\(method) needs at least \(needed) alternatives, found \(found)"
        case .invalidParameter(let name, let value, let expected):
            return "\(name) = \(value) is invalid: expected \(expected)"
        case .nonPositiveScale(let method, let c, let statistic, let v):
            return "\(method) divides by each column's \(statistic), which must be positive, but the \(statistic) of criterion '\(c)' is \(v): use minmax or vector normalisation for such a column"
        case .nonPositiveDistance(let method, let a, let c, let t, let d):
            return "\(method) needs positive values, but criterion '\(c)' is a target criterion, ranked by the distance from its target \(t), and alternative '\(a)' is at distance \(d): use vector or minmax normalisation"
        case .numericalOverflow(let method):
            return "\(method): the results overflow double precision (values or weights too large or too small in magnitude); rescale the values or the weights"
        }
    }
}

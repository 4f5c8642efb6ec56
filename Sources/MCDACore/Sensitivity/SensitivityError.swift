/// Why a sensitivity analysis or a weight sampler was rejected.
///
/// Criteria and alternatives are identified by their 0-based positions in the payload (samplers
/// and scorings know only counts); descriptions count from 1, the way a user reads a table.
public enum SensitivityError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The weight constraints leave no weight vector on the simplex (Σw = 1, w ≥ 0); `reason`
    /// says which constraints conflict.
    case emptyWeightSet(reason: String)
    /// A lower bound exceeds its upper bound, or a bound is outside [0, 1] or not finite.
    case invalidBounds(criterion: Int, lower: Double, upper: Double)
    /// The ordering of criteria contains a cycle (a ≥ b ≥ … ≥ a), listed in order.
    case contradictoryOrdering(cycle: [Int])
    /// A criterion position is outside 0..<count.
    case criterionOutOfRange(criterion: Int, count: Int)
    /// An array has the wrong length for the problem (`what` names it).
    case dimensionMismatch(what: String, expected: Int, found: Int)
    /// A perturbed pairwise matrix could not be decomposed (should not happen for positive matrices).
    case numericalFailure(String)
    /// Hit-and-run would take longer than ``HitAndRunWork/budgetSeconds`` for the samples asked
    /// for; the payload has the steps, the estimated time and what would fit.
    case hitAndRunTooLong(HitAndRunWork)
    /// A matrix drawn under data uncertainty (`model`) could not be scored; `reason` is the
    /// method's error, which names a drawn value, not one of the input.
    case sampledMatrixRejected(model: String, reason: String)
    /// The method failed on a sampled weight vector; the simulation stops rather than counting the
    /// sample as a tie of every alternative.
    case methodFailed(method: String, reason: String)

    public var description: String {
        switch self {
        case .emptyWeightSet(let reason):
            return "no weight vector satisfies the constraints: \(reason)"
        case .invalidBounds(let j, let lo, let hi):
            return "criterion \(j + 1) has bounds [\(lo), \(hi)]; bounds must be finite with 0 ≤ lower ≤ upper ≤ 1"
        case .contradictoryOrdering(let cycle):
            let names = (cycle + cycle.prefix(1)).map { "w\($0 + 1)" }.joined(separator: " ≥ ")
            return "the criterion ordering is contradictory: \(names); criteria in a cycle would all need equal weights"
        case .criterionOutOfRange(let j, let n):
            return "criterion \(j + 1) does not exist (there are \(n) criteria)"
        case .dimensionMismatch(let what, let e, let f):
            return "\(what): expected \(e) entries, found \(f)"
        case .numericalFailure(let message):
            return "numerical failure: \(message)"
        case .hitAndRunTooLong(let work):
            return work.advice
        case .sampledMatrixRejected(let model, let reason):
            return "a matrix drawn under the data uncertainty (\(model)) could not be scored: \(reason). That value is a draw, not one of the input; narrow the uncertainty, or choose a normalisation that accepts such values (vector or minmax)"
        case .methodFailed(let method, let reason):
            return "\(method) failed on a sampled weight vector, so the simulation was stopped rather than counting a tie: \(reason)"
        }
    }
}

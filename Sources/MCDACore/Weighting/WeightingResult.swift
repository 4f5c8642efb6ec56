/// What every weighting method's result offers: one weight per criterion, the convention the
/// weights were computed under, and soft findings.
///
/// Weights are finite, non-negative and sum to 1 (up to rounding) for every method.
public protocol WeightingResult: Sendable {
    /// Criterion identifiers, in column order.
    var criteria: [String] { get }
    /// One weight per criterion, in column order; non-negative, summing to 1.
    var weights: [Double] { get }
    /// The method that produced the weights.
    var method: WeightingMethod { get }
    /// The convention used where the literature disagrees (for example `ignore-types` for entropy
    /// and CRITIC), as a stable identifier for reports.
    var convention: String { get }
    /// Soft findings: constant criteria, fallbacks to equal weights.
    var diagnostics: [WeightingDiagnostic] { get }
}

/// A soft finding about derived weights: reported, never fatal.
public enum WeightingDiagnostic: Sendable, Equatable, CustomStringConvertible {
    /// Every alternative has the same value on the criterion, so it cannot tell them apart and
    /// gets weight 0 (an all-zero column included).
    case constantCriterion(String)
    /// No criterion discriminates between the alternatives (every divergence or information
    /// measure is 0), so equal weights 1/n were returned instead of 0/0.
    case equalWeightsFallback(method: WeightingMethod)

    public var description: String {
        switch self {
        case .constantCriterion(let c):
            return "criterion '\(c)' has the same value for every alternative; it carries no information and gets weight 0"
        case .equalWeightsFallback(let method):
            return "no criterion discriminates between the alternatives, so \(method.rawValue) cannot apportion weight; equal weights were returned"
        }
    }
}

/// The shared last step of the objective methods: w = s / Σ s for non-negative scores s, or equal
/// weights with a diagnostic when Σ s = 0 (never 0/0).
func weightsFromScores(_ scores: [Double], method: WeightingMethod,
                       diagnostics: inout [WeightingDiagnostic]) -> [Double] {
    let total = scores.reduce(0, +)
    guard total > 0, total.isFinite else {
        diagnostics.append(.equalWeightsFallback(method: method))
        return Weights.equal(scores.count)
    }
    return scores.map { $0 / total }
}

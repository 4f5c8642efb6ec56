import RealModule

/// Shannon-entropy weights: a criterion whose values are spread unevenly over the alternatives
/// carries more information and gets more weight.
///
/// For an m × n matrix of non-negative values x:
///
///     pᵢⱼ = xᵢⱼ / Σᵢ xᵢⱼ
///     Eⱼ  = −(1 / ln m) Σᵢ pᵢⱼ ln pᵢⱼ        (0 · ln 0 = 0, so 0 ≤ Eⱼ ≤ 1)
///     dⱼ  = 1 − Eⱼ                           (the divergence)
///     wⱼ  = dⱼ / Σₖ dₖ
///
/// (Shannon 1948, doi:10.1002/j.1538-7305.1948.tb01338.x; as a weighting method, Zeleny 1982 and
/// Hwang & Yoon 1981, *Multiple Attribute Decision Making*, Springer, doi:10.1007/978-3-642-48318-9.)
///
/// Conventions (``CostHandling``): by default criterion directions are **ignored**, as pymcdm,
/// pyrepo-mcda and scikit-criteria do; the entropy measures dispersion, which does not depend on
/// which end of a scale is better. pyDecision first replaces each cost column by 1/x
/// (``CostHandling/reciprocal``); the weights differ (by up to 0.46 in the reference cases). Target
/// criteria are resolved to cost "distance from target" columns first under that convention.
///
/// Degenerate input gets a finite, documented answer:
/// - a column whose values are all equal (an all-zero column included) has E = 1 exactly, d = 0,
///   weight 0, and a ``WeightingDiagnostic/constantCriterion(_:)``;
/// - rounding can push E a hair above 1 for nearly uniform columns: d is clamped at 0;
/// - if every d is 0, equal weights are returned with ``WeightingDiagnostic/equalWeightsFallback(method:)``.
///
/// - Throws: ``MCDAError/tooFewAlternatives(method:needed:found:)`` for m < 2 (ln m = 0);
///   ``MCDAError/invalidParameter(name:value:expected:)`` naming the cell for a negative value;
///   ``MCDAError/nonPositiveValue(method:alternative:criterion:value:)`` for a cost value ≤ 0 under
///   ``CostHandling/reciprocal``.
///
/// Complexity: O(m·n) time in two passes over the contiguous matrix, O(n) extra memory
/// (O(m·n) under ``CostHandling/reciprocal``, which works on a copy).
///
/// Example (Elsayed et al. 2017 data, first weight 0.104991):
/// ```swift
/// let result = try EntropyWeights().evaluate(matrix)
/// result.weights      // [0.10499…, 0.06912…, 0.07137…, 0.44994…, 0.30458…]
/// result.entropies    // Eⱼ, one per criterion
/// ```
public struct EntropyWeights: Sendable {
    /// How criterion directions enter the entropy.
    public enum CostHandling: String, CaseIterable, Sendable, Codable {
        /// Directions are ignored: every column is used as it is (pymcdm, pyrepo-mcda,
        /// scikit-criteria). The default.
        case ignoreTypes = "ignore-types"
        /// Cost columns (and resolved target columns) are replaced by 1/x first (pyDecision,
        /// without its 1e-9 epsilons). Needs positive values on those columns.
        case reciprocal = "cost-as-reciprocal"

        /// The convention used when none is chosen.
        public static let `default` = CostHandling.ignoreTypes
    }

    /// The convention for cost criteria.
    public var costHandling: CostHandling

    public init(costHandling: CostHandling = .default) {
        self.costHandling = costHandling
    }

    /// Entropy weights of the criteria of `matrix`.
    public func evaluate(_ matrix: DecisionMatrix) throws -> EntropyWeightsResult {
        let m = matrix.rowCount, n = matrix.columnCount
        guard m >= 2 else { throw MCDAError.tooFewAlternatives(method: "entropy weights", needed: 2, found: m) }
        let x = try prepared(matrix)
        var sums = [Double](repeating: 0, count: n)
        var lo = [Double](repeating: .infinity, count: n), hi = [Double](repeating: -.infinity, count: n)
        for i in 0..<m {
            for j in 0..<n {
                let v = x[i * n + j]
                if v < 0 {
                    throw MCDAError.invalidParameter(
                        name: "the value of alternative '\(matrix.alternatives[i])' on criterion '\(matrix.criteria[j].id)'",
                        value: "\(v)", expected: "a non-negative number (entropy weights share out each column's total)")
                }
                sums[j] += v
                lo[j] = Swift.min(lo[j], v); hi[j] = Swift.max(hi[j], v)
            }
        }
        var plogp = [Double](repeating: 0, count: n)
        for i in 0..<m {
            for j in 0..<n where x[i * n + j] > 0 {
                let p = x[i * n + j] / sums[j]
                plogp[j] += p * Double.log(p)
            }
        }
        let lnM = Double.log(Double(m))
        var diagnostics: [WeightingDiagnostic] = []
        var entropies = [Double](repeating: 1, count: n)
        var divergences = [Double](repeating: 0, count: n)
        for j in 0..<n {
            if lo[j] == hi[j] {
                diagnostics.append(.constantCriterion(matrix.criteria[j].id))
                continue
            }
            entropies[j] = -plogp[j] / lnM
            divergences[j] = Swift.max(0, 1 - entropies[j])
        }
        let weights = weightsFromScores(divergences, method: .entropy, diagnostics: &diagnostics)
        return EntropyWeightsResult(criteria: matrix.criteria.map(\.id), weights: weights, entropies: entropies,
                                    divergences: divergences, costHandling: costHandling, diagnostics: diagnostics)
    }

    /// The values the entropy is taken of: the matrix itself, or with cost columns inverted.
    private func prepared(_ matrix: DecisionMatrix) throws -> [Double] {
        guard costHandling == .reciprocal else { return matrix.values }
        let resolved = try matrix.resolvingTargets()
        let m = resolved.rowCount, n = resolved.columnCount
        var x = resolved.values
        for j in 0..<n where !resolved.criteria[j].isBenefit {
            for i in 0..<m {
                let v = x[i * n + j]
                guard v > 0 else {
                    throw MCDAError.nonPositiveValue(method: "entropy weights with cost-as-reciprocal",
                                                     alternative: resolved.alternatives[i],
                                                     criterion: resolved.criteria[j].id, value: v)
                }
                x[i * n + j] = 1 / v
            }
        }
        return x
    }
}

/// The result of ``EntropyWeights``, with its intermediate values.
public struct EntropyWeightsResult: WeightingResult, Equatable {
    public let criteria: [String]
    public let weights: [Double]
    /// Eⱼ ∈ [0, 1], one per criterion (1 for a constant criterion).
    public let entropies: [Double]
    /// dⱼ = 1 − Eⱼ, clamped at 0.
    public let divergences: [Double]
    /// The convention used for cost criteria.
    public let costHandling: EntropyWeights.CostHandling
    public let diagnostics: [WeightingDiagnostic]

    public var method: WeightingMethod { .entropy }
    /// ``EntropyWeights/CostHandling`` raw value.
    public var convention: String { costHandling.rawValue }
}

/// The result of the objective weighting methods that keep their intermediate values as named
/// per-criterion vectors (``MERECWeights``, ``GiniWeights``, ``VarianceWeights``,
/// ``CILOSWeights``, ``IDOCRIWWeights``, ``AngleWeights``, ``LOPCOWWeights``).
///
/// Example:
/// ```swift
/// let r = try MERECWeights().evaluate(matrix)
/// r.weights                        // one per criterion, summing to 1
/// r.values("removalEffects")       // Eⱼ, the method's own intermediate
/// ```
public struct ObjectiveWeightsResult: WeightingResult, Equatable {
    /// One named intermediate, one value per criterion in column order.
    public struct Intermediate: Sendable, Equatable {
        /// Its stable name (the JSON key of `mcda weights`), e.g. `removalEffects`.
        public let name: String
        /// One value per criterion.
        public let values: [Double]

        public init(name: String, values: [Double]) {
            self.name = name
            self.values = values
        }
    }

    public let criteria: [String]
    public let weights: [Double]
    public let method: WeightingMethod
    public let convention: String
    /// The method's per-criterion intermediate values, in the order the method computes them.
    public let intermediates: [Intermediate]
    public let diagnostics: [WeightingDiagnostic]

    public init(criteria: [String], weights: [Double], method: WeightingMethod, convention: String,
                intermediates: [Intermediate], diagnostics: [WeightingDiagnostic]) {
        self.criteria = criteria
        self.weights = weights
        self.method = method
        self.convention = convention
        self.intermediates = intermediates
        self.diagnostics = diagnostics
    }

    /// The intermediate called `name`, nil when the method has none by that name.
    public func values(_ name: String) -> [Double]? {
        intermediates.first { $0.name == name }?.values
    }
}

/// Input checks shared by the objective weighting methods: each error names the method, the
/// criterion and the alternative.
enum WeightingInput {
    /// Throws for the first value of `x` that is not positive:
    /// ``MCDAError/nonPositiveValue(method:alternative:criterion:value:)``, or
    /// ``MCDAError/nonPositiveDistance(method:alternative:criterion:target:distance:)`` on a
    /// target criterion that `x` has resolved to its distance from the target.
    static func requirePositive(_ x: DecisionMatrix, method: String) throws {
        let m = x.rowCount, n = x.columnCount
        for j in 0..<n {
            for i in 0..<m where !(x.values[i * n + j] > 0) {
                let c = x.criteria[j], v = x.values[i * n + j]
                if let t = c.resolvedTarget {
                    throw MCDAError.nonPositiveDistance(method: method, alternative: x.alternatives[i], criterion: c.id,
                                                        target: t, distance: v)
                }
                throw MCDAError.nonPositiveValue(method: method, alternative: x.alternatives[i], criterion: c.id, value: v)
            }
        }
    }

    /// Throws ``MCDAError/invalidParameter(name:value:expected:)`` naming the cell for the first
    /// negative value of `x`; `why` says what the method does with the values.
    static func requireNonNegative(_ x: DecisionMatrix, method: String, why: String) throws {
        let m = x.rowCount, n = x.columnCount
        for j in 0..<n {
            for i in 0..<m where !(x.values[i * n + j] >= 0) {
                throw MCDAError.invalidParameter(
                    name: "the value of alternative '\(x.alternatives[i])' on criterion '\(x.criteria[j].id)'",
                    value: "\(x.values[i * n + j])", expected: "a non-negative number (\(method) \(why))")
            }
        }
    }

    /// The indices of the columns whose values are all equal.
    static func constantColumns(_ x: DecisionMatrix) -> [Int] {
        let m = x.rowCount, n = x.columnCount
        return (0..<n).filter { j in (1..<Swift.max(m, 1)).allSatisfy { x.values[$0 * n + j] == x.values[j] } }
    }
}

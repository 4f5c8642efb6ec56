/// One method with its parameters, ready to run: what a problem lists under `methods`.
///
/// Example:
/// ```swift
/// let vikor = try MethodCatalogue.standard.specification(named: "vikor")   // v = 0.5
/// let result = try vikor.evaluate(matrix, weights: w)
/// vikor.order   // .ascending: smaller Q is better
/// ```
public struct MethodSpecification: Sendable {
    /// The configured method.
    public let method: any CatalogueMethod

    /// Wraps a configured method.
    public init(_ method: some CatalogueMethod) { self.method = method }

    /// Wraps a configured method given as an existential.
    public init(any method: any CatalogueMethod) { self.method = method }

    /// The catalogue name (`topsis`).
    public var name: String { type(of: method).name }

    /// Whether larger or smaller scores are better.
    public var order: Ranking.Order { type(of: method).order }

    /// The parameter descriptions of the method.
    public var parameters: [MethodParameter] { type(of: method).parameters }

    /// Runs the method.
    public func evaluate(_ matrix: DecisionMatrix, weights: [Double]) throws -> any RankingResult {
        try method.evaluateAny(matrix, weights: weights)
    }

    /// The method's scoring kernel for `matrix` (see ``CatalogueMethod/scoring(for:)``).
    public func scoring(for matrix: DecisionMatrix) throws -> any WeightedScoring {
        try method.scoring(for: matrix)
    }

    /// The kernel builder for perturbed matrices (SMAA with uncertain data).
    public var factory: ScoringFactory {
        let method = self.method
        return { try method.scoring(for: $0) }
    }
}

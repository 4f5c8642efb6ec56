/// IDOCRIW weights (Integrated Determination of Objective CRIteria Weights; Zavadskas & Podvezko
/// 2016, International Journal of Information Technology & Decision Making 15(2):267–283,
/// doi:10.1142/S0219622016500036; pymcdm 1.4.0's `idocriw_weights`): the entropy weights
/// corrected by the CILOS weights.
///
///     wⱼ = Wⱼ qⱼ / Σₖ Wₖ qₖ
///
/// where W are ``EntropyWeights`` (directions ignored, the default convention) and q are
/// ``CILOSWeights`` (which use the directions). Both need positive values. If every Wⱼ qⱼ is 0,
/// equal weights are returned with ``WeightingDiagnostic/equalWeightsFallback(method:)``.
///
/// - Throws: the errors of ``CILOSWeights`` and ``EntropyWeights``: a value ≤ 0, fewer than two
///   alternatives, or CILOS weights that are not unique.
///
/// Complexity: that of ``CILOSWeights``, O(m·n + n³).
///
/// Example (entropy weights [0.2, 0.8] and CILOS weights [0.6, 0.4] give
/// [0.12, 0.32] / 0.44):
/// ```swift
/// let w = try IDOCRIWWeights().evaluate(matrix).weights   // [0.2727…, 0.7272…]
/// ```
public struct IDOCRIWWeights: Sendable {
    public init() {}

    /// IDOCRIW weights of the criteria of `matrix`.
    public func evaluate(_ matrix: DecisionMatrix) throws -> ObjectiveWeightsResult {
        let cilos: ObjectiveWeightsResult
        do { cilos = try CILOSWeights().evaluate(matrix) } catch let error as MCDAError { throw error.naming(method: "IDOCRIW weights (CILOS)") }
        let entropy = try EntropyWeights().evaluate(matrix)
        var diagnostics = entropy.diagnostics
        let products = zip(entropy.weights, cilos.weights).map { $0 * $1 }
        let weights = weightsFromScores(products, method: .idocriw, diagnostics: &diagnostics)
        return ObjectiveWeightsResult(criteria: matrix.criteria.map(\.id), weights: weights, method: .idocriw, convention: "directions",
                                      intermediates: [.init(name: "entropyWeights", values: entropy.weights),
                                                      .init(name: "cilosWeights", values: cilos.weights)],
                                      diagnostics: diagnostics)
    }
}

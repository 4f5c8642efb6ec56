extension WeightedSum: CatalogueMethod {
    public static let name = "wsm"
    public static let summary = "weighted sum of normalised values (Hwang & Yoon 1981); larger is better"
    /// Default linear (x / max for benefit, min / x for cost).
    public static let normalizationParameter = MethodParameter.normalization(default: .linear)
    public static let parameters = [normalizationParameter]
    public static let order = Ranking.Order.descending

    public init(parameters: MethodParameters) throws {
        self.init(normalization: try parameters.normalization(Self.normalizationParameter))
    }

    /// ``WeightedSumScoring``: scores linear in the weights, so sweeps find breakpoints exactly.
    public func scoring(for matrix: DecisionMatrix) throws -> any WeightedScoring {
        WeightedSumScoring(normalized: try normalization.apply(to: matrix.resolvingTargets()))
    }
}

extension CODAS: CatalogueMethod {
    public static let name = "codas"
    public static let summary = "Euclidean and taxicab distances from the negative ideal (Keshavarz Ghorabaee et al. 2016); larger is better"
    /// Default linear, as pymcdm and the paper.
    public static let normalizationParameter = MethodParameter.normalization(default: .linear)
    /// τ, the threshold of ψ (default 0.02, pymcdm's fixed value).
    public static let tauParameter = MethodParameter.number("tau", summary: "threshold of the taxicab term's ψ (the paper suggests 0.01 to 0.05)",
                                                            default: 0.02, in: 0...Double.greatestFiniteMagnitude,
                                                            expected: "a finite number ≥ 0")
    public static let parameters = [normalizationParameter, tauParameter]
    public static let order = Ranking.Order.descending

    public init(parameters: MethodParameters) throws {
        self.init(normalization: try parameters.normalization(Self.normalizationParameter), tau: try parameters.number(Self.tauParameter))
    }
}

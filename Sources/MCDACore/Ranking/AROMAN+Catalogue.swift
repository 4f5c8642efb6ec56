extension AROMAN: CatalogueMethod {
    public static let name = "aroman"
    public static let summary = "two-step (min-max and vector) normalisation, cost and benefit sums raised to λ and 1 − λ (Bošković et al. 2023); larger is better"
    /// λ, default 0.5 (pymcdm's `lam`).
    public static let lambdaParameter = MethodParameter.fraction("lambda", summary: "exponent of the cost sum (AROMAN)", default: 0.5)
    /// β, default 0.5.
    public static let betaParameter = MethodParameter.fraction("beta", summary: "share of min-max normalisation in the blend", default: 0.5)
    public static let parameters = [lambdaParameter, betaParameter]
    public static let order = Ranking.Order.descending

    public init(parameters: MethodParameters) throws {
        self.init(lambda: try parameters.number(Self.lambdaParameter), beta: try parameters.number(Self.betaParameter))
    }
}

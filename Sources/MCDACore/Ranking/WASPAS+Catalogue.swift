extension WASPAS: CatalogueMethod {
    public static let name = "waspas"
    public static let summary = "λ·WSM + (1 − λ)·WPM on linear-normalised values (Zavadskas et al. 2012); larger is better"
    /// λ, the weight of the weighted sum (default 0.5).
    public static let lambdaParameter = MethodParameter.fraction("lambda", summary: "weight of the weighted sum in Q", default: 0.5)
    public static let parameters = [lambdaParameter]
    public static let order = Ranking.Order.descending

    public init(parameters: MethodParameters) throws {
        self.init(lambda: try parameters.number(Self.lambdaParameter))
    }
}

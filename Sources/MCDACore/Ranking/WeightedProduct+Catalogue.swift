extension WeightedProduct: CatalogueMethod {
    public static let name = "wpm"
    public static let summary = "weighted product of normalised values (Bridgman 1922); larger is better"
    /// Default none (the raw values; cost criteria enter with negative exponents).
    public static let normalizationParameter = MethodParameter.normalization(default: .none)
    public static let parameters = [normalizationParameter]
    public static let order = Ranking.Order.descending

    public init(parameters: MethodParameters) throws {
        self.init(normalization: try parameters.normalization(Self.normalizationParameter))
    }
}

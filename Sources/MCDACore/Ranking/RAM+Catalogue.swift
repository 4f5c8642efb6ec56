extension RAM: CatalogueMethod {
    public static let name = "ram"
    public static let summary = "root of the normalised benefit and cost sums (Sotoudeh-Anvari 2023); larger is better"
    /// Default sum, as the paper and pymcdm.
    public static let normalizationParameter = MethodParameter.normalization(default: .sum)
    public static let parameters = [normalizationParameter]
    public static let order = Ranking.Order.descending

    public init(parameters: MethodParameters) throws {
        self.init(normalization: try parameters.normalization(Self.normalizationParameter))
    }
}

extension MABAC: CatalogueMethod {
    public static let name = "mabac"
    public static let summary = "distance from the border approximation area (Pamučar & Ćirović 2015); larger is better"
    /// Default minmax, as pymcdm and the paper.
    public static let normalizationParameter = MethodParameter.normalization(default: .minMax)
    public static let parameters = [normalizationParameter]
    public static let order = Ranking.Order.descending

    public init(parameters: MethodParameters) throws {
        self.init(normalization: try parameters.normalization(Self.normalizationParameter))
    }
}

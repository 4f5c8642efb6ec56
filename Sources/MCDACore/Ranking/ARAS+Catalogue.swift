extension ARAS: CatalogueMethod {
    public static let name = "aras"
    public static let summary = "utility degree, weighted sum relative to an optimal alternative (Zavadskas & Turskis 2010); larger is better"
    /// Default sum, as pymcdm and the paper.
    public static let normalizationParameter = MethodParameter.normalization(default: .sum)
    /// The optimal alternative, one value per criterion (default: each column's best value).
    public static let espParameter = MethodParameter.numbers("esp", summary: "expected solution point, one value per criterion (ARAS: the optimal alternative; default each column's best value)")
    public static let parameters = [normalizationParameter, espParameter]
    public static let order = Ranking.Order.descending

    public init(parameters: MethodParameters) throws {
        self.init(normalization: try parameters.normalization(Self.normalizationParameter),
                  esp: try parameters.numbers(Self.espParameter))
    }
}

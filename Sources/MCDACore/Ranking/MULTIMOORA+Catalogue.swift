extension MULTIMOORA: CatalogueMethod {
    public static let name = "multimoora"
    public static let summary = "ratio system, reference point and full multiplicative form aggregated by dominance (Brauers & Zavadskas 2010, 2011); larger is better"
    public static let parameters: [MethodParameter] = []
    public static let order = Ranking.Order.descending

    public init(parameters: MethodParameters) throws {
        self.init()
    }
}

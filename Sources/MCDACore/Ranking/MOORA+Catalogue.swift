extension MOORA: CatalogueMethod {
    public static let name = "moora"
    public static let summary = "weighted ratios, benefits minus costs (Brauers & Zavadskas 2006); larger is better"
    public static let parameters: [MethodParameter] = []
    public static let order = Ranking.Order.descending

    public init(parameters: MethodParameters) throws {
        self.init()
    }
}

extension MARCOS: CatalogueMethod {
    public static let name = "marcos"
    public static let summary = "utility relative to ideal and anti-ideal alternatives (Stević et al. 2020); larger is better"
    public static let parameters: [MethodParameter] = []
    public static let order = Ranking.Order.descending

    public init(parameters: MethodParameters) throws {
        self.init()
    }
}

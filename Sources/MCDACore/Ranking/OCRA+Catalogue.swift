extension OCRA: CatalogueMethod {
    public static let name = "ocra"
    public static let summary = "operational competitiveness rating of inputs and outputs (Parkan 1994; Madić et al. 2015); larger is better"
    public static let parameters: [MethodParameter] = []
    public static let order = Ranking.Order.descending

    public init(parameters: MethodParameters) throws {
        self.init()
    }
}

extension PROBID: CatalogueMethod {
    public static let name = "probid"
    public static let summary = "distances from all ideal solutions and their average (Wang, Rangaiah & Wang 2021); larger is better"
    public static let parameters: [MethodParameter] = []
    public static let order = Ranking.Order.descending

    public init(parameters: MethodParameters) throws { self.init() }
}

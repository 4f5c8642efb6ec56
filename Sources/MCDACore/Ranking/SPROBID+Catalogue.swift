extension SPROBID: CatalogueMethod {
    public static let name = "sprobid"
    public static let summary = "ratio of distances from the worst and the best ideal solutions (simpler PROBID, Wang, Rangaiah & Wang 2021); larger is better"
    public static let parameters: [MethodParameter] = []
    public static let order = Ranking.Order.descending

    public init(parameters: MethodParameters) throws { self.init() }
}

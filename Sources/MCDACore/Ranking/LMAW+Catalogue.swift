extension LMAW: CatalogueMethod {
    public static let name = "lmaw"
    public static let summary = "logarithmic normalisation and non-linear weighted aggregation (Pamučar et al. 2021); larger is better"
    public static let parameters: [MethodParameter] = []
    public static let order = Ranking.Order.descending

    public init(parameters: MethodParameters) throws { self.init() }
}

extension EDAS: CatalogueMethod {
    public static let name = "edas"
    public static let summary = "appraisal score from distances to the average solution (Keshavarz Ghorabaee et al. 2015); larger is better"
    public static let parameters: [MethodParameter] = []
    public static let order = Ranking.Order.descending

    public init(parameters: MethodParameters) throws {
        self.init()
    }
}

extension MOORA: CatalogueMethod {
    public static let name = "moora"
    public static let summary = "weighted ratios, benefits minus costs (Brauers & Zavadskas 2006); larger is better"
    public static let parameters: [MethodParameter] = []
    public static let order = Ranking.Order.descending

    public init(parameters: MethodParameters) throws {
        self.init()
    }

    /// ``MOORAScoring``: the same scores, bit for bit, with the ratios computed once.
    public func scoring(for matrix: DecisionMatrix) throws -> any WeightedScoring {
        try MOORAScoring(matrix: matrix)
    }
}

extension PROMETHEE: CatalogueMethod {
    public static let name = "promethee-ii"
    public static let summary = "net outranking flow (Brans & Vincke 1985); larger is better"
    public static let parameters = [MethodParameter.preferenceFunctions]
    public static let order = Ranking.Order.descending

    public init(parameters: MethodParameters) throws {
        self.init(preferenceFunctions: try parameters.preferenceFunctions(MethodParameter.preferenceFunctions))
    }

    /// ``PROMETHEEScoring``: the flows are linear in the weights (single-criterion flows computed once).
    public func scoring(for matrix: DecisionMatrix) throws -> any WeightedScoring {
        try PROMETHEEScoring(matrix: matrix.resolvingTargets(), method: self)
    }
}

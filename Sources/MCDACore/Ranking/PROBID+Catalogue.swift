extension PROBID: CatalogueMethod {
    public static let name = "probid"
    public static let summary = "distances from all ideal solutions and their average (Wang, Rangaiah & Wang 2021); larger is better"
    /// pymcdm (default) or paper: where the worse half starts for an even number of alternatives.
    public static let formulaParameter = MethodParameter.formulaSource(
        "probid-formula", summary: "worse half for even m: pymcdm (from m/2) or paper (from m/2 + 1)")
    public static let parameters = [formulaParameter]
    public static let order = Ranking.Order.descending

    public init(parameters: MethodParameters) throws {
        self.init(formula: try parameters.formulaSource(Self.formulaParameter))
    }
}

extension SPROBID: CatalogueMethod {
    public static let name = "sprobid"
    public static let summary = "ratio of distances from the worst and the best ideal solutions (simpler PROBID, Wang, Rangaiah & Wang 2021); larger is better"
    /// pymcdm (default) or paper: the reading for fewer than four alternatives.
    public static let formulaParameter = MethodParameter.formulaSource(
        "sprobid-formula", summary: "reading for m < 4: pymcdm (first and last alternatives) or paper (first and last ideal solutions)")
    public static let parameters = [formulaParameter]
    public static let order = Ranking.Order.descending

    public init(parameters: MethodParameters) throws {
        self.init(formula: try parameters.formulaSource(Self.formulaParameter))
    }
}

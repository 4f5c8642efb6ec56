extension RIM: CatalogueMethod {
    public static let name = "rim"
    public static let summary = "closeness to a reference ideal interval within bounds (Cables, Lamata & Verdegay 2016); larger is better"
    /// Default: each column's min:max.
    public static let boundsParameter = SPOTIS.boundsParameter
    /// Default: the best end of the bounds.
    public static let referenceIdealParameter = MethodParameter.ranges(
        "reference-ideal", summary: "reference ideal of each criterion, c:d within its bounds, v:v for one value (default: the bound's best end)")
    public static let parameters = [boundsParameter, referenceIdealParameter]
    public static let order = Ranking.Order.descending

    public init(parameters: MethodParameters) throws {
        self.init(bounds: try parameters.ranges(Self.boundsParameter), referenceIdeal: try parameters.ranges(Self.referenceIdealParameter))
    }
}

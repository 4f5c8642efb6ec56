extension CoCoSo: CatalogueMethod {
    public static let name = "cocoso"
    public static let summary = "combined compromise of weighted sums and power sums (Yazdani et al. 2019); larger is better"
    /// Default minmax, as pymcdm and the paper.
    public static let normalizationParameter = MethodParameter.normalization(default: .minMax)
    /// λ, pymcdm's `l` (default 0.5).
    public static let lambdaParameter = MethodParameter.fraction("lambda", summary: "balance of S and P in CoCoSo's k_c", default: 0.5)
    public static let parameters = [normalizationParameter, lambdaParameter]
    public static let order = Ranking.Order.descending

    public init(parameters: MethodParameters) throws {
        self.init(normalization: try parameters.normalization(Self.normalizationParameter), lambda: try parameters.number(Self.lambdaParameter))
    }
}

extension ERVD: CatalogueMethod {
    public static let name = "ervd"
    public static let summary = "closeness of prospect values against a reference point (Shyur et al. 2015); larger is better"
    /// Default: each column's mean.
    public static let referenceParameter = MethodParameter.numbers("reference", summary: "reference point, one value per criterion (default: the column means)")
    /// λ, default 2.25 (pymcdm's `lambd`).
    public static let lossAversionParameter = MethodParameter.positive("loss-aversion", summary: "how much more a loss weighs than a gain, λ > 0", default: 2.25)
    /// α, default 0.88.
    public static let alphaParameter = MethodParameter.positive("alpha", summary: "curvature of the value function, α > 0", default: 0.88)
    public static let parameters = [referenceParameter, lossAversionParameter, alphaParameter]
    public static let order = Ranking.Order.descending

    public init(parameters: MethodParameters) throws {
        self.init(reference: try parameters.numbers(Self.referenceParameter),
                  lossAversion: try parameters.number(Self.lossAversionParameter), alpha: try parameters.number(Self.alphaParameter))
    }
}

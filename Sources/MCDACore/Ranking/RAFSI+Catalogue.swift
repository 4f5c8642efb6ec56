extension RAFSI: CatalogueMethod {
    public static let name = "rafsi"
    public static let summary = "criterion intervals mapped onto one common interval (Žižović et al. 2020); larger is better"
    /// Default: each column's best value.
    public static let idealParameter = MethodParameter.numbers("ideal", summary: "ideal value of each criterion (default: the column's best)")
    /// Default: each column's worst value.
    public static let antiIdealParameter = MethodParameter.numbers("anti-ideal", summary: "anti-ideal value of each criterion (default: the column's worst)")
    /// n₁, default 1.
    public static let n1Parameter = MethodParameter.positive("n1", summary: "lower end of the common interval, 0 < n1 < n2k", default: 1)
    /// n₂ₖ, default 6.
    public static let n2kParameter = MethodParameter.positive("n2k", summary: "upper end of the common interval, n2k > n1", default: 6)
    public static let parameters = [idealParameter, antiIdealParameter, n1Parameter, n2kParameter]
    public static let order = Ranking.Order.descending

    public init(parameters: MethodParameters) throws {
        self.init(ideal: try parameters.numbers(Self.idealParameter), antiIdeal: try parameters.numbers(Self.antiIdealParameter),
                  n1: try parameters.number(Self.n1Parameter), n2k: try parameters.number(Self.n2kParameter))
    }

    /// ``CoefficientScoring`` over the mapped values ŝᵢⱼ (descending): the same scores, bit for
    /// bit, with the mapping computed once; linear, so sweeps find rank changes exactly.
    public func scoring(for matrix: DecisionMatrix) throws -> any WeightedScoring {
        let x = try matrix.resolvingTargets()
        return CoefficientScoring(coefficients: try mapped(x).values, alternatives: x.rowCount, criteria: x.columnCount, order: .descending)
    }
}

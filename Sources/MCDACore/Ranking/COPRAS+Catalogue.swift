extension COPRAS: CatalogueMethod {
    public static let name = "copras"
    public static let summary = "utility degree from sum-normalised benefit and cost parts (Zavadskas et al. 1994); larger is better"
    /// The formula of Q: `pymcdm` (default, Q = S₊ + S₋) or `paper` (Zavadskas et al.'s relative
    /// significance), by name.
    public static let formulaParameter = MethodParameter.choice(
        "copras-formula", summary: "formula of Q: pymcdm (S+ + S-) or paper (S+ + sum(S-)/(S-_i sum(1/S-)))",
        choices: Formula.allCases.map(\.rawValue), default: Formula.allCases[0].rawValue)
    public static let parameters = [formulaParameter]
    public static let order = Ranking.Order.descending

    public init(parameters: MethodParameters) throws {
        self.init(formula: try parameters.choice(Self.formulaParameter, as: Formula.self))
    }
}

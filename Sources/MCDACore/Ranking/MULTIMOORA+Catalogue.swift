extension MULTIMOORA: CatalogueMethod {
    public static let name = "multimoora"
    public static let summary = "ratio system, reference point and full multiplicative form aggregated by dominance (Brauers & Zavadskas 2010, 2011); larger is better"
    /// How the weights enter the multiplicative form: `exponents` (default, Π x^w) or `values`
    /// (Π w·r on the vector-normalised values), by name.
    public static let multiplicativeParameter = MethodParameter.choice(
        "multiplicative", summary: "weights in the full multiplicative form: exponents (prod x^w) or values (prod w*r, normalised r)",
        choices: Multiplicative.allCases.map(\.rawValue), default: Multiplicative.allCases[0].rawValue)
    public static let parameters = [multiplicativeParameter]
    public static let order = Ranking.Order.descending

    public init(parameters: MethodParameters) throws {
        self.init(multiplicative: try parameters.choice(Self.multiplicativeParameter, as: Multiplicative.self))
    }
}

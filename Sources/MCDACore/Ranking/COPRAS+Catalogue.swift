extension COPRAS: CatalogueMethod {
    public static let name = "copras"
    public static let summary = "utility degree from sum-normalised benefit and cost parts (Zavadskas et al. 1994); larger is better"
    /// The formula of Q: `pymcdm` (default, Q = S₊ + S₋) or `paper` (Zavadskas et al.'s relative
    /// significance). The value is held as a number (0 = pymcdm, 1 = paper), so that it reads back.
    public static let formulaParameter = MethodParameter(
        name: "copras-formula", summary: "formula of Q: pymcdm (0, default: S+ + S-) or paper (1: S+ + sum(S-)/(S-_i sum(1/S-)))",
        expected: "pymcdm or paper", defaultValue: .number(0)) { text in
            if let f = Formula(rawValue: text) { return .number(Double(Formula.allCases.firstIndex(of: f)!)) }
            guard let x = Double(text), let f = Formula.allCases.indices.first(where: { Double($0) == x }) else { return nil }
            return .number(Double(f))
        }
    public static let parameters = [formulaParameter]
    public static let order = Ranking.Order.descending

    public init(parameters: MethodParameters) throws {
        let index = try parameters.number(Self.formulaParameter)
        guard let f = Formula.allCases.indices.first(where: { Double($0) == index }) else {
            throw MethodCatalogueError.invalidValue(parameter: Self.formulaParameter.name, value: "\(index)", expected: Self.formulaParameter.expected)
        }
        self.init(formula: Formula.allCases[f])
    }
}

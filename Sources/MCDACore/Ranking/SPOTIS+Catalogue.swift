extension SPOTIS: CatalogueMethod {
    public static let name = "spotis"
    public static let summary = "weighted distance from the ideal or expected solution point within bounds (Dezert et al. 2020); smaller is better"
    /// Default: each column's min:max.
    public static let boundsParameter = MethodParameter.ranges("bounds", summary: "bounds of each criterion, lo:hi (default: each column's min:max)")
    /// Default: none (the ideal point of the bounds).
    public static let espParameter = MethodParameter.numbers("esp", summary: "expected solution point, one value per criterion (default: the ideal point)")
    public static let parameters = [boundsParameter, espParameter]
    public static let order = Ranking.Order.ascending

    public init(parameters: MethodParameters) throws {
        self.init(bounds: try parameters.ranges(Self.boundsParameter), esp: try parameters.numbers(Self.espParameter))
    }

    /// ``CoefficientScoring`` over the distances dᵢⱼ (ascending): the same scores, bit for bit,
    /// with the distances computed once; linear, so sweeps find rank changes exactly.
    public func scoring(for matrix: DecisionMatrix) throws -> any WeightedScoring {
        let x = try matrix.resolvingTargets()
        return CoefficientScoring(coefficients: try distances(x).distances, alternatives: x.rowCount, criteria: x.columnCount, order: .ascending)
    }
}

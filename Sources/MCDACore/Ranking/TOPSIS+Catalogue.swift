extension TOPSIS: CatalogueMethod {
    public static let name = "topsis"
    public static let summary = "closeness to the ideal point (Hwang & Yoon 1981); larger is better"
    /// Default vector, as in Hwang & Yoon 1981.
    public static let normalizationParameter = MethodParameter.normalization(default: .vector)
    public static let parameters = [normalizationParameter, MethodParameter.distance]
    public static let order = Ranking.Order.descending

    public init(parameters: MethodParameters) throws {
        self.init(normalization: try parameters.normalization(Self.normalizationParameter),
                  distance: try parameters.distance(MethodParameter.distance))
    }

    /// ``TOPSISScoring`` for the Euclidean distance (the same closeness, bit for bit, without
    /// re-normalising per weight vector); the generic kernel for the other distances.
    public func scoring(for matrix: DecisionMatrix) throws -> any WeightedScoring {
        guard distance == .euclidean else { return try ClosureScoring(method: self, matrix: matrix) }
        return TOPSISScoring(normalized: try normalization.apply(to: matrix.resolvingTargets()))
    }
}

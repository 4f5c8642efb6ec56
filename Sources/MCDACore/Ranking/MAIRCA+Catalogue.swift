extension MAIRCA: CatalogueMethod {
    public static let name = "mairca"
    public static let summary = "total gap between ideal and real ratings (Pamučar et al. 2014); smaller is better"
    /// Default minmax, as pymcdm and the paper.
    public static let normalizationParameter = MethodParameter.normalization(default: .minMax)
    public static let parameters = [normalizationParameter]
    public static let order = Ranking.Order.ascending

    public init(parameters: MethodParameters) throws {
        self.init(normalization: try parameters.normalization(Self.normalizationParameter))
    }

    /// ``MAIRCAScoring``: the same scores, bit for bit, with the normalisation computed once.
    public func scoring(for matrix: DecisionMatrix) throws -> any WeightedScoring {
        try MAIRCAScoring(matrix: matrix, method: self)
    }
}

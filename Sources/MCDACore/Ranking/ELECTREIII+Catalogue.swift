extension ELECTREIII: CatalogueMethod {
    public static let name = "electre-iii"
    public static let summary = "final partial pre-order of the descending and ascending distillations of a credibility matrix (Roy 1978); score = level, smaller is better"
    /// Default: 0 for every criterion.
    public static let indifferenceParameter = MethodParameter.numbers(
        "indifference", summary: "indifference thresholds q, one per criterion, in its units (default: 0)")
    /// Default: 0 for every criterion. (`preference` is PROMETHEE's preference function.)
    public static let preferenceParameter = MethodParameter.numbers(
        "preference-threshold", summary: "preference thresholds p ≥ q, one per criterion, in its units (default: 0)")
    /// Default: none (no veto).
    public static let vetoParameter = MethodParameter.numbers(
        "veto", summary: "veto thresholds v ≥ p, one per criterion, in its units (default: no veto)")
    /// Slopes β of thresholds that grow with the value, q = indifference + β·x(a) and likewise for
    /// p and v. Default: 0 for every criterion; a veto slope given alone makes the veto β·x(a).
    public static let indifferenceSlopeParameter = slope("indifference", of: "q = indifference")
    public static let preferenceSlopeParameter = slope("preference", of: "p = preference-threshold")
    public static let vetoSlopeParameter = slope("veto", of: "v = veto")
    public static let parameters = [indifferenceParameter, preferenceParameter, vetoParameter,
                                    indifferenceSlopeParameter, preferenceSlopeParameter, vetoSlopeParameter]
    public static let order = Ranking.Order.ascending

    public init(parameters: MethodParameters) throws {
        self.init(indifference: try parameters.numbers(Self.indifferenceParameter),
                  preference: try parameters.numbers(Self.preferenceParameter),
                  veto: try parameters.numbers(Self.vetoParameter),
                  indifferenceSlope: try parameters.numbers(Self.indifferenceSlopeParameter),
                  preferenceSlope: try parameters.numbers(Self.preferenceSlopeParameter),
                  vetoSlope: try parameters.numbers(Self.vetoSlopeParameter))
    }

    private static func slope(_ threshold: String, of formula: String) -> MethodParameter {
        .numbers("\(threshold)-slope",
                 summary: "slopes β ≥ 0 of \(formula) + β·value of the outranking alternative, one per criterion (default: 0)")
    }
}

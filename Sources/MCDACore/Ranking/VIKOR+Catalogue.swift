extension VIKOR: CatalogueMethod {
    public static let name = "vikor"
    public static let summary = "compromise ranking by Q (Opricovic & Tzeng 2004); smaller is better"
    /// v, the weight of the group-utility strategy (default 0.5, "by consensus").
    public static let vParameter = MethodParameter.fraction("v", summary: "weight of the group-utility strategy", default: 0.5)
    public static let parameters = [vParameter]
    public static let order = Ranking.Order.ascending

    public init(parameters: MethodParameters) throws {
        self.init(v: try parameters.number(Self.vParameter))
    }
}

/// The ranking methods that multi-method runs (`mcda compare`, `mcda analyze`) can use, with their options.
public enum MethodChoice: String, CaseIterable, Sendable, Codable {
    case topsis
    case wsm
    case wpm
    case waspas
    case vikor
    case prometheeII = "promethee-ii"

    /// The methods run when none are chosen.
    public static let defaultSet: [MethodChoice] = [.topsis, .wsm, .vikor, .prometheeII]

    /// Whether the method takes a choice of normalisation (WASPAS fixes linear; VIKOR and PROMETHEE
    /// use their own scales).
    public var takesNormalization: Bool { self == .topsis || self == .wsm || self == .wpm }
}

/// Options of the methods in a multi-method run. Each method takes only the options that apply to
/// it; nil means the method's own default (TOPSIS vector, WSM linear, WPM none).
public struct MethodOptions: Sendable {
    /// Normalisation for TOPSIS, WSM and WPM; nil for each method's default.
    public var normalization: Normalization?
    /// TOPSIS distance.
    public var distance: TOPSIS.Distance
    /// VIKOR v, 0…1.
    public var v: Double
    /// WASPAS λ, 0…1.
    public var lambda: Double
    /// PROMETHEE preference functions: one per criterion, or one for all.
    public var preferenceFunctions: [PreferenceFunction]

    public init(normalization: Normalization? = nil, distance: TOPSIS.Distance = .euclidean, v: Double = 0.5,
                lambda: Double = 0.5, preferenceFunctions: [PreferenceFunction] = [.usual]) {
        self.normalization = normalization
        self.distance = distance
        self.v = v
        self.lambda = lambda
        self.preferenceFunctions = preferenceFunctions
    }

    /// Runs `method` on `matrix` with `weights`.
    public func evaluate(_ method: MethodChoice, _ matrix: DecisionMatrix, weights: [Double]) throws -> any RankingResult {
        switch method {
        case .topsis: return try TOPSIS(normalization: normalization ?? .vector, distance: distance).evaluate(matrix, weights: weights)
        case .wsm: return try WeightedSum(normalization: normalization ?? .linear).evaluate(matrix, weights: weights)
        case .wpm: return try WeightedProduct(normalization: normalization ?? .none).evaluate(matrix, weights: weights)
        case .waspas: return try WASPAS(lambda: lambda).evaluate(matrix, weights: weights)
        case .vikor: return try VIKOR(v: v).evaluate(matrix, weights: weights)
        case .prometheeII: return try PROMETHEE(preferenceFunctions: preferenceFunctions).evaluate(matrix, weights: weights)
        }
    }
}

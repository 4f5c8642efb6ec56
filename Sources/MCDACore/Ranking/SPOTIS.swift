/// SPOTIS, the Stable Preference Ordering Towards Ideal Solution: every alternative is scored by
/// its weighted, bound-normalised distance from an ideal (or expected) solution point, so that its
/// score does not depend on the other alternatives and adding or removing one never reverses a
/// ranking.
///
/// Steps, for an m × n matrix with weights w (used as given):
/// 1. Bounds: an interval [Lⱼ, Uⱼ] per criterion that contains every value (given, or the column's
///    min and max).
/// 2. Ideal solution point Sⱼ*: Uⱼ for a benefit criterion, Lⱼ for a cost criterion; or an expected
///    solution point (ESP) given by the decision maker, one value per criterion within its bounds.
/// 3. Normalised distance dᵢⱼ = |xᵢⱼ − Sⱼ*| / (Uⱼ − Lⱼ) ∈ [0, 1].
/// 4. Score Pᵢ = Σⱼ wⱼ dᵢⱼ; smaller is better (0 is the ideal point itself).
///
/// With the default bounds (the data's min and max) a constant column has Lⱼ = Uⱼ: its distances
/// are 0 (it cannot tell the alternatives apart) and the result lists it; given bounds must have
/// Lⱼ < Uⱼ. Bounds given as hi:lo are read as the interval lo:hi (pymcdm requires lo < hi; the
/// interval is the same). The default bounds make scores depend on the data again: give bounds for
/// the rank-reversal-free method.
///
/// - Parameters:
///   - bounds: one interval per criterion containing all its values (default: the column's min:max).
///   - esp: one value per criterion within its bounds (default: none, the ideal point, as pymcdm's `esp=None`).
///
/// Complexity: O(m·n).
///
/// Reference: J. Dezert, A. Tchamova, D. Han, J.-M. Tacnet, "The SPOTIS rank reversal free method
/// for multi-criteria decision-making support", 2020 IEEE 23rd International Conference on
/// Information Fusion (FUSION), pp. 1–8, doi:10.23919/FUSION45008.2020.9190347.
///
/// Example (Dezert et al. 2020, the 4 × 3 example):
/// ```swift
/// let spotis = SPOTIS(bounds: [ValueRange(-5, 12), ValueRange(-6, 10), ValueRange(-8, 5)])
/// let result = try spotis.evaluate(x, weights: [0.2, 0.3, 0.5])   // benefit, cost, benefit
/// result.scores   // ≈ [0.1989, 0.3705, 0.3063, 0.7491]; A1 is best
/// ```
public struct SPOTIS: RankingMethod {
    /// The bounds of each criterion (nil: each column's min:max).
    public var bounds: [ValueRange]?
    /// The expected solution point (nil: the ideal point of the bounds).
    public var esp: [Double]?

    /// - Parameters:
    ///   - bounds: one interval per criterion, containing every value (checked by ``evaluate(_:weights:)``).
    ///   - esp: one value per criterion, within its bounds.
    public init(bounds: [ValueRange]? = nil, esp: [Double]? = nil) {
        self.bounds = bounds
        self.esp = esp
    }

    /// Scores `matrix` under `weights` (one finite non-negative weight per criterion, used as given).
    /// - Throws: ``MCDAError/invalidParameter(name:value:expected:)`` for bounds or an ESP of the
    ///   wrong length, empty bounds, a value outside its bounds or an ESP outside them (naming the
    ///   criterion and the alternative); ``MCDAError`` for invalid weights.
    public func evaluate(_ matrix: DecisionMatrix, weights: [Double]) throws -> SPOTISResult {
        let x = try prepare(matrix, weights: weights)
        let (b, point, d) = try distances(x)
        let m = x.rowCount, n = x.columnCount
        var p = [Double](repeating: 0, count: m)
        for i in 0..<m {
            var total = 0.0
            for j in 0..<n { total += d[i * n + j] * weights[j] }
            p[i] = total
        }
        try requireFinite(p)
        return SPOTISResult(bounds: b, boundsGiven: bounds != nil, esp: point, espGiven: esp != nil, distances: d, scores: p,
                            constantCriteria: (0..<n).filter { !(b[$0].lower < b[$0].upper) }.map { x.criteria[$0].id })
    }

    /// The bounds, the point distances are measured from, and dᵢⱼ (row-major) of `x` (targets
    /// resolved): what ``evaluate(_:weights:)`` and the kernel weight.
    func distances(_ x: DecisionMatrix) throws -> (bounds: [ValueRange], point: [Double], distances: [Double]) {
        let m = x.rowCount, n = x.columnCount
        let b = try criterionIntervals(bounds, of: x, method: "spotis")
        if let esp { try requireOnePerCriterion(esp.count, in: x, method: "spotis", parameter: "esp") }
        let point = esp ?? (0..<n).map { x.criteria[$0].isBenefit ? b[$0].upper : b[$0].lower }
        for j in 0..<n where !(b[j].lower <= point[j] && point[j] <= b[j].upper) {
            throw MCDAError.invalidParameter(name: "spotis esp of criterion '\(x.criteria[j].id)'", value: Self.text(point[j]),
                                             expected: "a value within the criterion's bounds \(Self.text(b[j]))")
        }
        var d = [Double](repeating: 0, count: m * n)
        for i in 0..<m {
            for j in 0..<n where b[j].lower < b[j].upper { d[i * n + j] = abs((x[i, j] - point[j]) / (b[j].lower - b[j].upper)) }
        }
        return (b, point, d)
    }
}

/// The outcome of ``SPOTIS``, with its intermediate values.
public struct SPOTISResult: RankingResult, Equatable {
    /// The bounds used, [lower, upper] per criterion.
    public let bounds: [ValueRange]
    /// True when the bounds were given (false: the columns' min:max).
    public let boundsGiven: Bool
    /// The point distances are measured from: the ESP, or the ideal point of the bounds.
    public let esp: [Double]
    /// True when an expected solution point was given.
    public let espGiven: Bool
    /// dᵢⱼ = |xᵢⱼ − Sⱼ*| / (Uⱼ − Lⱼ), row-major m × n.
    public let distances: [Double]
    /// Pᵢ = Σⱼ wⱼ dᵢⱼ (smaller is better).
    public let scores: [Double]
    /// Criteria whose default bounds are a single value (a constant column; distances 0).
    public let constantCriteria: [String]

    public var scoreOrder: Ranking.Order { .ascending }
    /// `bounds` and `esp` as given (lo:hi and values, comma-separated), or how they were chosen.
    public var settings: [(String, String)] {
        [("bounds", boundsGiven ? MethodParameterValue.ranges(bounds).description : "column min:max"),
         ("esp", espGiven ? MethodParameterValue.numbers(esp).description : "ideal point of the bounds")]
    }
}

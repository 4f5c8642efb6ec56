/// RIM, the Reference Ideal Method: every value is normalised by its distance from a reference
/// ideal, an interval of the most desirable values that need not be an end of the criterion's
/// range, and alternatives are ranked by their closeness to that ideal, TOPSIS-like.
///
/// Steps, for an m × n matrix with weights w (used as given):
/// 1. Range [Aⱼ, Bⱼ] of each criterion, containing every value (given, or the column's min and
///    max), and reference ideal [Cⱼ, Dⱼ] ⊆ [Aⱼ, Bⱼ] (given, or the range's best end as a single
///    value: Bⱼ for a benefit criterion, Aⱼ for a cost criterion).
/// 2. With dmin(x) = min(|x − Cⱼ|, |x − Dⱼ|), the normalised value
///    yᵢⱼ = 1 when Cⱼ ≤ xᵢⱼ ≤ Dⱼ; 1 − dmin(xᵢⱼ)/|Aⱼ − Cⱼ| when Aⱼ ≤ xᵢⱼ < Cⱼ;
///    1 − dmin(xᵢⱼ)/|Dⱼ − Bⱼ| when Dⱼ < xᵢⱼ ≤ Bⱼ. So yᵢⱼ ∈ [0, 1] and 1 is ideal.
/// 3. y′ᵢⱼ = wⱼ yᵢⱼ; distances to the weighted ideal and to zero: Iᵢ⁺ = √Σⱼ (y′ᵢⱼ − wⱼ)²,
///    Iᵢ⁻ = √Σⱼ y′ᵢⱼ².
/// 4. Relative index Rᵢ = Iᵢ⁻ / (Iᵢ⁺ + Iᵢ⁻) ∈ [0, 1]; larger is better.
///
/// The directions of the criteria only choose the default reference ideal: a given one says what is
/// best. Intervals given as hi:lo are read as lo:hi (pymcdm requires lo ≤ hi; the interval is the
/// same). With given ranges an alternative's score does not depend on the others. Iᵢ⁺ + Iᵢ⁻ > 0
/// whenever some weight is positive, so Rᵢ is always defined.
///
/// - Parameters:
///   - bounds: the range of each criterion, lo:hi, containing all its values (default: the column's min:max).
///   - referenceIdeal: the ideal interval of each criterion within its range (`v:v` for one value;
///     default: the range's best end, as pymcdm).
///
/// Complexity: O(m·n).
///
/// Reference: E. Cables, M. T. Lamata, J. L. Verdegay, "RIM-reference ideal method in
/// multicriteria decision making", Information Sciences 337–338 (2016) 1–10,
/// doi:10.1016/j.ins.2015.12.011.
///
/// Example (Cables et al. 2016, the 5 × 6 example; values as corrected by its authors):
/// ```swift
/// let rim = RIM(bounds: ranges, referenceIdeal: ideals)
/// try rim.evaluate(x, weights: w).scores   // ≈ [0.58663, 0.75584, 0.37163, 0.46658, 0.74015]
/// ```
public struct RIM: RankingMethod {
    /// The range of each criterion (nil: each column's min:max).
    public var bounds: [ValueRange]?
    /// The reference ideal of each criterion (nil: the range's best end).
    public var referenceIdeal: [ValueRange]?

    /// - Parameters:
    ///   - bounds: one interval per criterion, containing every value (checked by ``evaluate(_:weights:)``).
    ///   - referenceIdeal: one interval per criterion, within its range.
    public init(bounds: [ValueRange]? = nil, referenceIdeal: [ValueRange]? = nil) {
        self.bounds = bounds
        self.referenceIdeal = referenceIdeal
    }

    /// Scores `matrix` under `weights` (one finite non-negative weight per criterion, used as given).
    /// - Throws: ``MCDAError/invalidParameter(name:value:expected:)`` for lists of the wrong length,
    ///   an empty range, a value outside its range or a reference ideal outside it (naming the
    ///   criterion and the alternative); ``MCDAError`` for invalid weights.
    public func evaluate(_ matrix: DecisionMatrix, weights: [Double]) throws -> RIMResult {
        let x = try prepare(matrix, weights: weights)
        let m = x.rowCount, n = x.columnCount
        let range = try criterionIntervals(bounds, of: x, method: "rim")
        let ideal: [ValueRange]
        if let referenceIdeal {
            try requireOnePerCriterion(referenceIdeal.count, in: x, method: "rim", parameter: "reference-ideal", what: "intervals")
            ideal = referenceIdeal.map { ValueRange($0.lower, $0.upper) }
            for j in 0..<n where !(range[j].lower <= ideal[j].lower && ideal[j].upper <= range[j].upper) {
                throw MCDAError.invalidParameter(name: "rim reference-ideal of criterion '\(x.criteria[j].id)'", value: Self.text(ideal[j]),
                                                 expected: "an interval within the criterion's bounds \(Self.text(range[j]))")
            }
        } else {
            ideal = (0..<n).map { let v = x.criteria[$0].isBenefit ? range[$0].upper : range[$0].lower; return ValueRange(v, v) }
        }
        var y = [Double](repeating: 0, count: m * n)
        var plus = [Double](repeating: 0, count: m), minus = [Double](repeating: 0, count: m), r = [Double](repeating: 0, count: m)
        for i in 0..<m {
            var p = 0.0, q = 0.0
            for j in 0..<n {
                y[i * n + j] = Self.normalized(x[i, j], range: range[j], ideal: ideal[j])
                let v = y[i * n + j] * weights[j]
                p += (v - weights[j]) * (v - weights[j])
                q += v * v
            }
            plus[i] = p.squareRoot()
            minus[i] = q.squareRoot()
            r[i] = minus[i] / (plus[i] + minus[i])
        }
        try requireFinite(r)
        return RIMResult(bounds: range, boundsGiven: bounds != nil, referenceIdeal: ideal, referenceIdealGiven: referenceIdeal != nil,
                         normalized: y, iPlus: plus, iMinus: minus, scores: r)
    }

    /// yᵢⱼ for a value within `range` (A, B) and the reference ideal (C, D) ⊆ (A, B).
    static func normalized(_ v: Double, range: ValueRange, ideal: ValueRange) -> Double {
        let (a, b, c, d) = (range.lower, range.upper, ideal.lower, ideal.upper)
        if c <= v && v <= d { return 1 }
        let dmin = Swift.min(abs(v - c), abs(v - d))
        return v < c ? 1 - dmin / abs(a - c) : 1 - dmin / abs(d - b)
    }
}

/// The outcome of ``RIM``, with its intermediate values.
public struct RIMResult: RankingResult, Equatable {
    /// The range of each criterion, [A, B].
    public let bounds: [ValueRange]
    /// True when the ranges were given (false: the columns' min:max).
    public let boundsGiven: Bool
    /// The reference ideal of each criterion, [C, D].
    public let referenceIdeal: [ValueRange]
    /// True when the reference ideal was given (false: the range's best end).
    public let referenceIdealGiven: Bool
    /// yᵢⱼ ∈ [0, 1], row-major m × n (1 inside the reference ideal).
    public let normalized: [Double]
    /// Iᵢ⁺, the distance of the weighted row from the weighted ideal w.
    public let iPlus: [Double]
    /// Iᵢ⁻, the distance of the weighted row from 0.
    public let iMinus: [Double]
    /// Rᵢ = Iᵢ⁻ / (Iᵢ⁺ + Iᵢ⁻) (larger is better).
    public let scores: [Double]

    public var scoreOrder: Ranking.Order { .descending }
    /// `bounds` and `reference-ideal` as given (lo:hi, comma-separated), or how they were chosen.
    public var settings: [(String, String)] {
        [("bounds", boundsGiven ? MethodParameterValue.ranges(bounds).description : "column min:max"),
         ("reference-ideal", referenceIdealGiven ? MethodParameterValue.ranges(referenceIdeal).description : "best end of the bounds")]
    }
}

/// TOPSIS, the Technique for Order Preference by Similarity to Ideal Solution: alternatives are
/// ranked by how close they are to an ideal point and how far from an anti-ideal one.
///
/// Steps, for an m × n matrix with weights w (used as given):
/// 1. rᵢⱼ = the benefit-oriented ``Normalization`` of column j (default ``Normalization/vector``).
/// 2. vᵢⱼ = wⱼ rᵢⱼ.
/// 3. ideal vⱼ⁺ = maxᵢ vᵢⱼ, anti-ideal vⱼ⁻ = minᵢ vᵢⱼ.
/// 4. dᵢ⁺ = ‖vᵢ − v⁺‖, dᵢ⁻ = ‖vᵢ − v⁻‖ in the chosen ``Distance``.
/// 5. closeness Cᵢ = dᵢ⁻ / (dᵢ⁺ + dᵢ⁻) ∈ [0, 1]; larger is better.
///
/// Cost columns are oriented by the normalisation (for example 1 − x/‖x‖ instead of Hwang & Yoon's
/// x/‖x‖ with the minimum as the ideal). A per-column map r → a ± r leaves every distance
/// unchanged, so d⁺, d⁻ and C are those of the textbook; only ``TOPSISResult/normalized``,
/// ``TOPSISResult/ideal`` and ``TOPSISResult/antiIdeal`` are expressed in the oriented scale.
///
/// Degenerate case: when dᵢ⁺ + dᵢ⁻ = 0 (every alternative has the same weighted profile) the
/// closeness is ½ for that alternative, never NaN.
///
/// Complexity: O(m·n) time, two passes over the matrix (column statistics, then the distances on
/// every core, each value normalised as it is read); no m × n buffer.
///
/// Reference: C.-L. Hwang, K. Yoon, *Multiple Attribute Decision Making: Methods and Applications*,
/// Springer (1981), pp. 128–134, doi:10.1007/978-3-642-48318-9.
///
/// Example (Hwang & Yoon's fighter aircraft, pp. 133–134):
/// ```swift
/// let result = try TOPSIS().evaluate(fighters, weights: [0.2, 0.1, 0.1, 0.1, 0.2, 0.3])
/// result.closeness  // ≈ [0.643, 0.268, 0.613, 0.312]
/// ```
public struct TOPSIS: RankingMethod {
    /// How distances to the ideal and anti-ideal points are measured.
    public enum Distance: String, CaseIterable, Sendable, Codable {
        /// √Σ (aⱼ − bⱼ)², the textbook choice.
        case euclidean
        /// Σ |aⱼ − bⱼ|.
        case manhattan
        /// maxⱼ |aⱼ − bⱼ|.
        case chebyshev

        /// The distance between two points given by their coordinate differences, accumulated.
        @inlinable func accumulate(_ total: Double, _ difference: Double) -> Double {
            switch self {
            case .euclidean: return total + difference * difference
            case .manhattan: return total + abs(difference)
            case .chebyshev: return Swift.max(total, abs(difference))
            }
        }

        @inlinable func finish(_ total: Double) -> Double { self == .euclidean ? total.squareRoot() : total }
    }

    /// The column normalisation (default vector, as in Hwang & Yoon 1981).
    public var normalization: Normalization
    /// The distance (default Euclidean).
    public var distance: Distance


    /// - Parameters:
    ///   - normalization: any ``Normalization`` (default vector; pymcdm and pyrepo-mcda default to min-max).
    ///   - distance: Euclidean (default), Manhattan or Chebyshev.
    public init(normalization: Normalization = .vector, distance: Distance = .euclidean) {
        self.normalization = normalization
        self.distance = distance
    }

    /// Scores `matrix` under `weights` (one finite non-negative weight per criterion, used as given).
    /// - Throws: ``MCDAError`` for invalid weights, or values the normalisation cannot take.
    public func evaluate(_ matrix: DecisionMatrix, weights: [Double]) throws -> TOPSISResult {
        let prepared = try prepare(matrix, weights: weights)
        let map = try normalization.columnMap(for: prepared)
        let m = prepared.rowCount, n = prepared.columnCount
        // The ideal and anti-ideal from each column's extremes: rᵢⱼ is monotone in xᵢⱼ and wⱼ ≥ 0,
        // so maxᵢ wⱼ rᵢⱼ is wⱼ times the largest rᵢⱼ, bit for bit the maximum of a scan.
        var ideal = [Double](repeating: 0, count: n), antiIdeal = [Double](repeating: 0, count: n)
        for j in 0..<n {
            let (lo, hi) = map.range(column: j)
            ideal[j] = weights[j] * hi
            antiIdeal[j] = weights[j] * lo
        }
        // Written by the loop below, every element once: not zeroed first, so that the first touch
        // of these 24 MB (for a million rows) happens on every core.
        var dPlus = [Double](unsafeUninitializedCapacity: m) { _, count in count = m }
        var dMinus = [Double](unsafeUninitializedCapacity: m) { _, count in count = m }
        var closeness = [Double](unsafeUninitializedCapacity: m) { _, count in count = m }
        // Rows are independent: split them across cores (the same numbers whatever the split),
        // each value normalised as it is read, without an m × n normalised copy.
        let pieces = ParallelLoop.pieces(work: m * n, grain: Self.grain)
        prepared.values.withUnsafeBufferPointer { x in
            dPlus.withUnsafeMutableBufferPointer { dPlus in
                dMinus.withUnsafeMutableBufferPointer { dMinus in
                    closeness.withUnsafeMutableBufferPointer { closeness in
                        ParallelLoop.forEach(pieces) { p in
                            for i in (m * p / pieces)..<(m * (p + 1) / pieces) {
                                var plus = 0.0, minus = 0.0
                                for j in 0..<n {
                                    let v = weights[j] * map.value(x[i * n + j], column: j)
                                    plus = distance.accumulate(plus, v - ideal[j])
                                    minus = distance.accumulate(minus, v - antiIdeal[j])
                                }
                                dPlus[i] = distance.finish(plus)
                                dMinus[i] = distance.finish(minus)
                                let total = dPlus[i] + dMinus[i]
                                closeness[i] = total > 0 ? dMinus[i] / total : 0.5
                            }
                        }
                    }
                }
            }
        }
        try requireFinite(dPlus, dMinus, closeness)
        return TOPSISResult(normalization: normalization, distance: distance, prepared: prepared, columnMap: map, ideal: ideal,
                            antiIdeal: antiIdeal, dPlus: dPlus, dMinus: dMinus, closeness: closeness)
    }

    /// Values per piece of parallel work.
    private static let grain = 1 << 16
}

/// The outcome of ``TOPSIS``, with its intermediate values.
public struct TOPSISResult: RankingResult, Equatable {
    /// The normalisation used.
    public let normalization: Normalization
    /// The distance used.
    public let distance: TOPSIS.Distance
    /// The matrix as scored (targets resolved) and the normalisation fitted to it, from which
    /// ``normalized`` is computed when asked for.
    let prepared: DecisionMatrix
    let columnMap: ColumnMap
    /// The benefit-oriented normalised matrix r (before weighting), computed on each access.
    public var normalized: NormalizedMatrix { columnMap.normalize(prepared) }
    /// The criteria (column indices) on which every alternative has the same value:
    /// `normalized.constantColumns`, without normalising the matrix.
    public var constantColumns: [Int] { columnMap.constantColumns }
    /// The ideal point v⁺ (column maxima of wⱼ rᵢⱼ), in the oriented scale.
    public let ideal: [Double]
    /// The anti-ideal point v⁻ (column minima of wⱼ rᵢⱼ), in the oriented scale.
    public let antiIdeal: [Double]
    /// Distance of each alternative to the ideal point.
    public let dPlus: [Double]
    /// Distance of each alternative to the anti-ideal point.
    public let dMinus: [Double]
    /// Relative closeness d⁻/(d⁺ + d⁻) ∈ [0, 1] (½ when both distances are 0).
    public let closeness: [Double]

    /// The closeness.
    public var scores: [Double] { closeness }
    public var scoreOrder: Ranking.Order { .descending }
    public var settings: [(String, String)] {
        [("normalization", normalization.rawValue), ("distance", distance.rawValue)]
    }
}

import RealModule

/// CoCoSo, the COmbined COmpromise SOlution: three appraisal scores built from a weighted sum and
/// a weighted power sum of normalised values, combined by a geometric and an arithmetic mean.
///
/// Steps, for an m × n matrix with weights w (used as given):
/// 1. rᵢⱼ = the chosen ``Normalization``, benefit-oriented (default ``Normalization/minMax``, the
///    paper's choice).
/// 2. Sᵢ = Σⱼ wⱼ rᵢⱼ and Pᵢ = Σⱼ rᵢⱼ^wⱼ (0⁰ = 1).
/// 3. kₐᵢ = (Pᵢ + Sᵢ) / Σₖ (Pₖ + Sₖ); k_bᵢ = Sᵢ/min S + Pᵢ/min P;
///    k_cᵢ = (λSᵢ + (1 − λ)Pᵢ) / (λ max S + (1 − λ) max P).
/// 4. kᵢ = (kₐᵢ k_bᵢ k_cᵢ)^(1/3) + (kₐᵢ + k_bᵢ + k_cᵢ)/3; larger is better.
///
/// - Parameters:
///   - normalization: any ``Normalization`` (default minmax, as pymcdm and the paper).
///   - lambda: λ ∈ [0, 1], the balance of S and P in k_c (default 0.5, pymcdm's `l`).
///
/// k_b divides by the smallest S: an alternative whose normalised values are 0 on every weighted
/// criterion (with minmax, one that is worst on all of them) makes CoCoSo undefined, and the error
/// names it (pymcdm returns infinities). A negative normalised value (possible with max or vector
/// normalisation of negative data) has no real power; the error names the cell.
///
/// Complexity: O(m·n).
///
/// Reference: M. Yazdani, P. Zarate, E. K. Zavadskas, Z. Turskis, "A combined compromise solution
/// (CoCoSo) method for multi-criteria decision-making problems", Management Decision 57(9) (2019)
/// 2501–2519, doi:10.1108/MD-05-2017-0458.
///
/// Example (pymcdm 1.4.0's documented 7 × 5 problem, seven industrial robots):
/// ```swift
/// let result = try CoCoSo().evaluate(robots, weights: [0.036, 0.192, 0.326, 0.326, 0.12])
/// result.scores  // ≈ [2.041, 2.788, 2.882, 2.416, 1.299, 1.443, 2.519]
/// ```
public struct CoCoSo: RankingMethod {
    /// The column normalisation (default minmax).
    public var normalization: Normalization
    /// λ, the balance of S and P in k_c (0…1, default 0.5).
    public var lambda: Double

    /// - Parameters:
    ///   - normalization: any ``Normalization`` (default minmax).
    ///   - lambda: λ ∈ [0, 1], checked by ``evaluate(_:weights:)`` (default 0.5).
    public init(normalization: Normalization = .minMax, lambda: Double = 0.5) {
        self.normalization = normalization
        self.lambda = lambda
    }

    /// Scores `matrix` under `weights` (one finite non-negative weight per criterion, used as given).
    /// - Throws: ``MCDAError/invalidParameter(name:value:expected:)`` when λ is outside [0, 1];
    ///   ``MCDAError/nonPositiveValue(method:alternative:criterion:value:)`` for values the
    ///   normalisation cannot take, a negative normalised value or an alternative with S = 0;
    ///   ``MCDAError`` for invalid weights.
    public func evaluate(_ matrix: DecisionMatrix, weights: [Double]) throws -> CoCoSoResult {
        try requireUnitInterval(lambda, name: "CoCoSo λ")
        let x = try prepare(matrix, weights: weights)
        let r = try normalizing(x, with: normalization, method: "CoCoSo")
        let m = x.rowCount, n = x.columnCount
        if let k = (0..<(m * n)).first(where: { r.values[$0] < 0 && weights[$0 % n] > 0 }) {
            throw Self.nonPositive(x, row: k / n, column: k % n, method: "CoCoSo (r^w needs non-negative \(normalization.rawValue)-normalised values)")
        }
        let s = WeightedSum.weightedSums(r, weights: weights)
        let p = (0..<m).map { i in
            (0..<n).reduce(0.0) { total, j in
                let v = r.values[i * n + j], w = weights[j]
                return total + (w == 0 ? 1 : v == 0 ? 0 : Double.pow(v, w))
            }
        }
        if let i = s.indices.first(where: { !(s[$0] > 0) }) {
            let weighted = (0..<n).filter { weights[$0] > 0 }.map { x.criteria[$0].id }.joined(separator: ", ")
            throw MCDAError.nonPositiveValue(method: "CoCoSo (k_b divides by the smallest S: no alternative may be worst on every weighted criterion)",
                                             alternative: x.alternatives[i], criterion: weighted, value: s[i])
        }
        let total = zip(s, p).reduce(0.0) { $0 + $1.0 + $1.1 }
        let (sMin, pMin) = (s.min() ?? 1, p.min() ?? 1)
        let top = lambda * (s.max() ?? 1) + (1 - lambda) * (p.max() ?? 1)
        let ka = (0..<m).map { (p[$0] + s[$0]) / total }
        let kb = (0..<m).map { s[$0] / sMin + p[$0] / pMin }
        let kc = (0..<m).map { (lambda * s[$0] + (1 - lambda) * p[$0]) / top }
        let k = (0..<m).map { Double.pow(ka[$0] * kb[$0] * kc[$0], 1.0 / 3) + (ka[$0] + kb[$0] + kc[$0]) / 3 }
        try requireFinite(k)
        return CoCoSoResult(lambda: lambda, normalized: r, weightedSums: s, powerSums: p, ka: ka, kb: kb, kc: kc, scores: k)
    }
}

/// The outcome of ``CoCoSo``, with its intermediate values.
public struct CoCoSoResult: RankingResult, Equatable {
    /// λ, the balance of S and P in k_c.
    public let lambda: Double
    /// The benefit-oriented normalised matrix r, with the normalisation used.
    public let normalized: NormalizedMatrix
    /// Sᵢ = Σⱼ wⱼ rᵢⱼ.
    public let weightedSums: [Double]
    /// Pᵢ = Σⱼ rᵢⱼ^wⱼ.
    public let powerSums: [Double]
    /// kₐ, the arithmetic-mean appraisal (shares of Σ(P + S)).
    public let ka: [Double]
    /// k_b, the sum of relative scores against the worst S and P.
    public let kb: [Double]
    /// k_c, the balanced compromise against the best S and P.
    public let kc: [Double]
    /// kᵢ; larger is better.
    public let scores: [Double]

    public var scoreOrder: Ranking.Order { .descending }
    public var settings: [(String, String)] { [("normalization", normalized.normalization.rawValue), ("lambda", "\(lambda)")] }
}

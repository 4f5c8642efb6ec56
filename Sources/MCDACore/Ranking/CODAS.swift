/// CODAS, COmbinative Distance-based ASsessment: alternatives are compared by their Euclidean
/// distance from the negative-ideal point, and by their taxicab distance when two Euclidean
/// distances are too close to tell apart.
///
/// Steps, for an m × n matrix with weights w (used as given):
/// 1. nᵢⱼ = the chosen ``Normalization``, benefit-oriented (default ``Normalization/linear``:
///    x/max for benefit, min/x for cost, the paper's choice); rᵢⱼ = wⱼ nᵢⱼ.
/// 2. Negative-ideal point nsⱼ = minᵢ rᵢⱼ.
/// 3. Eᵢ = √Σⱼ (rᵢⱼ − nsⱼ)² (Euclidean) and Tᵢ = Σⱼ |rᵢⱼ − nsⱼ| (taxicab).
/// 4. Relative assessment hᵢₖ = (Eᵢ − Eₖ) + ψ(Eᵢ − Eₖ)(Tᵢ − Tₖ), with ψ(d) = 1 when |d| ≥ τ and
///    0 otherwise.
/// 5. Hᵢ = Σₖ hᵢₖ; larger is better.
///
/// - Parameters:
///   - normalization: any ``Normalization`` (default linear, as pymcdm and the paper).
///   - tau: τ ≥ 0, the threshold of ψ (default 0.02, pymcdm's fixed value; the paper suggests
///     0.01 to 0.05). pymcdm 1.4.0 has no option for it.
///
/// A larger value on every criterion need not raise H (ψ switches taxicab terms on and off), so
/// no dominance guarantee is claimed. The error for values the normalisation cannot take names
/// the cell.
///
/// Complexity: O(m·n + m log m): H is summed from E in sorted order with prefix sums of T (a
/// binary search per alternative finds the k with |Eᵢ − Eₖ| ≥ τ), not over the m² pairs.
///
/// Reference: M. Keshavarz Ghorabaee, E. K. Zavadskas, Z. Turskis, J. Antucheviciene, "A new
/// combinative distance-based assessment (CODAS) method for multi-criteria decision-making",
/// Economic Computation and Economic Cybernetics Studies and Research 50(3) (2016) 25–44 (no DOI).
///
/// Example (pymcdm 1.4.0's documented 6 × 4 problem):
/// ```swift
/// let result = try CODAS().evaluate(x, weights: [0.2857, 0.3036, 0.2321, 0.1786])
/// result.scores  // ≈ [1.3914, 0.3411, -0.2170, -0.5381, -0.7292, -0.2481]
/// ```
public struct CODAS: RankingMethod {
    /// The column normalisation (default linear).
    public var normalization: Normalization
    /// τ, the threshold of ψ (default 0.02).
    public var tau: Double

    /// - Parameters:
    ///   - normalization: any ``Normalization`` (default linear).
    ///   - tau: τ ≥ 0, checked by ``evaluate(_:weights:)`` (default 0.02).
    public init(normalization: Normalization = .linear, tau: Double = 0.02) {
        self.normalization = normalization
        self.tau = tau
    }

    /// Scores `matrix` under `weights` (one finite non-negative weight per criterion, used as given).
    /// - Throws: ``MCDAError/invalidParameter(name:value:expected:)`` for a negative or non-finite
    ///   τ; ``MCDAError/nonPositiveValue(method:alternative:criterion:value:)`` for values the
    ///   normalisation cannot take; ``MCDAError`` for invalid weights.
    public func evaluate(_ matrix: DecisionMatrix, weights: [Double]) throws -> CODASResult {
        guard tau >= 0, tau.isFinite else {
            throw MCDAError.invalidParameter(name: "CODAS τ", value: "\(tau)", expected: "a finite number ≥ 0")
        }
        let x = try prepare(matrix, weights: weights)
        let r = try normalizing(x, with: normalization, method: "CODAS")
        let m = x.rowCount, n = x.columnCount
        let weighted = (0..<(m * n)).map { r.values[$0] * weights[$0 % n] }
        var ideal = [Double](repeating: .infinity, count: n)
        for k in weighted.indices { ideal[k % n] = Swift.min(ideal[k % n], weighted[k]) }
        var e = [Double](repeating: 0, count: m), t = e
        for i in 0..<m {
            var squares = 0.0, taxicab = 0.0
            for j in 0..<n {
                let d = weighted[i * n + j] - ideal[j]
                squares += d * d
                taxicab += abs(d)
            }
            e[i] = squares.squareRoot()
            t[i] = taxicab
        }
        let h = Self.assessments(e: e, t: t, tau: tau)
        try requireFinite(h)
        return CODASResult(normalized: r, tau: tau, weighted: weighted, negativeIdeal: ideal, euclidean: e, taxicab: t, scores: h)
    }

    /// Hᵢ = Σₖ (Eᵢ − Eₖ) + Σ_{k: |Eᵢ − Eₖ| ≥ τ} (Tᵢ − Tₖ), from E sorted ascending and prefix sums of
    /// T in that order. The k with Eᵢ − Eₖ ≥ τ form a prefix and those with Eₖ − Eᵢ ≥ τ a suffix of
    /// the sorted order (rounded subtraction is monotone), found by binary search with ψ's own test.
    static func assessments(e: [Double], t: [Double], tau: Double) -> [Double] {
        let m = e.count
        let order = e.indices.sorted { e[$0] < e[$1] }
        let sortedE = order.map { e[$0] }
        var prefix = [Double](repeating: 0, count: m + 1)
        for p in 0..<m { prefix[p + 1] = prefix[p] + t[order[p]] }
        let totalE = e.reduce(0, +)
        /// The first sorted position where `holds` is false (it holds on a prefix).
        func firstFailing(_ holds: (Double) -> Bool) -> Int {
            var lo = 0, hi = m
            while lo < hi { let mid = (lo + hi) / 2; if holds(sortedE[mid]) { lo = mid + 1 } else { hi = mid } }
            return lo
        }
        return (0..<m).map { i in
            let below = firstFailing { e[i] - $0 >= tau }        // Eᵢ − Eₖ ≥ τ on positions < below
            let above = firstFailing { !($0 - e[i] >= tau) }     // Eₖ − Eᵢ ≥ τ on positions ≥ above
            let (count, sumT) = below >= above
                ? (m, prefix[m])                                  // the two sets cover everyone (τ = 0)
                : (below + m - above, prefix[below] + prefix[m] - prefix[above])
            return (Double(m) * e[i] - totalE) + (Double(count) * t[i] - sumT)
        }
    }
}

/// The outcome of ``CODAS``, with its intermediate values (the m × m relative assessments hᵢₖ
/// are not kept; H is their row sums).
public struct CODASResult: RankingResult, Equatable {
    /// The benefit-oriented normalised matrix n, with the normalisation used.
    public let normalized: NormalizedMatrix
    /// τ, the threshold of ψ.
    public let tau: Double
    /// rᵢⱼ = wⱼ nᵢⱼ, row-major.
    public let weighted: [Double]
    /// nsⱼ = minᵢ rᵢⱼ.
    public let negativeIdeal: [Double]
    /// Eᵢ, the Euclidean distance from the negative-ideal point.
    public let euclidean: [Double]
    /// Tᵢ, the taxicab distance from the negative-ideal point.
    public let taxicab: [Double]
    /// Hᵢ = Σₖ hᵢₖ; larger is better.
    public let scores: [Double]

    public var scoreOrder: Ranking.Order { .descending }
    public var settings: [(String, String)] { [("normalization", normalized.normalization.rawValue), ("tau", "\(tau)")] }
}

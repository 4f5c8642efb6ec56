/// Weights from an importance ordering of the criteria alone: rank-order centroid (ROC) and
/// rank-sum (RS) weights.
///
/// With n criteria and position k = 1 (most important) … n:
///
///     ROC:  wₖ = (1/n) Σᵢ₌ₖⁿ 1/i          (Barron & Barrett 1996, doi:10.1287/mnsc.42.11.1515)
///     RS:   wₖ = 2 (n + 1 − k) / (n (n + 1))  (Stillwell, Seaver & Edwards 1981, Organizational
///                                            Behavior and Human Performance 28(1):62–77)
///
/// ROC is the centroid of the simplex of weight vectors compatible with the ordering
/// w₁ ≥ w₂ ≥ … ≥ wₙ; RS decreases linearly. Both sum to 1.
///
/// The ordering is given as one importance rank per criterion, 1 = most important. Only the order
/// of the values matters, so `[1, 2, 2, 4]`, `[1, 2.5, 2.5, 4]` and `[1, 2, 2, 3]` all mean "the
/// second and third criteria tie for second place". **Ties:** tied criteria share equally the
/// weights of the positions they span (for a tie for positions 2–3, each gets (w₂ + w₃)/2), so the
/// weights still sum to 1 and untied criteria keep their usual weights.
///
/// - Throws: ``MCDAError/invalidParameter(name:value:expected:)`` when the number of ranks differs
///   from the number of criteria or a rank is not finite.
///
/// Complexity: O(n log n).
///
/// Example:
/// ```swift
/// RankOrderWeights(scheme: .centroid).positionWeights(count: 3) // [11/18, 5/18, 2/18]
/// let r = try RankOrderWeights(scheme: .rankSum).evaluate(importance: [2, 1, 3], criteria: ["a", "b", "c"])
/// r.weights // [2/6, 3/6, 1/6]
/// ```
public struct RankOrderWeights: Sendable {
    /// How positions are turned into weights.
    public enum Scheme: String, CaseIterable, Sendable, Codable {
        /// Rank-order centroid (Barron & Barrett 1996).
        case centroid = "rank-order"
        /// Rank sum (Stillwell, Seaver & Edwards 1981).
        case rankSum = "rank-sum"
    }

    /// The weighting scheme.
    public var scheme: Scheme

    public init(scheme: Scheme = .centroid) {
        self.scheme = scheme
    }

    /// The weight of each position 1 … n (most important first), summing to 1. n ≥ 1.
    public func positionWeights(count n: Int) -> [Double] {
        precondition(n >= 1)
        let size = Double(n)
        switch scheme {
        case .rankSum:
            return (1...n).map { 2 * Double(n + 1 - $0) / (size * (size + 1)) }
        case .centroid:
            var w = [Double](repeating: 0, count: n)
            var tail = 0.0
            for k in stride(from: n, through: 1, by: -1) {
                tail += 1 / Double(k)
                w[k - 1] = tail / size
            }
            return w
        }
    }

    /// Weights of `criteria` from their importance ranks (1 = most important; ties allowed).
    public func evaluate(importance: [Double], criteria: [String]) throws -> RankOrderWeightsResult {
        let n = criteria.count
        guard n >= 1, importance.count == n else {
            throw MCDAError.invalidParameter(name: "criterion importance ranks", value: "\(importance.count) values",
                                             expected: "one rank per criterion (\(n))")
        }
        for (j, r) in importance.enumerated() where !r.isFinite {
            throw MCDAError.invalidParameter(name: "importance rank of criterion '\(criteria[j])'", value: "\(r)",
                                             expected: "a finite number (1 = most important)")
        }
        let positions = positionWeights(count: n)
        let order = (0..<n).sorted { importance[$0] < importance[$1] || (importance[$0] == importance[$1] && $0 < $1) }
        var weights = [Double](repeating: 0, count: n)
        var start = 0
        while start < n {
            var end = start + 1
            while end < n, importance[order[end]] == importance[order[start]] { end += 1 }
            let shared = positions[start..<end].reduce(0, +) / Double(end - start)
            for k in start..<end { weights[order[k]] = shared }
            start = end
        }
        return RankOrderWeightsResult(criteria: criteria, weights: weights, importance: importance,
                                      positionWeights: positions, scheme: scheme)
    }

    /// Weights of the criteria of `matrix` from their importance ranks.
    public func evaluate(_ matrix: DecisionMatrix, importance: [Double]) throws -> RankOrderWeightsResult {
        try evaluate(importance: importance, criteria: matrix.criteria.map(\.id))
    }
}

/// The result of ``RankOrderWeights``.
public struct RankOrderWeightsResult: WeightingResult, Equatable {
    public let criteria: [String]
    public let weights: [Double]
    /// The importance ranks given, one per criterion (1 = most important).
    public let importance: [Double]
    /// The weight of each position 1 … n before ties are shared.
    public let positionWeights: [Double]
    /// The scheme used.
    public let scheme: RankOrderWeights.Scheme

    public var method: WeightingMethod { scheme == .centroid ? .rankOrder : .rankSum }
    /// `rank-order centroid` or `rank sum`, each with the tie rule.
    public var convention: String {
        (scheme == .centroid ? "rank-order centroid" : "rank sum") + ", ties share their positions' weights"
    }
    public var diagnostics: [WeightingDiagnostic] { [] }
}

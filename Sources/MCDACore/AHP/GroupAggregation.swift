import RealModule

/// How the judgments of several decision makers become one set of priorities
/// (Forman & Peniwati 1998, EJOR 108(1):165–169, doi:10.1016/S0377-2217(97)00244-0).
///
/// - ``aggregatedJudgments`` (AIJ): the group acts as one individual. Element-wise weighted geometric
///   mean of the judgments, aᵢⱼ = Πₖ aᵢⱼ(k)^λₖ, which keeps the aggregate reciprocal
///   (aⱼᵢ = 1/aᵢⱼ) and agrees with unanimity; among quasi-arithmetic means with these properties and
///   homogeneity it is the only one (Aczél & Saaty 1983, J. Math. Psychol. 27(1):93–102,
///   doi:10.1016/0022-2496(83)90028-7). The aggregate matrix is then analysed like any other,
///   so it has its own CR. The default.
/// - ``aggregatedPriorities`` (AIP): the decision makers act as separate individuals. Each matrix is
///   analysed on its own, and the priority vectors are averaged with a ``PriorityMean`` and normalised.
public enum GroupAggregationMethod: String, CaseIterable, Sendable, Codable {
    case aggregatedJudgments = "aij"
    case aggregatedPriorities = "aip"

    /// The method used when none is chosen.
    public static let `default` = GroupAggregationMethod.aggregatedJudgments
}

/// The mean of individual priority vectors under AIP (weights λₖ summing to 1).
///
/// - ``geometric``: pᵢ ∝ Πₖ wᵢ(k)^λₖ, then normalised to sum 1 (the default; Forman & Peniwati 1998).
/// - ``arithmetic``: pᵢ = Σₖ λₖ wᵢ(k) (already sums to 1; Forman & Peniwati accept it for AIP).
public enum PriorityMean: String, CaseIterable, Sendable, Codable {
    case geometric = "geometric"
    case arithmetic = "arithmetic"

    /// The mean used when none is chosen.
    public static let `default` = PriorityMean.geometric
}

/// Group decisions with the AHP: several decision makers compare the same elements.
///
/// Example (two decision makers with equal weight):
/// ```swift
/// let ann = try PairwiseComparisonMatrix(elements: ["a", "b"], rows: [[1, 4], [1.0 / 4, 1]])
/// let bob = try PairwiseComparisonMatrix(elements: ["b", "a"], rows: [[1, 1], [1, 1]])
/// let r = try GroupAHP.analyze([.init(name: "Ann", comparisons: ann), .init(name: "Bob", comparisons: bob)])
/// r.aggregate?.matrix[0, 1]   // 2 = √(4 · 1)
/// ```
public enum GroupAHP {
    /// Aggregates the decision makers' judgments (AIJ) or priorities (AIP) and analyses the result.
    ///
    /// Incomplete matrices: under AIJ each aggregated judgment is the weighted geometric mean over the
    /// decision makers who gave that judgment, with their weights renormalised over them; pairs that
    /// nobody judged are then filled in by `completion` on the aggregate. Under AIP each decision
    /// maker's matrix is completed first, so each must connect all elements.
    /// The aggregate's judgments are not on Saaty's scale in general; no off-scale diagnostics are made for them.
    ///
    /// - Parameters:
    ///   - group: at least one decision maker; all compare the same elements (the first one's order is used).
    ///   - weights: λₖ, one per decision maker, positive and finite; normalised to sum 1. nil: equal.
    ///   - aggregation: AIJ (default) or AIP.
    ///   - mean: the AIP mean (default geometric); ignored by AIJ.
    ///   - method: the priority method, as in ``AHP/analyze(_:method:randomIndex:revisions:)``.
    ///   - randomIndex: the random-index table of the consistency ratios.
    ///   - revisions: how many judgments to suggest revising per matrix.
    ///   - completion: how missing judgments are filled in (default Harker).
    /// - Throws: ``GroupAHPError`` naming the decision maker and element.
    ///
    /// Complexity: O(K n²) for the aggregation of K matrices of order n, plus one O(n³) eigen-decomposition
    /// per analysed matrix (K + 1).
    public static func analyze(_ group: [DecisionMakerJudgments], weights: [Double]? = nil,
                               aggregation: GroupAggregationMethod = .default, mean: PriorityMean = .default,
                               method: PriorityMethod = .default, randomIndex: RandomIndexTable = .default,
                               completion: CompletionMethod = .default, revisions: Int = 3) throws -> GroupAHPResult {
        let lambda = try normalizedWeights(weights, for: group)
        let aligned = try align(group)
        var individual: [AHPResult?] = []
        for (dm, judgments) in zip(group, aligned) {
            do {
                let m = try judgments.completed(by: completion)
                individual.append(try AHP.analyze(m, method: method, randomIndex: randomIndex, revisions: revisions))
            } catch let error as AHPError {
                if aggregation == .aggregatedJudgments, case .disconnectedComparisons = error { individual.append(nil); continue }
                throw GroupAHPError.decisionMakerFailed(decisionMaker: dm.name, error)
            }
        }
        let elements = aligned[0].elements
        switch aggregation {
        case .aggregatedJudgments:
            let analysis: AHPResult
            do {
                let full = try geometricMean(aligned, weights: lambda).completed(by: completion)
                let kept = full.diagnostics.filter { if case .completed = $0 { return true }; return false }
                let matrix = PairwiseComparisonMatrix(unchecked: elements, entries: full.entries, diagnostics: kept)
                analysis = try AHP.analyze(matrix, method: method, randomIndex: randomIndex, revisions: revisions)
            } catch let error as AHPError {
                throw GroupAHPError.aggregateFailed(error)
            }
            return GroupAHPResult(elements: elements, decisionMakers: group.map(\.name), weights: lambda,
                                  individual: individual, aggregation: aggregation, mean: nil,
                                  aggregate: analysis, priorities: analysis.priorities)
        case .aggregatedPriorities:
            let vectors = individual.compactMap { $0?.priorities }
            return GroupAHPResult(elements: elements, decisionMakers: group.map(\.name), weights: lambda,
                                  individual: individual, aggregation: aggregation, mean: mean, aggregate: nil,
                                  priorities: combine(vectors, weights: lambda, mean: mean))
        }
    }

    /// The AIJ matrix alone: aᵢⱼ = exp(Σ_{k∈Kᵢⱼ} λₖ ln aᵢⱼ(k) / Σ_{k∈Kᵢⱼ} λₖ), Kᵢⱼ being the decision makers
    /// who gave the judgment; missing where nobody did. Elements in the first decision maker's order.
    /// - Throws: ``GroupAHPError`` for empty groups, bad weights or differing element sets.
    public static func aggregateJudgments(_ group: [DecisionMakerJudgments], weights: [Double]? = nil) throws -> IncompleteComparisons {
        try geometricMean(try align(group), weights: try normalizedWeights(weights, for: group))
    }

    /// Validated decision-maker weights scaled to sum 1 (equal weights when `weights` is nil).
    public static func normalizedWeights(_ weights: [Double]?, for group: [DecisionMakerJudgments]) throws -> [Double] {
        guard !group.isEmpty else { throw GroupAHPError.noDecisionMakers }
        guard let weights else { return [Double](repeating: 1 / Double(group.count), count: group.count) }
        guard weights.count == group.count else { throw GroupAHPError.weightCount(expected: group.count, found: weights.count) }
        for (dm, w) in zip(group, weights) where !(w.isFinite && w > 0) {
            throw GroupAHPError.invalidWeight(decisionMaker: dm.name, value: w)
        }
        let top = weights.max() ?? 1  // scale first so that the sum cannot overflow
        let total = weights.reduce(0) { $0 + $1 / top }
        return weights.map { $0 / top / total }
    }

    /// Every decision maker's judgments re-indexed to the first one's element order.
    static func align(_ group: [DecisionMakerJudgments]) throws -> [IncompleteComparisons] {
        guard let first = group.first else { throw GroupAHPError.noDecisionMakers }
        var names = Set<String>()
        for dm in group where !names.insert(dm.name).inserted { throw GroupAHPError.duplicateDecisionMaker(dm.name) }
        let elements = first.comparisons.elements
        let n = elements.count
        let reference = Set(elements)
        return try group.map { dm in
            let own = dm.comparisons.elements
            var position: [String: Int] = [:]
            for (k, e) in own.enumerated() { position[e] = k }
            if let e = elements.first(where: { position[$0] == nil }) {
                throw GroupAHPError.missingElement(decisionMaker: dm.name, element: e)
            }
            if let e = own.first(where: { !reference.contains($0) }) {
                throw GroupAHPError.unexpectedElement(decisionMaker: dm.name, element: e)
            }
            let p = elements.map { position[$0] ?? 0 }
            var entries = [Double?](repeating: nil, count: n * n)
            for i in 0..<n { for j in 0..<n { entries[i * n + j] = dm.comparisons.entries[p[i] * n + p[j]] } }
            do { return try IncompleteComparisons(elements: elements, entries: entries) } catch let error as AHPError {
                throw GroupAHPError.decisionMakerFailed(decisionMaker: dm.name, error)
            }
        }
    }

    /// Weighted geometric mean of aligned judgments over the decision makers who gave each one.
    static func geometricMean(_ aligned: [IncompleteComparisons], weights lambda: [Double]) throws -> IncompleteComparisons {
        let elements = aligned[0].elements
        let n = elements.count
        var entries = [Double?](repeating: nil, count: n * n)
        for i in 0..<n {
            entries[i * n + i] = 1
            for j in (i + 1)..<n {
                var logSum = 0.0, weightSum = 0.0
                for (k, m) in aligned.enumerated() {
                    guard let x = m.entries[i * n + j] else { continue }
                    logSum += lambda[k] * Double.log(x)
                    weightSum += lambda[k]
                }
                guard weightSum > 0 else { continue }
                let a = Double.exp(logSum / weightSum)
                entries[i * n + j] = a
                entries[j * n + i] = 1 / a
            }
        }
        do { return try IncompleteComparisons(elements: elements, entries: entries) } catch let error as AHPError {
            throw GroupAHPError.aggregateFailed(error)
        }
    }

    /// AIP: the weighted geometric (normalised) or arithmetic mean of priority vectors.
    static func combine(_ vectors: [[Double]], weights lambda: [Double], mean: PriorityMean) -> [Double] {
        let n = vectors.first?.count ?? 0
        var p = [Double](repeating: 0, count: n)
        switch mean {
        case .arithmetic:
            for (k, w) in vectors.enumerated() { for i in 0..<n { p[i] += lambda[k] * w[i] } }
        case .geometric:
            // In logarithms, shifted by the maximum, so that tiny priorities neither underflow to 0 nor give log(0).
            for (k, w) in vectors.enumerated() {
                for i in 0..<n { p[i] += lambda[k] * Double.log(max(w[i], .leastNormalMagnitude)) }
            }
            let top = p.max() ?? 0
            p = p.map { Double.exp($0 - top) }
        }
        let total = p.reduce(0, +)
        return p.map { $0 / total }
    }
}

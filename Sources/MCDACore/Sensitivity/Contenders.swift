/// The alternatives that can hold one of the first few places somewhere along the weight path of
/// one criterion, so that sweeps of large problems look only at those (a handful out of a million)
/// instead of at all m(m − 1)/2 pairs.
///
/// - Linear scorings (exact): on each of 100 intervals [a, b] of the path every key lies between
///   its values at a and b, so the `places`-th largest of minᵢ = min(keyᵢ(a), keyᵢ(b)) is a lower
///   bound L of the `places`-th largest key anywhere in [a, b]; an alternative with
///   max(keyᵢ(a), keyᵢ(b)) < L has `places` alternatives strictly ahead throughout and is left out.
///   Nothing that can reach the first `places` places is ever dropped.
/// - Other scorings: the alternatives within the first `places` at some point of the scan grid of
///   the breakpoint search (step ``BreakpointSearch/scanStep``), consistent with what that search
///   can see (a climb into the first places and back within one step is missed by both).
///
/// Complexity: O(steps·(scoring + m·log places)), no m² term.
enum Contenders {
    /// Sorted indices of the contenders for the first `places` places (all m when places ≥ m).
    static func find(_ scoring: some WeightedScoring, weights: [Double], criterion: Int, places: Int,
                     search: BreakpointSearch) throws -> [Int] {
        let m = scoring.alternativeCount
        guard places < m else { return Array(0..<m) }
        let linear = scoring is any LinearScoring
        let steps = linear ? 100 : Int((1 / search.scanStep).rounded(.up))
        let sign: Double = scoring.order == .descending ? 1 : -1
        var keep = [Bool](repeating: false, count: m)
        var previous: [Double] = []
        var bound = [Double](repeating: 0, count: m)
        for k in 0...steps {
            let t = linear ? Double(k) / Double(steps) : min(Double(k) * search.scanStep, 1)
            let key = scoring.scores(weights: try WeightSensitivity.rescaledWeights(weights, criterion: criterion, to: t))
                .map { $0.isNaN ? -Double.infinity : sign * $0 }
            if !linear {
                let threshold = largest(key, rank: places)
                for i in 0..<m where key[i] >= threshold { keep[i] = true }
            } else if !previous.isEmpty {
                for i in 0..<m { bound[i] = min(previous[i], key[i]) }
                let threshold = largest(bound, rank: places)
                for i in 0..<m where max(previous[i], key[i]) >= threshold { keep[i] = true }
            }
            previous = key
        }
        return keep.indices.filter { keep[$0] }
    }

    /// The `rank`-th largest of `values` (1 ≤ rank ≤ count), keeping a sorted buffer of the `rank`
    /// largest seen: O(count·log rank) comparisons for data in random order.
    static func largest(_ values: [Double], rank: Int) -> Double {
        precondition(rank >= 1 && rank <= values.count)
        var top = values.prefix(rank).sorted()
        for x in values.dropFirst(rank) where x > top[0] {
            var lo = 0, hi = rank
            while lo < hi {
                let mid = (lo + hi) / 2
                if top[mid] < x { lo = mid + 1 } else { hi = mid }
            }
            top.insert(x, at: lo)
            top.removeFirst()
        }
        return top[0]
    }
}

/// The scores of some of a scoring's alternatives (`members`, sorted), for sweeping only those:
/// the base's ``WeightedScoring/memberScores(weights:members:into:)``, so a TOPSIS sweep of a few
/// contenders scores only them.
struct SubsetScoring: WeightedScoring {
    let base: any WeightedScoring
    let members: [Int]
    var alternativeCount: Int { members.count }
    var criterionCount: Int { base.criterionCount }
    var order: Ranking.Order { base.order }

    func scores(weights: UnsafeBufferPointer<Double>, into scores: UnsafeMutableBufferPointer<Double>) {
        members.withUnsafeBufferPointer { base.memberScores(weights: weights, members: $0, into: scores) }
    }
}

/// ``SubsetScoring`` of a linear scoring: the members' coefficient rows, so that breakpoints stay
/// exact.
struct LinearSubsetScoring: LinearScoring {
    let coefficients: [Double]
    let alternativeCount: Int
    let criterionCount: Int
    let order: Ranking.Order

    init(_ base: any LinearScoring, members: [Int]) {
        let n = base.criterionCount, c = base.coefficients
        coefficients = members.flatMap { c[($0 * n)..<($0 * n + n)] }
        alternativeCount = members.count
        criterionCount = n
        order = base.order
    }

    func scores(weights: UnsafeBufferPointer<Double>, into scores: UnsafeMutableBufferPointer<Double>) {
        let n = criterionCount
        for i in 0..<alternativeCount {
            var s = 0.0
            for j in 0..<n { s += coefficients[i * n + j] * weights[j] }
            scores[i] = s
        }
    }
}

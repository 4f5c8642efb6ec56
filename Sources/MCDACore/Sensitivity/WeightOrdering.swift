/// "Criterion a weighs at least as much as criterion b": one constraint wₐ ≥ w_b of an ordinal
/// weight statement.
public struct WeightDominance: Sendable, Hashable {
    /// The criterion with the larger (or equal) weight.
    public let heavier: Int
    /// The criterion with the smaller (or equal) weight.
    public let lighter: Int

    public init(heavier: Int, lighter: Int) {
        self.heavier = heavier
        self.lighter = lighter
    }

    /// The constraints of a complete ranking: `order[0]` ≥ `order[1]` ≥ … .
    public static func chain(_ order: [Int]) -> [WeightDominance] {
        zip(order, order.dropFirst()).map { WeightDominance(heavier: $0, lighter: $1) }
    }

    /// A cycle a ≥ b ≥ … ≥ a among `pairs` over criteria 0..<n (heaviest-first, starting at its
    /// smallest criterion), or nil when the pairs are a partial order. Kahn's algorithm: criteria
    /// with no heavier criterion left are removed until only cycles and what they dominate remain.
    static func cycle(in pairs: [WeightDominance], criteria n: Int) -> [Int]? {
        var heavier = [[Int]](repeating: [], count: n)
        for p in pairs where p.heavier != p.lighter { heavier[p.lighter].append(p.heavier) }
        var alive = [Bool](repeating: true, count: n)
        var changed = true
        while changed {
            changed = false
            for x in 0..<n where alive[x] && !heavier[x].contains(where: { alive[$0] }) {
                alive[x] = false
                changed = true
            }
        }
        guard var x = alive.firstIndex(of: true) else { return nil }
        // Every remaining criterion has a remaining heavier one: walk upwards until a repeat.
        var walk: [Int] = []
        while !walk.contains(x) {
            walk.append(x)
            x = heavier[x].first { alive[$0] }!
        }
        let cycle = Array(walk[walk.firstIndex(of: x)!...].reversed())
        let smallest = cycle.firstIndex(of: cycle.min()!)!
        return Array(cycle[smallest...] + cycle[..<smallest])
    }
}

/// Exact uniform sampling from {w on the simplex : wₐ ≥ w_b for every given pair} for a partial
/// order of up to ``maximumCriteria`` criteria.
///
/// The region is the union, over the linear extensions π of the partial order (total orders that
/// respect it), of the cones w_π(1) ≥ … ≥ w_π(n), all of the same volume (1/n! of the simplex).
/// So a uniform sample is: pick a linear extension uniformly, draw a uniform simplex point, sort it
/// in decreasing order and assign it along the extension. Extensions are counted by dynamic
/// programming over the sets S of criteria already placed (heaviest first): f(all) = 1,
/// f(S) = Σ f(S ∪ {x}) over the x whose heavier criteria are all in S; an extension is drawn by
/// choosing each next criterion with probability f(S ∪ {x}) / f(S).
///
/// Complexity: O(2ⁿ·n) once, O(n²) per sample (plus the simplex draw and a sort of n values).
struct LinearExtensions: Sendable {
    /// Above this size the 2ⁿ table is too large and hit-and-run is used instead.
    static let maximumCriteria = 16

    let n: Int
    /// Bit mask of the criteria that must be heavier than criterion x.
    let heavier: [UInt32]
    /// f(S): the number of ways to order the criteria not in S.
    let completions: [Double]

    /// - Throws: ``SensitivityError/contradictoryOrdering(cycle:)`` when the pairs contain a cycle.
    init(n: Int, dominance: [WeightDominance]) throws {
        precondition(n >= 1 && n <= Self.maximumCriteria)
        if let cycle = WeightDominance.cycle(in: dominance, criteria: n) {
            throw SensitivityError.contradictoryOrdering(cycle: cycle)
        }
        var heavier = [UInt32](repeating: 0, count: n)
        for d in dominance { heavier[d.lighter] |= 1 << UInt32(d.heavier) }
        let full = (1 << n) - 1
        var f = [Double](repeating: 0, count: full + 1)
        f[full] = 1
        for s in stride(from: full - 1, through: 0, by: -1) {
            var total = 0.0
            for x in 0..<n where s & (1 << x) == 0 && Int(heavier[x]) & ~s == 0 { total += f[s | (1 << x)] }
            f[s] = total
        }
        precondition(f[0] > 0, "an acyclic order has a linear extension")
        self.n = n
        self.heavier = heavier
        self.completions = f
    }

    /// Writes a uniformly drawn linear extension (heaviest criterion first) into `order`.
    func drawExtension(into order: UnsafeMutableBufferPointer<Int>, using rng: inout Xoshiro256StarStar) {
        var placed = 0
        for position in 0..<n {
            let target = rng.nextUnit() * completions[placed]
            var cumulative = 0.0, chosen = -1
            for x in 0..<n where placed & (1 << x) == 0 && Int(heavier[x]) & ~placed == 0 {
                chosen = x  // the last eligible criterion absorbs rounding at the top end
                cumulative += completions[placed | (1 << x)]
                if target < cumulative { break }
            }
            order[position] = chosen
            placed |= 1 << chosen
        }
    }
}

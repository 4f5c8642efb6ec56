/// The exploitation of an ELECTRE III credibility matrix: distillations and the final pre-order
/// (see ``ELECTREIII`` for the rules and their source).
enum ELECTREDistillation {
    /// The discrimination threshold s(λ) = 0.3 − 0.15 λ.
    static func discrimination(_ lambda: Double) -> Double { 0.3 - 0.15 * lambda }

    /// The position of every alternative's distillate: 1 for the first one extracted by the
    /// descending distillation; for the ascending one, 1 for the last one extracted (the best).
    static func positions(_ sigma: [Double], count m: Int, descending: Bool) -> [Double] {
        var strong = [Bool](repeating: false, count: m * m)
        for a in 0..<m { for b in 0..<m where a != b { strong[a * m + b] = sigma[a * m + b] - sigma[b * m + a] > discrimination(sigma[a * m + b]) } }
        var remaining = Array(0..<m)
        var position = [Double](repeating: 0, count: m)
        var step = 0
        while !remaining.isEmpty {
            step += 1
            let distillate = distill(sigma, strong: strong, count: m, among: remaining, descending: descending)
            for a in distillate { position[a] = Double(step) }
            let taken = Set(distillate)
            remaining.removeAll { taken.contains($0) }
        }
        return descending ? position : position.map { Double(step) + 1 - $0 }
    }

    /// One distillate of `set`: the best (or worst) qualified alternatives, refined at lower
    /// credibility levels until one is left or the level reaches 0. `strong[a·m + b]` says whether
    /// σ(a,b) − σ(b,a) > s(σ(a,b)), the part of the outranking test that does not depend on the level.
    static func distill(_ sigma: [Double], strong: [Bool], count m: Int, among set: [Int], descending: Bool) -> [Int] {
        var d = set
        var lambda = maxCredibility(sigma, count: m, among: d)
        var qualification = [Int](repeating: 0, count: m)
        while d.count > 1 {
            let cut = lambda - discrimination(lambda)
            var next = 0.0
            for a in d {
                let row = a * m
                for b in d where sigma[row + b] < cut && a != b { next = Swift.max(next, sigma[row + b]) }
            }
            for a in d { qualification[a] = 0 }
            for a in d {
                let row = a * m
                for b in d where a != b && strong[row + b] && sigma[row + b] > next {
                    qualification[a] += 1
                    qualification[b] -= 1
                }
            }
            var target = qualification[d[0]]
            for a in d { target = descending ? Swift.max(target, qualification[a]) : Swift.min(target, qualification[a]) }
            d = d.filter { qualification[$0] == target }
            if next == 0 { break }
            lambda = next
        }
        return d
    }

    /// The largest σ(a, b) with a ≠ b in `set` (0 for a single alternative).
    static func maxCredibility(_ sigma: [Double], count m: Int, among set: [Int]) -> Double {
        var best = 0.0
        for a in set { for b in set where a != b { best = Swift.max(best, sigma[a * m + b]) } }
        return best
    }

    /// The level of every alternative in the final partial pre-order: a is preferred to b when
    /// both distillations place it at least as well and one strictly better; level 1 when nothing
    /// is preferred to it, else 1 + the highest level of those preferred to it.
    static func levels(descending d: [Double], ascending u: [Double]) -> [Double] {
        let m = d.count
        // b preferred to a implies d(b) + u(b) < d(a) + u(a): process in that order.
        let order = (0..<m).sorted { (d[$0] + u[$0], $0) < (d[$1] + u[$1], $1) }
        var level = [Double](repeating: 1, count: m)
        for a in order {
            for b in 0..<m where d[b] <= d[a] && u[b] <= u[a] && (d[b] < d[a] || u[b] < u[a]) {
                level[a] = Swift.max(level[a], level[b] + 1)
            }
        }
        return level
    }
}

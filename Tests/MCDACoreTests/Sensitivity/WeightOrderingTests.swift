@testable import MCDACore
import Testing

@Suite struct WeightOrderingTests {
    @Test func countsLinearExtensions() throws {
        #expect(try LinearExtensions(n: 4, dominance: []).completions[0] == 24)
        #expect(try LinearExtensions(n: 4, dominance: WeightDominance.chain([3, 1, 0, 2])).completions[0] == 1)
        // w₁ ≥ w₂ and w₁ ≥ w₃: w₁ first, then either order of the other two.
        #expect(try LinearExtensions(n: 3, dominance: [.init(heavier: 0, lighter: 1), .init(heavier: 0, lighter: 2)]).completions[0] == 2)
    }

    @Test func drawsExtensionsUniformly() throws {
        // Three extensions of {w₁ ≥ w₂} over three criteria, each with probability 1/3.
        let e = try LinearExtensions(n: 3, dominance: [.init(heavier: 0, lighter: 1)])
        var rng = Xoshiro256StarStar(seed: 3)
        var seen: [[Int]: Int] = [:]
        var order = [Int](repeating: 0, count: 3)
        let count = 30_000
        for _ in 0..<count {
            order.withUnsafeMutableBufferPointer { e.drawExtension(into: $0, using: &rng) }
            seen[order, default: 0] += 1
        }
        #expect(Set(seen.keys) == [[0, 1, 2], [0, 2, 1], [2, 0, 1]])
        let sd = (2.0 / 9 / Double(count)).squareRoot()
        for (_, c) in seen { #expect(abs(Double(c) / Double(count) - 1.0 / 3) < 4 * sd) }
    }

    @Test func reportsTheCycle() {
        #expect(throws: SensitivityError.contradictoryOrdering(cycle: [1, 3])) {
            try LinearExtensions(n: 4, dominance: [.init(heavier: 0, lighter: 1), .init(heavier: 1, lighter: 3), .init(heavier: 3, lighter: 1)])
        }
        #expect(SensitivityError.contradictoryOrdering(cycle: [1, 3]).description.contains("w2 ≥ w4 ≥ w2"))
        // Beyond the exact sampler's size the hit-and-run sampler rejects cycles too.
        let n = 20
        let cyclic = WeightDominance.chain([4, 7, 12]) + [WeightDominance(heavier: 12, lighter: 4)]
        #expect(throws: SensitivityError.contradictoryOrdering(cycle: [4, 7, 12])) {
            try WeightSampler.ordered(criteria: n, dominance: cyclic)
        }
        #expect(WeightDominance.cycle(in: WeightDominance.chain(Array(0..<n)), criteria: n) == nil)
    }
}

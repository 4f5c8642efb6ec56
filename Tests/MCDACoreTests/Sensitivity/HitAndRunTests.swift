@testable import MCDACore
import Testing

@Suite struct HitAndRunTests {
    /// A long walk on a thin polytope (bounds and a chain of orderings) never leaves it.
    @Test func walkStaysFeasible() throws {
        let n = 6
        let lower = [0.05, 0.05, 0, 0, 0, 0.1], upper = [0.5, 0.5, 0.4, 0.3, 0.3, 0.12]
        let order = WeightDominance.chain([0, 1, 2, 3, 4])
        let polytope = try ConstrainedSimplex(lower: lower, upper: upper, dominance: order)
        var x = polytope.start, d = [Double](repeating: 0, count: n)
        var rng = Xoshiro256StarStar(seed: 12)
        for step in 0..<20_000 {
            x.withUnsafeMutableBufferPointer { xb in d.withUnsafeMutableBufferPointer { polytope.step(xb, direction: $0, using: &rng) } }
            #expect(abs(x.reduce(0, +) - 1) < 1e-9, "step \(step)")
            for j in 0..<n { #expect(x[j] >= lower[j] - 1e-12 && x[j] <= upper[j] + 1e-12) }
            for p in order { #expect(x[p.heavier] >= x[p.lighter] - 1e-12) }
        }
    }

    @Test func startIsFeasibleAndBoundsAreTightenedAlongTheOrder() throws {
        let p = try ConstrainedSimplex(lower: [0, 0.2, 0], upper: [1, 1, 0.1], dominance: [.init(heavier: 0, lighter: 1)])
        #expect(p.lower[0] == 0.2)      // w₁ ≥ w₂ ≥ 0.2
        #expect(abs(p.start.reduce(0, +) - 1) < 1e-15)
        #expect(p.start[0] >= p.start[1] && p.start[2] <= 0.1)
        #expect(p.free == [0, 1, 2])
        #expect(p.dimension == 2)
    }

    /// The default is the R hitandrun package's `thin.fn`, ⌈ln(n + 1)/4 · n³⌉ (gertvv/hitandrun,
    /// hitandrun/R/hitandrun.R); 56 and 1 below were computed by hand from that formula.
    @Test func defaultThinningGrowsWithDimensionCubed() {
        let s = HitAndRunSettings()
        #expect(s.resolved(dimension: 1).thinning == 1)
        #expect(s.resolved(dimension: 5).thinning == 56)   // ⌈ln 6 · 125 / 4⌉ = ⌈55.99⌉
        #expect(s.resolved(dimension: 5).burnIn == 560)
        #expect(HitAndRunSettings(burnIn: 0, thinning: 3).resolved(dimension: 5) == (0, 3))
    }
}

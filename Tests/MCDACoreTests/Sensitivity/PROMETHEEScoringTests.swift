import MCDACore
import Testing
import _TestSupport

@Suite struct PROMETHEEScoringTests {
    static let functions: [PreferenceFunction] = [.usual, .uShape(q: 2), .vShape(p: 5), .level(q: 1, p: 4), .linear(q: 1, p: 6), .gaussian(s: 3)]

    @Test func zhao2013NetFlows() throws {
        // Zhao, Peng & Li (2013), Procedia Computer Science 17:181–188: net flows .1 −.3 .2 (usual criterion).
        let kernel = try PROMETHEEScoring(matrix: RankingCases.matrix([[4, 3, 2], [3, 2, 4], [5, 1, 3]]), method: PROMETHEE())
        #expect(allClose(kernel.scores(weights: [0.5, 0.3, 0.2]), [0.1, -0.3, 0.2], tolerance: 1e-12))
    }

    @Test(arguments: functions)
    func scoresAreTheNetFlowsBitForBit(function: PreferenceFunction) throws {
        var rng = TestRNG(seed: 31)
        for _ in 0..<20 {
            let (x, w) = RankingCases.random(rows: Int.random(in: 1...40, using: &rng), columns: Int.random(in: 1...6, using: &rng), using: &rng)
            let kernel = try PROMETHEEScoring(matrix: x, method: PROMETHEE(function))
            #expect(kernel.scores(weights: w) == (try PROMETHEE(function).evaluate(x, weights: w)).phiNet)
        }
    }

    @Test(arguments: functions)
    func scoresAreLinearInTheCoefficients(function: PreferenceFunction) throws {
        var rng = TestRNG(seed: 32)
        for _ in 0..<20 {
            let (x, w) = RankingCases.random(rows: Int.random(in: 2...40, using: &rng), columns: Int.random(in: 1...6, using: &rng), using: &rng)
            let kernel = try PROMETHEEScoring(matrix: x, method: PROMETHEE(function))
            let n = w.count
            let linear = (0..<x.rowCount).map { i in (0..<n).reduce(0.0) { $0 + kernel.coefficients[i * n + $1] * w[$1] } }
            #expect(allClose(kernel.scores(weights: w), linear, tolerance: 1e-12))
        }
    }

    @Test func alternativesThatTieStillTieUnderDyadicWeights() throws {
        // A1, A2 and A3 each win 4 and lose 2 of their comparisons, on different criteria (3 + 1,
        // 2 + 2 and 1 + 3 wins; usual criterion). With weights ½ and ½ their flows are equal in
        // exact arithmetic, and must be equal bits (a tie), not split by rounding.
        let x = RankingCases.matrix([[3, 1], [2, 2], [1, 3], [0, 0]])
        let kernel = try PROMETHEEScoring(matrix: x, method: PROMETHEE())
        let s = kernel.scores(weights: [0.5, 0.5])
        #expect(s[0] == s[2] && s[0] == s[1])
        #expect(s == (try PROMETHEE().evaluate(x, weights: [0.5, 0.5])).phiNet)
    }

    @Test func sweepsOfPROMETHEEAreExactAndAgreeWithTheGrid() throws {
        var rng = TestRNG(seed: 33)
        let (x, w) = RankingCases.random(rows: 30, columns: 4, using: &rng)
        let kernel = try PROMETHEEScoring(matrix: x, method: PROMETHEE(.vShape(p: 5)))
        for criterion in 0..<4 {
            let sweep = try WeightSensitivity.sweep(kernel, weights: w, criterion: criterion)
            #expect(sweep.method == BreakpointMethod.exact)
            // Every change of order between two grid points is a breakpoint inside that interval.
            let m = x.rowCount, weights = sweep.breakpoints.map(\.weight)
            for k in 1..<sweep.grid.count {
                let before = Array(sweep.ranks[(k - 1) * m ..< k * m]), after = Array(sweep.ranks[k * m ..< (k + 1) * m])
                guard before != after else { continue }
                let low = sweep.grid[k - 1] - 1e-12, high = sweep.grid[k] + 1e-12
                #expect(weights.contains { $0 >= low && $0 <= high },
                        "criterion \(criterion): ranks change between \(low) and \(high) without a breakpoint")
            }
        }
    }
}

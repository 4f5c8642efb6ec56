import MCDACore
import Testing
import _TestSupport

@Suite struct RankOrderWeightsTests {
    /// Barron & Barrett (1996), doi:10.1287/mnsc.42.11.1515, ROC weights for n = 5:
    /// .4567 .2567 .1567 .0900 .0400.
    @Test func rocMatchesBarronBarrett() {
        let w = RankOrderWeights(scheme: .centroid).positionWeights(count: 5)
        #expect(allClose(w, [0.4567, 0.2567, 0.1567, 0.0900, 0.0400], tolerance: 5e-5))
        let exact: [Double] = [137, 77, 47, 27, 12].map { $0 / 300 }
        #expect(allClose(w, exact, tolerance: 1e-15))
        #expect(RankOrderWeights(scheme: .centroid).positionWeights(count: 1) == [1])
    }

    /// Rank sum: wₖ = 2(n + 1 − k)/(n(n + 1)); for n = 5: 5/15 … 1/15.
    @Test func rankSumIsLinear() {
        let w = RankOrderWeights(scheme: .rankSum).positionWeights(count: 5)
        let exact: [Double] = [5, 4, 3, 2, 1].map { $0 / 15 }
        #expect(allClose(w, exact, tolerance: 1e-15))
    }

    @Test func weightsFollowTheImportanceRanks() throws {
        let r = try RankOrderWeights(scheme: .rankSum).evaluate(importance: [2, 1, 3], criteria: ["a", "b", "c"])
        let exact: [Double] = [2, 3, 1].map { $0 / 6 }
        #expect(allClose(r.weights, exact, tolerance: 1e-15))
        #expect(r.method == .rankSum)
    }

    /// Tied criteria share the weights of the positions they span; any encoding of the tie works.
    @Test func tiesShareTheirPositionsWeights() throws {
        let roc = RankOrderWeights(scheme: .centroid)
        let p = roc.positionWeights(count: 4)
        for ranks: [Double] in [[1, 2, 2, 4], [1, 2.5, 2.5, 4], [1, 2, 2, 3]] {
            let w = try roc.evaluate(importance: ranks, criteria: ["a", "b", "c", "d"]).weights
            let shared = (p[1] + p[2]) / 2
            #expect(allClose(w, [p[0], shared, shared, p[3]], tolerance: 1e-15), "\(ranks)")
        }
        let allTied = try roc.evaluate(importance: [1, 1, 1], criteria: ["a", "b", "c"]).weights
        #expect(allClose(allTied, [Double](repeating: 1.0 / 3, count: 3), tolerance: 1e-15))
    }

    /// Seeded: weights sum to 1, are positive and never increase with the rank.
    @Test(arguments: [RankOrderWeights.Scheme.centroid, .rankSum])
    func weightsAreADecreasingDistribution(scheme: RankOrderWeights.Scheme) throws {
        var rng = TestRNG(seed: 5)
        for n in [1, 2, 7, 50] {
            let ranks = (0..<n).map { _ in Double(Int.random(in: 1...max(1, n / 2), using: &rng)) }
            let w = try RankOrderWeights(scheme: scheme).evaluate(importance: ranks, criteria: (0..<n).map { "c\($0)" }).weights
            #expect(abs(w.reduce(0, +) - 1) < 1e-12 && w.allSatisfy { $0 > 0 })
            for a in 0..<n { for b in 0..<n where ranks[a] < ranks[b] { #expect(w[a] > w[b]) } }
        }
    }

    @Test func badRanksAreRejected() {
        let roc = RankOrderWeights()
        #expect(throws: MCDAError.self) { try roc.evaluate(importance: [1, 2], criteria: ["a", "b", "c"]) }
        #expect(throws: MCDAError.self) { try roc.evaluate(importance: [1, .nan], criteria: ["a", "b"]) }
    }
}

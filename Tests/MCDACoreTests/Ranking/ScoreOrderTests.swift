import Testing
import _TestSupport
@testable import MCDACore

/// The radix order behind `Ranking.ranks` is the stable comparison order, so ranks are unchanged.
@Suite struct ScoreOrderTests {
    /// Seeded scores with many ties, both zeros, negatives, infinities and subnormals.
    static func scores(_ m: Int, seed: UInt64) -> [Double] {
        var rng = TestRNG(seed: seed)
        return (0..<m).map { _ in
            switch Int.random(in: 0..<6, using: &rng) {
            case 0: return Double(Int.random(in: -3...3, using: &rng)) / 2  // ties
            case 1: return [0.0, -0.0, .infinity, -.infinity, .leastNonzeroMagnitude, -.leastNonzeroMagnitude][Int.random(in: 0..<6, using: &rng)]
            case 2: return Double(bitPattern: rng.next() & 0x7FEF_FFFF_FFFF_FFFF) * (Bool.random(using: &rng) ? 1 : -1)
            default: return Double.random(in: 0...1, using: &rng)
            }
        }
    }

    @Test func sameOrderAsAStableComparisonSort() {
        for m in [0, 1, 2, 63, 64, 65, 1000, 100_000] {
            let s = Self.scores(m, seed: UInt64(m))
            for order in [Ranking.Order.descending, .ascending] {
                #expect(ScoreOrder(scores: s, order: order).indices == Ranking.comparisonOrder(s, order: order), "m = \(m), \(order)")
            }
        }
    }

    @Test func ranksAverageTiesAndMatchTheComparisonPath() {
        #expect(Ranking.ranks([0.2, 0.5, 0.5], order: .descending) == [3, 1.5, 1.5])
        // 100 alternatives (radix path): scores k mod 10, so each score is shared by 10 alternatives.
        let s = (0..<100).map { Double($0 % 10) }
        let r = Ranking.ranks(s, order: .descending)
        #expect(r[9] == 5.5 && r[0] == 95.5)  // score 9: ranks 1…10; score 0: ranks 91…100
        #expect(Ranking.ranks(s, order: .ascending)[0] == 5.5)
        #expect(Ranking.ranks([-0.0] + [Double](repeating: 0, count: 99), order: .descending) == [Double](repeating: 50.5, count: 100))
    }

    /// NaN (which no method produces) takes the comparison path, as before.
    @Test func nanFallsBackToTheComparisonSort() {
        var s = Self.scores(200, seed: 1)
        s[17] = .nan
        #expect(Ranking.ranks(s, order: .descending).count == 200)
    }
}

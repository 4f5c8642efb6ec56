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

    /// The parallel passes put every element where the serial pass does, whatever the pieces:
    /// seeded keys with long runs of equal digits, so offsets cross piece boundaries.
    @Test func piecesDoNotChangeTheSort() {
        for m in [2, 3, 17, 1000, 5000] {
            var rng = TestRNG(seed: UInt64(m) &+ 11)
            let keys: [UInt64] = (0..<m).map { _ in
                Bool.random(using: &rng) ? UInt64.random(in: 0..<8, using: &rng) << 40 : rng.next()
            }
            let reference = Array(keys.indices).sorted { keys[$0] < keys[$1] || (keys[$0] == keys[$1] && $0 < $1) }
            for pieces in [1, 2, 3, 7, 16, m + 5] {
                var items = Array(keys.indices)
                RadixSort.sort(&items, pieces: pieces) { keys[$0] }
                #expect(items == reference, "m = \(m), pieces = \(pieces)")
            }
        }
    }

    /// Ranks split across pieces give the serial ranks, tie groups spanning piece boundaries
    /// included (scores k mod 7 over 1,000 alternatives: groups of 142–143 across 2–16 pieces),
    /// and so does the default split of 200,000 scores (parallel from 131,072).
    @Test func piecesDoNotChangeTheRanks() {
        let tied = (0..<1000).map { Double($0 % 7) }
        let serial = Ranking.ranks(tied, order: .descending, pieces: 1)
        #expect(serial[6] == 71.5 && serial[0] == 929)  // score 6: 142 alternatives at ranks 1…142; score 0: 143 at 858…1000
        for pieces in [2, 3, 5, 16, 999, 1000] {
            #expect(Ranking.ranks(tied, order: .descending, pieces: pieces) == serial, "pieces = \(pieces)")
        }
        let large = Self.scores(200_000, seed: 5).map { $0.isNaN ? 0 : $0 }
        let reference = Ranking.comparisonOrder(large, order: .ascending)
        let ranks = Ranking.ranks(large, order: .ascending)
        #expect(ranks == Ranking.ranks(large, order: .ascending, pieces: 1))
        // Independently: sorted by the comparison order, ranks never decrease and equal scores share one.
        for k in 1..<reference.count {
            let a = reference[k - 1], b = reference[k]
            #expect(large[a] == large[b] ? ranks[a] == ranks[b] : ranks[a] < ranks[b])
        }
    }

    /// NaN (which no method produces) takes the comparison path, as before.
    @Test func nanFallsBackToTheComparisonSort() {
        var s = Self.scores(200, seed: 1)
        s[17] = .nan
        #expect(Ranking.ranks(s, order: .descending).count == 200)
    }
}

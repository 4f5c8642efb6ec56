@testable import MCDACore
import Testing
import _TestSupport

@Suite struct SampleRankerTests {
    /// Straightforward credits: sort by (key descending, index), split or best-rank ties.
    func referenceCredits(_ samples: [[Double]], order: Ranking.Order, limit: Int, ties: SMAATieRule) -> [UInt64] {
        let m = samples[0].count, unit = SampleRanker.creditUnit
        var counts = [UInt64](repeating: 0, count: m * limit)
        for scores in samples {
            let key = scores.map { s -> Double in let k = order == .descending ? s : -s; return k.isNaN ? -.infinity : k }
            let sorted = (0..<m).sorted { key[$0] > key[$1] || (key[$0] == key[$1] && $0 < $1) }
            var p = 0
            while p < m {
                var q = p + 1
                while q < m && key[sorted[q]] == key[sorted[p]] { q += 1 }
                let g = q - p
                for x in p..<q {
                    if ties == .bestRank || g == 1 {
                        if p < limit { counts[sorted[x] * limit + p] += unit }
                    } else if p < limit {
                        for r in p..<min(q, limit) { counts[sorted[x] * limit + r] += unit / UInt64(g) + (r - p < Int(unit % UInt64(g)) ? 1 : 0) }
                    }
                }
                p = q
            }
        }
        return counts
    }

    func ranked(_ samples: [[Double]], order: Ranking.Order, limit: Int, ties: SMAATieRule) -> (counts: [UInt64], first: [Int]) {
        let m = samples[0].count
        let ranker = SampleRanker(alternatives: m, limit: limit, ties: ties)
        var counts = [UInt64](repeating: 0, count: m * limit)
        var first: [Int] = []
        counts.withUnsafeMutableBufferPointer { c in
            for s in samples { first.append(s.withUnsafeBufferPointer { ranker.rank($0, order: order) }) }
            ranker.finish(into: c.baseAddress!)
        }
        return (counts, first)
    }

    @Test(arguments: [SMAATieRule.split, .bestRank])
    func matchesStraightforwardRankingWithTiesNaNAndInfinities(ties: SMAATieRule) {
        var rng = TestRNG(seed: 21)
        let m = 60
        // 2,500 samples (the log is flushed when full and at the end); scores rounded to one
        // decimal so that ties, also of more than 16 alternatives, are common.
        let samples = (0..<2500).map { s in
            (0..<m).map { i -> Double in
                if i == 3 && s % 7 == 0 { return .nan }
                if i == 4 && s % 5 == 0 { return .infinity }
                if i == 5 && s % 3 == 0 { return -.infinity }
                return (Double.random(in: 0...2, using: &rng) * 10).rounded() / 10
            }
        }
        for order in [Ranking.Order.descending, .ascending] {
            for limit in [m, 5, 1] {
                let got = ranked(samples, order: order, limit: limit, ties: ties)
                #expect(got.counts == referenceCredits(samples, order: order, limit: limit, ties: ties), "\(order) K=\(limit)")
            }
        }
    }

    /// Up to `insertionLimit` alternatives an insertion sort replaces the radix sort: the same
    /// credits and first groups as the straightforward ranking, just below and above the switch.
    @Test(arguments: [2, 5, SampleSorter.insertionLimit, SampleSorter.insertionLimit + 1])
    func smallProblemsMatchTheStraightforwardRanking(m: Int) {
        var rng = TestRNG(seed: UInt64(m))
        let samples = (0..<3000).map { s in
            (0..<m).map { i -> Double in
                if i == 1 && s % 7 == 0 { return .nan }
                if i == 0 && s % 5 == 0 { return .infinity }
                if i == m - 1 && s % 3 == 0 { return -.infinity }
                return (Double.random(in: 0...1, using: &rng) * 8).rounded() / 8
            }
        }
        for ties in [SMAATieRule.split, .bestRank] {
            for order in [Ranking.Order.descending, .ascending] {
                for limit in Set([m, 1, max(1, m / 2)]) {
                    let got = ranked(samples, order: order, limit: limit, ties: ties)
                    #expect(got.counts == referenceCredits(samples, order: order, limit: limit, ties: ties), "m=\(m) \(order) K=\(limit)")
                }
            }
        }
    }

    /// With few ranks counted among many alternatives the first places are selected, not sorted:
    /// the same credits and first groups as the straightforward ranking, with ties (also across
    /// place K and for first place), NaN and infinities, both orders and both tie rules.
    @Test(arguments: [SMAATieRule.split, .bestRank])
    func selectingTheFirstPlacesMatchesTheStraightforwardRanking(ties: SMAATieRule) {
        var rng = TestRNG(seed: 77)
        let m = 640
        let samples = (0..<600).map { s in
            (0..<m).map { i -> Double in
                if i == 3 && s % 7 == 0 { return .nan }
                if i == 4 && s % 5 == 0 { return .infinity }
                if i == 5 && s % 3 == 0 { return -.infinity }
                if s % 50 == 0 { return 1 }  // everything tied
                let x = Double.random(in: 0...3, using: &rng)
                return s % 2 == 0 ? (x * 20).rounded() / 20 : x  // many ties, or none
            }
        }
        for order in [Ranking.Order.descending, .ascending] {
            for limit in [1, 5, 20, 40] {
                #expect(limit * SampleSorter.selectionRatio <= m)
                let got = ranked(samples, order: order, limit: limit, ties: ties)
                #expect(got.counts == referenceCredits(samples, order: order, limit: limit, ties: ties), "\(order) K=\(limit)")
                let first = samples.map { scores -> Int in
                    let key = scores.map { x -> Double in let k = order == .descending ? x : -x; return k.isNaN ? -.infinity : k }
                    let top = key.max()!
                    return key.filter { $0 == top }.count
                }
                #expect(got.first == first, "\(order) K=\(limit)")
            }
        }
    }

    /// Whole-sample counts are 16-bit and go into the 64-bit credits before they could overflow:
    /// 150,000 samples in which alternative 0 always ranks first (one cell counts every sample)
    /// must credit exactly 150,000 samples to it, and the rest must match the reference.
    @Test func countsBeyondSixteenBitsAreCreditedExactly() {
        var rng = TestRNG(seed: 5)
        let m = 3, total = 150_000
        let samples = (0..<total).map { _ in [2.0, Double.random(in: 0..<1, using: &rng), Double.random(in: 0..<1, using: &rng)] }
        let got = ranked(samples, order: .descending, limit: m, ties: .split)
        #expect(got.counts[0] == UInt64(total) * SampleRanker.creditUnit)
        #expect(got.counts == referenceCredits(samples, order: .descending, limit: m, ties: .split))
    }

    @Test func clusteredScoresWithAnOutlierUseTheFallbackSortCorrectly() {
        var rng = TestRNG(seed: 3)
        let m = 500
        let samples = (0..<50).map { _ in (0..<m).map { i in i == 0 ? 1e6 : Double.random(in: 0...1e-9, using: &rng) } }
        let got = ranked(samples, order: .descending, limit: m, ties: .split)
        #expect(got.counts == referenceCredits(samples, order: .descending, limit: m, ties: .split))
    }

    @Test func reportsTheGroupTiedForFirst() {
        let got = ranked([[1, 3, 3, 2], [5, 1, 1, 1], [.nan, .nan, .nan, .nan]], order: .descending, limit: 4, ties: .split)
        #expect(got.first == [2, 1, 4])
    }

    @Test func singleAlternativeAlwaysRanksFirst() {
        let got = ranked([[0.3], [.nan]], order: .ascending, limit: 1, ties: .split)
        #expect(got.counts == [2 * SampleRanker.creditUnit])
    }
}

@Suite struct SampleRankerContinuousScoresTests {
    /// Continuous scores (no ties: the fast path), bell-shaped like weighted sums, many samples so
    /// that the log fills and is folded several times; checked against a plain sort.
    @Test(arguments: [Ranking.Order.descending, .ascending])
    func continuousScoresMatchAPlainSort(order: Ranking.Order) {
        var rng = TestRNG(seed: 77)
        let m = 1000, samples = 300
        let batches = (0..<samples).map { _ in
            (0..<m).map { _ in (0..<4).reduce(0.0) { acc, _ in acc + Double.random(in: 0...1, using: &rng) } }
        }
        let suite = SampleRankerTests()
        for limit in [m, 7] {
            let got = suite.ranked(batches, order: order, limit: limit, ties: .split)
            #expect(got.counts == suite.referenceCredits(batches, order: order, limit: limit, ties: .split), "K=\(limit)")
            #expect(got.first == Array(repeating: 1, count: samples))
        }
    }

    /// Beyond 4096 alternatives the sorter packs (level, index) in 64 bits and uses 11-bit digits;
    /// at and around the switch, and far beyond it, the ranks must still be exact.
    @Test(arguments: [SampleSorter.narrowLimit, SampleSorter.narrowLimit + 1, 5000, 65_537])
    func sizesAroundThePackingSwitchAreExact(m: Int) {
        var rng = TestRNG(seed: UInt64(m))
        let batches = (0..<2).map { _ in (0..<m).map { _ in Double.random(in: 0...1, using: &rng) + Double.random(in: 0...1, using: &rng) } }
        let suite = SampleRankerTests()
        let got = suite.ranked(batches, order: .ascending, limit: 50, ties: .split)
        #expect(got.counts == suite.referenceCredits(batches, order: .ascending, limit: 50, ties: .split))
    }

    /// Far beyond the switch, with few ranks counted.
    @Test func manyAlternativesUseTheWidePaths() {
        var rng = TestRNG(seed: 5)
        let m = 70_000
        let batches = (0..<3).map { _ in (0..<m).map { _ in Double.random(in: -1...1, using: &rng) } }
        let suite = SampleRankerTests()
        for limit in [1, 100] {
            let got = suite.ranked(batches, order: .descending, limit: limit, ties: .bestRank)
            #expect(got.counts == suite.referenceCredits(batches, order: .descending, limit: limit, ties: .bestRank), "K=\(limit)")
        }
    }

    /// Huge and tiny ranges: the scale overflows or underflows, and the sorter must still be exact.
    @Test func extremeRangesAreSortedExactly() {
        let batches: [[Double]] = [
            [1e308, -1e308, 0, 5, -5, 1e-300],
            [1, 1 + 0x1p-52, 1 - 0x1p-53, 1, 1 + 0x1p-51, 1],
            [0x1p-1074, 0, -0x1p-1074, 0x1p-1073, -0.0, 0],
        ]
        let suite = SampleRankerTests()
        for order in [Ranking.Order.descending, .ascending] {
            let got = suite.ranked(batches, order: order, limit: 6, ties: .split)
            #expect(got.counts == suite.referenceCredits(batches, order: order, limit: 6, ties: .split), "\(order)")
        }
    }
}

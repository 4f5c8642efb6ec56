import MCDACore
import Testing

/// One reference case: rank vectors and the four expected coefficients (tau-a) plus tau-b.
struct RankCorrelationCase: Sendable, CustomStringConvertible {
    let id: String
    let x: [Double], y: [Double]
    let spearman: Double, weightedSpearman: Double, ws: Double, tauA: Double, tauB: Double
    var description: String { id }
}

/// Shared reference cases rank_correlation__* (pymcdm 1.4.0 for r_s, r_w, WS, tau-a; scipy 1.17.1
/// for tau-b), tolerance 1e-12 as the cases recommend.
let rankCorrelationCases: [RankCorrelationCase] = [
    // Sałabun & Urbaniak (2020), doi:10.1007/978-3-030-50417-5_47; printed r_s 0.9, r_w 0.8833, WS 0.8542.
    .init(id: "salabun_urbaniak2020", x: [1, 2, 3, 4, 5], y: [1, 3, 2, 4, 5],
          spearman: 0.8999999999999998, weightedSpearman: 0.8833333333333333, ws: 0.8541666666666667, tauA: 0.8, tauB: 0.8),
    .init(id: "ws_asymmetry_a", x: [1, 2, 3, 4, 5], y: [2, 1, 3, 4, 5],
          spearman: 0.9, weightedSpearman: 0.85, ws: 0.7916666666666667, tauA: 0.8, tauB: 0.8),
    .init(id: "ws_asymmetry_b", x: [2, 1, 3, 4, 5], y: [1, 2, 3, 4, 5],
          spearman: 0.9, weightedSpearman: 0.85, ws: 0.7916666666666667, tauA: 0.8, tauB: 0.8),
    .init(id: "reversed_5", x: [1, 2, 3, 4, 5], y: [5, 4, 3, 2, 1],
          spearman: -1, weightedSpearman: -1, ws: 0.26041666666666674, tauA: -1, tauB: -1),
    .init(id: "ties", x: [1, 2.5, 2.5, 4, 5, 6], y: [1.5, 1.5, 3, 4, 6, 5],
          spearman: 0.8970588235294116, weightedSpearman: 0.9142857142857143, ws: 0.8633010591585841,
          tauA: 0.7333333333333333, tauB: 0.7857142857142858),
    .init(id: "random_00_n3", x: [1, 2, 3], y: [2, 1, 3],
          spearman: 0.5, weightedSpearman: 0.375, ws: 0.5, tauA: 0.3333333333333333, tauB: 0.33333333333333337),
    .init(id: "random_02_n8", x: [4, 6, 2, 3, 8, 7, 1, 5], y: [4, 1, 2, 3, 8, 7, 6, 5],
          spearman: 0.40476190476190477, weightedSpearman: 0.27248677248677244, ws: 0.6272321428571428,
          tauA: 0.3571428571428571, tauB: 0.3571428571428571),
    .init(id: "random_05_n5_ties", x: [5, 4, 3, 1.5, 1.5], y: [4.5, 4.5, 1, 2.5, 2.5],
          spearman: 0.6488856845230503, weightedSpearman: 0.5875, ws: 0.6586465744228912, tauA: 0.4, tauB: 0.4714045207910316),
    .init(id: "random_07_n8_ties", x: [7.5, 7.5, 4.5, 4.5, 2, 6, 2, 2], y: [8, 6, 4, 6, 2, 6, 2, 2],
          spearman: 0.9351438002390359, weightedSpearman: 0.9603174603174603, ws: 0.9730464104698809,
          tauA: 0.7142857142857142, tauB: 0.889108448948774),
    .init(id: "random_09_n8_ties", x: [5.5, 5.5, 1.5, 1.5, 5.5, 5.5, 5.5, 5.5], y: [5, 5, 2.5, 2.5, 1, 7.5, 7.5, 5],
          spearman: 0.5229763603684907, weightedSpearman: 0.5945767195767195, ws: 0.8421097037735166,
          tauA: 0.2857142857142857, tauB: 0.4815434123430769),
]

@Suite struct RankCorrelationTests {
    @Test(arguments: rankCorrelationCases)
    func referenceCases(_ c: RankCorrelationCase) throws {
        #expect(abs(try RankCorrelation.spearman(c.x, c.y) - c.spearman) < 1e-12)
        #expect(abs(try RankCorrelation.weightedSpearman(c.x, c.y) - c.weightedSpearman) < 1e-12)
        #expect(abs(try RankCorrelation.wsSimilarity(reference: c.x, ranking: c.y) - c.ws) < 1e-12)
        #expect(abs(try RankCorrelation.kendallTau(c.x, c.y) - c.tauA) < 1e-12)
        #expect(abs(try RankCorrelation.kendallTau(c.x, c.y, variant: .tauB) - c.tauB) < 1e-12)
    }

    /// Published values, as printed (4 decimals) by Sałabun & Urbaniak (2020).
    @Test func salabunUrbaniakAsPrinted() throws {
        let x: [Double] = [1, 2, 3, 4, 5], y: [Double] = [1, 3, 2, 4, 5]
        #expect(abs(try RankCorrelation.spearman(x, y) - 0.9) < 5e-5)
        #expect(abs(try RankCorrelation.weightedSpearman(x, y) - 0.8833) < 5e-5)
        #expect(abs(try RankCorrelation.wsSimilarity(reference: x, ranking: y) - 0.8542) < 5e-5)
    }

    /// With ties, r_s is the Pearson correlation (0.8971 on the `ties` case), not the shortcut
    /// 1 − 6Σd²/(N(N²−1)) that pyrepo-mcda uses (0.9).
    @Test func spearmanWithTiesIsNotTheShortcut() throws {
        let r = try RankCorrelation.spearman([1, 2.5, 2.5, 4, 5, 6], [1.5, 1.5, 3, 4, 6, 5])
        #expect(abs(r - 0.9) > 1e-3)
    }

    /// WS weighs by the reference: x = [1 2 3], y = [2 3 1] gives 1 − (½·½ + ¼·1 + ⅛·1) = 0.375,
    /// the other way round 1 − (¼·1 + ⅛·½ + ½·1) = 0.1875 (hand-computed from the formula).
    @Test func wsIsAsymmetric() throws {
        let x: [Double] = [1, 2, 3], y: [Double] = [2, 3, 1]
        #expect(abs(try RankCorrelation.wsSimilarity(reference: x, ranking: y) - 0.375) < 1e-15)
        #expect(abs(try RankCorrelation.wsSimilarity(reference: y, ranking: x) - 0.1875) < 1e-15)
    }

    @Test func identicalAndReversedRankings() throws {
        for n in [2, 3, 10, 101] {
            let x = (1...n).map(Double.init), reversed = Array(x.reversed())
            #expect(abs(try RankCorrelation.spearman(x, x) - 1) < 1e-12)
            #expect(abs(try RankCorrelation.spearman(x, reversed) + 1) < 1e-12)
            #expect(abs(try RankCorrelation.weightedSpearman(x, x) - 1) < 1e-12)
            #expect(abs(try RankCorrelation.weightedSpearman(x, reversed) + 1) < 1e-12)
            #expect(try RankCorrelation.wsSimilarity(reference: x, ranking: x) == 1)
            #expect(try RankCorrelation.kendallTau(x, x) == 1)
            #expect(try RankCorrelation.kendallTau(x, reversed) == -1)
        }
    }

    /// A constant ranking (every alternative tied) gives finite values: r_s = τ_b = 0 by definition.
    @Test func constantRankingsAreFinite() throws {
        let tied: [Double] = [2, 2, 2], y: [Double] = [1, 2, 3]
        #expect(try RankCorrelation.spearman(tied, y) == 0)
        #expect(try RankCorrelation.kendallTau(tied, y, variant: .tauB) == 0)
        #expect(try RankCorrelation.kendallTau(tied, y) == 0)
        #expect(try RankCorrelation.weightedSpearman(tied, y).isFinite)
        #expect(try RankCorrelation.wsSimilarity(reference: tied, ranking: y).isFinite)
    }

    @Test func invalidRankVectorsAreRejected() {
        #expect(throws: RankVectorError.lengthMismatch(name: "ranking", expected: 3, found: 2)) {
            try RankCorrelation.spearman([1, 2, 3], [1, 2])
        }
        #expect(throws: RankVectorError.tooFewAlternatives(needed: 2, found: 1)) { try RankCorrelation.kendallTau([1], [1]) }
        #expect(throws: RankVectorError.outOfRange(name: "reference", position: 2, value: 7, count: 3)) {
            try RankCorrelation.wsSimilarity(reference: [1, 2, 7], ranking: [1, 2, 3])
        }
        #expect(throws: RankVectorError.nonFinite(name: "ranking", position: 0)) {
            try RankCorrelation.weightedSpearman([1, 2], [.nan, 2])
        }
        #expect(RankVectorError.outOfRange(name: "reference", position: 2, value: 7, count: 3).description
            .contains("rank 3 of the reference is 7.0"))
    }
}

import MCDACore
import Testing

@Suite struct RankComparisonTests {
    /// The doc-comment example (Sałabun & Urbaniak 2020, doi:10.1007/978-3-030-50417-5_47).
    @Test func salabunUrbaniakExample() throws {
        let c = try RankComparison(reference: [1, 2, 3, 4, 5], ranking: [1, 3, 2, 4, 5])
        #expect(abs(c.spearman - 0.9) < 1e-12)
        #expect(abs(c.weightedSpearman - 0.8833333333333333) < 1e-12)
        #expect(abs(c.ws - 0.8541666666666667) < 1e-12)
        #expect(abs(c.kendallTau - 0.8) < 1e-12)
        #expect(c.kendallVariant == .tauA && c.notes.isEmpty && c.count == 5)
    }

    /// Reference case rank_correlation__ties: tau-b (scipy 1.17.1) 0.7857142857142858 on request.
    @Test func tiesAreNotedAndTauBIsAvailable() throws {
        let c = try RankComparison(reference: [1, 2.5, 2.5, 4, 5, 6], ranking: [1.5, 1.5, 3, 4, 6, 5], kendallVariant: .tauB)
        #expect(abs(c.kendallTau - 0.7857142857142858) < 1e-12)
        #expect(c.notes == [.ties])
    }

    @Test func constantRankingIsNoted() throws {
        let c = try RankComparison(reference: [1, 2, 3], ranking: [2, 2, 2])
        #expect(c.spearman == 0)
        #expect(c.notes == [.ties, .constantRanking("ranking")])
    }

    /// Rank vectors with other ties than average ones (three tied as 1, 1, 1; dense 1, 2, 2, 3) are
    /// read as the order of their values, ties averaged, with a note; the coefficients are then those
    /// of the average ranks (the weighted Spearman of 1, 1, 1 against 1, 2, 3 was −0.3125; found by fuzzing).
    @Test func otherTiesAreConvertedToAverageRanks() throws {
        let c = try RankComparison(reference: [1, 1, 1], ranking: [1, 2, 3])
        let average = try RankComparison(reference: [2, 2, 2], ranking: [1, 2, 3])
        #expect(c.reference == [2, 2, 2])
        #expect(c.weightedSpearman == average.weightedSpearman && c.ws == average.ws && c.kendallTau == average.kendallTau)
        #expect(c.notes.contains(.converted("reference", [2, 2, 2])) && !average.notes.contains { if case .converted = $0 { return true }; return false })
        let dense = try RankComparison(reference: [1, 2, 3, 4], ranking: [1, 2, 2, 3])
        #expect(dense.ranking == [1, 2.5, 2.5, 4] && dense.notes.contains(.converted("ranking", [1, 2.5, 2.5, 4])))
        // Out-of-range values are still errors, not converted.
        #expect(throws: RankVectorError.outOfRange(name: "ranking", position: 2, value: 4, count: 3)) {
            try RankComparison(reference: [1, 2, 3], ranking: [1, 2, 4])
        }
    }
}

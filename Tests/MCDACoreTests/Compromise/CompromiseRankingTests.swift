import MCDACore
import Testing
import _TestSupport

@Suite struct CompromiseRankingTests {
    @Test func ruleDispatchesToItsImplementation() throws {
        let rankings: [[Double]] = [[1, 2, 3], [2, 1, 3], [1, 3, 2]]
        #expect(try CompromiseRule.borda.combine(rankings) == BordaCount.combine(rankings))
        #expect(try CompromiseRule.copeland.combine(rankings) == CopelandRule.combine(rankings))
        #expect(CompromiseRule.allCases.map(\.rawValue) == ["borda", "copeland"])
    }

    @Test func invalidInputIsRejected() {
        #expect(throws: RankVectorError.noRankings) { try CompromiseRule.borda.combine([]) }
        #expect(throws: RankVectorError.lengthMismatch(name: "ranking 2", expected: 3, found: 2)) {
            try CompromiseRule.copeland.combine([[1, 2, 3], [1, 2]])
        }
        #expect(throws: RankVectorError.outOfRange(name: "ranking 1", position: 0, value: 0, count: 2)) {
            try CompromiseRule.borda.combine([[0, 1]])
        }
    }

    /// For either rule, combining copies of one ranking gives that ranking back (seeded, with ties).
    @Test(arguments: CompromiseRule.allCases)
    func identicalRankingsGiveThatRanking(rule: CompromiseRule) throws {
        var rng = TestRNG(seed: 3)
        for m in [1, 2, 7, 60] {
            let ranking = Ranking.ranks((0..<m).map { _ in Double(Int.random(in: 0..<5, using: &rng)) }, order: .descending)
            for k in [1, 2, 5] {
                #expect(try rule.combine(Array(repeating: ranking, count: k)).ranks == ranking, "m \(m), k \(k)")
            }
        }
    }
}

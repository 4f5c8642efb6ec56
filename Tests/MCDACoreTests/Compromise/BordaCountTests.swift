import MCDACore
import Testing

@Suite struct BordaCountTests {
    /// Hand-computed: sums of positions 1+2+1 = 4, 2+1+3 = 6, 3+3+2 = 8.
    @Test func sumsOfPositions() throws {
        let c = try BordaCount.combine([[1, 2, 3], [2, 1, 3], [1, 3, 2]])
        #expect(c.scores == [4, 6, 8])
        #expect(c.ranks == [1, 2, 3])
        #expect(c.scoreOrder == .ascending && c.rule == .borda && c.rankingCount == 3)
    }

    /// Equal sums share the average rank; a tie inside a ranking enters as its average rank.
    @Test func tiesAreAveraged() throws {
        let c = try BordaCount.combine([[1, 2, 3], [2, 1, 3]])
        #expect(c.scores == [3, 3, 6])
        #expect(c.ranks == [1.5, 1.5, 3])
        let tied = try BordaCount.combine([[1.5, 1.5, 3], [1, 3, 2]])
        #expect(tied.scores == [2.5, 4.5, 5])
        #expect(tied.ranks == [1, 2, 3])
    }
}

import MCDACore
import Testing

@Suite struct CopelandRuleTests {
    /// Hand-computed: A beats B (2–1) and C (3–0); B beats C (2–1). Scores 2, 0, −2.
    @Test func winsMinusLosses() throws {
        let c = try CopelandRule.combine([[1, 2, 3], [2, 1, 3], [1, 3, 2]])
        #expect(c.scores == [2, 0, -2])
        #expect(c.ranks == [1, 2, 3])
        #expect(c.scoreOrder == .descending && c.rule == .copeland)
    }

    /// Condorcet cycle A > B > C > A: every pair is won 2–1 by one side, all scores 0, all tied.
    @Test func cycleIsATie() throws {
        let c = try CopelandRule.combine([[1, 2, 3], [3, 1, 2], [2, 3, 1]])
        #expect(c.scores == [0, 0, 0])
        #expect(c.ranks == [2, 2, 2])
    }

    /// Draws (1–1) and ties inside a ranking change no score. Two rankings that disagree on A
    /// and B draw that pair; B = C in the second ranking counts for neither.
    @Test func drawsAndTiesCountForNeither() throws {
        let c = try CopelandRule.combine([[1, 2, 3], [2, 1, 3]])
        #expect(c.scores == [1, 1, -2])
        let tied = try CopelandRule.combine([[1, 2, 3], [1, 2.5, 2.5]])
        // B vs C: B above in ranking 1, tied in ranking 2 → B wins 1–0.
        #expect(tied.scores == [2, 0, -2])
    }

    /// Borda and Copeland can disagree: the Borda winner need not be the pairwise-majority winner.
    @Test func differsFromBorda() throws {
        // A is first in 3 of 5 rankings (majority winner) but last in the other two.
        let r: [[Double]] = [[1, 2, 3], [1, 2, 3], [1, 2, 3], [3, 1, 2], [3, 1, 2]]
        #expect(try CopelandRule.combine(r).ranks[0] == 1)
        #expect(try BordaCount.combine(r).ranks[0] != 1)
    }
}

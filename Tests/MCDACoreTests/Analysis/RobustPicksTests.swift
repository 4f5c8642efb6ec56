import MCDACore
import Testing

@Suite struct RobustPicksTests {
    func evidence(_ first: Double, _ second: Double, _ top3: Double, _ mean: Double, base: [Double]) -> RobustnessEvidence {
        RobustnessEvidence(baseRanks: base, firstShare: first, secondShare: second, topKShare: top3, expectedRank: mean)
    }

    @Test func aClearWinnerIsTheRobustWinnerAndLeadsThePicks() {
        let p = RobustPicks(evidence: [evidence(0.10, 0.60, 0.95, 2.1, base: [2, 2, 3]),
                                       evidence(0.71, 0.20, 0.98, 1.4, base: [1, 1, 2]),
                                       evidence(0.19, 0.15, 0.70, 3.0, base: [3, 3, 1]),
                                       evidence(0.00, 0.05, 0.37, 3.5, base: [4, 4, 4])],
                            scenarioCount: 100_000)
        #expect(p.verdicts == [.robustTopK, .robustWinner, .notRobust, .notRobust])
        #expect(p.picks == [1, 0])
    }

    @Test func winningSamplesWithoutWinningMethodsIsNotEnough() {
        // First in 60 % of scenarios, but first under only one of three methods at the base weights.
        let p = RobustPicks(evidence: [evidence(0.6, 0.4, 1, 1.4, base: [1, 2, 2]),
                                                          evidence(0.4, 0.6, 1, 1.6, base: [2, 1, 1])], scenarioCount: 1000)
        #expect(!p.verdicts.contains(.robustWinner))
        #expect(p.verdicts == [.sharedFirst, .sharedFirst])
        #expect(p.sharedFirst == [0, 1])
    }

    @Test func aNeverWinningAlwaysSecondAlternativeIsACompromise() {
        let p = RobustPicks(evidence: [evidence(0.55, 0.10, 0.8, 1.9, base: [1, 1]),
                                       evidence(0.00, 0.80, 0.85, 2.2, base: [2, 2]),
                                       evidence(0.45, 0.05, 0.6, 2.5, base: [3, 3]),
                                       evidence(0.00, 0.05, 0.5, 3.9, base: [4, 4]),
                                       evidence(0.00, 0.00, 0.25, 4.5, base: [5, 5])], scenarioCount: 1000)
        #expect(p.verdicts[1] == .compromise)
        #expect(p.picks == [0])
    }

    @Test func nothingRobustSaysSo() {
        let p = RobustPicks(evidence: (0..<5).map { _ in evidence(0.2, 0.2, 0.6, 3, base: [1]) }, scenarioCount: 10)
        #expect(p.picks.isEmpty)
        #expect(p.verdicts.allSatisfy { $0 == .notRobust })
    }
}

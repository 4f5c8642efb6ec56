import MCDACore
import MCDAReport
import Testing

@Suite struct VerdictWordsTests {
    func evidence(_ first: Double, _ second: Double, _ top3: Double, _ mean: Double, base: [Double],
                  critical: (Double, Int)? = nil) -> RobustnessEvidence {
        RobustnessEvidence(baseRanks: base, firstShare: first, secondShare: second, topKShare: top3, expectedRank: mean,
                           criticalChange: critical.map { (amount: $0.0, criterion: $0.1) })
    }

    @Test func aRobustWinnerIsNamedWithItsShareAndItsClosestCriterion() {
        let p = RobustPicks(evidence: [evidence(0.10, 0.60, 0.95, 2.1, base: [2, 2, 3]),
                                       evidence(0.71, 0.20, 0.98, 1.4, base: [1, 1, 2], critical: (0.1204, 1)),
                                       evidence(0.19, 0.15, 0.70, 3.0, base: [3, 3, 1])], scenarioCount: 100_000)
        let names = ["Alpha", "Beta", "Gamma"]
        #expect(VerdictWords.headline(p, names: names) == "Robust winner: Beta (first in 71.0% of scenarios).")
        #expect(VerdictWords.sentence(p, alternative: 1, names: names, criterionNames: ["Cost", "Copper"])
                == "Beta: first in 71.0% of 100,000 scenarios, top 3 in 98.0%, mean rank 1.4; first under 2 of 3 methods; "
                + "no single weight change below 0.120 dethrones it (the closest: Copper)")
        #expect(VerdictWords.label(p.verdicts[0], topK: 3) == "robust top-3 pick")
    }

    @Test func aSharedFirstPlaceListsBoth() {
        let p = RobustPicks(evidence: [evidence(0.6, 0.4, 1, 1.4, base: [1, 2, 2]), evidence(0.4, 0.6, 1, 1.6, base: [2, 1, 1])],
                            scenarioCount: 1000)
        #expect(VerdictWords.headline(p, names: ["A", "B"]) == "No robust winner: A and B split the first place; both are robust top-3 picks.")
    }

    @Test func aCompromiseSaysSoAndNothingRobustSaysSo() {
        let p = RobustPicks(evidence: [evidence(0.55, 0.10, 0.8, 1.9, base: [1, 1]), evidence(0.00, 0.80, 0.85, 2.2, base: [2, 2]),
                                       evidence(0.45, 0.05, 0.6, 2.5, base: [3, 3])], scenarioCount: 1000)
        #expect(VerdictWords.sentence(p, alternative: 1, names: ["A", "B", "C"], criterionNames: []).hasSuffix("— a compromise option: rarely first, usually second"))
        let none = RobustPicks(evidence: (0..<5).map { _ in evidence(0.2, 0.2, 0.6, 3, base: [1]) }, scenarioCount: 10)
        #expect(VerdictWords.headline(none, names: ["A", "B", "C", "D", "E"]) == "No robust pick: no alternative stays in the top 3 in 90.0% of scenarios.")
    }

    @Test func hugeAndNonFiniteNumbersUseTheReportFormatter() {
        // One formatter: a non-finite share prints as the report's dash, never "nan%".
        let p = RobustPicks(evidence: [evidence(.nan, 0, 1, 1, base: [1])], scenarioCount: 12_345_678)
        let s = VerdictWords.sentence(p, alternative: 0, names: ["A"], criterionNames: [])
        #expect(s.hasPrefix("A: first in –% of 12,345,678 scenarios"))
    }
}

import MCDACore
import MCDAReport
import Testing

@Suite struct DoubtWordsTests {
    @Test func eachWeightModelInWords() {
        #expect(DoubtWords.describe(DoubtModel(weights: .spread(relative: 0.5, thinning: 20), data: .exact), criterionNames: [])
                == "every weight varies within ±50% of its value (hit-and-run on the simplex, 20 steps per sample)")
        #expect(DoubtWords.describe(DoubtModel(weights: .judgments(WeightDoubt.defaultJudgmentNoise), data: .exact), criterionNames: [])
                == "every criteria judgment is perturbed (AHP judgments ±1 Saaty step(s) with probability 0.5) and the weights recomputed by the eigenvector method")
        #expect(DoubtWords.describe(DoubtModel(weights: .uniform, data: .exact), criterionNames: [])
                == "the weights are uniform on the simplex (no preference information)")
    }

    @Test func theDataModelNamesTheUncertainCriteria() {
        let doubt = DoubtModel(weights: .uniform, data: .relative([0.15, 0, 0.1]))
        #expect(DoubtWords.describe(doubt, criterionNames: ["Population", "Economy", "Copper"])
                .hasSuffix("; the values vary too (Population ±15%, Copper ±10%, uniformly)"))
    }
}

import MCDACore
import MCDAReport
import Testing

@Suite struct WeightingNoteWordsTests {
    /// A two-level hierarchy (cost = {price, upkeep} three times as important as comfort): every
    /// node's note says where it sits and how consistent it is.
    @Test func hierarchyNodesInWords() throws {
        let matrix = try DecisionMatrix(alternatives: ["x", "y"], criteria: ["price", "upkeep", "comfort"].map { Criterion(id: $0, direction: .benefit) },
                                        values: [1, 2, 3, 4, 5, 6])
        let cost = try PairwiseComparisonMatrix(elements: ["price", "upkeep"], rows: [[1, 0.75], [1 / 0.75, 1]])
        let goal = try PairwiseComparisonMatrix(elements: ["cost", "comfort"], rows: [[1, 3], [1.0 / 3, 1]])
        let tree = try AHPHierarchy(root: .criteria(name: "goal", comparisons: goal, children: [
            .criteria(name: "cost", comparisons: cost, children: [.criterion("price"), .criterion("upkeep")]), .criterion("comfort")]))
        let notes = try CriteriaWeighting.ahpHierarchy(tree, priority: .eigenvector, randomIndex: .saaty1980).derive(for: matrix).notes
            .map(WeightingNoteWords.describe)
        #expect(notes[0].hasPrefix("criteria weighed in a hierarchy (2 matrices of judgments, eigenvector local priorities"))
        #expect(notes[1] == "top level: λmax = 2.0000, CR = 0.0000 (acceptably consistent)")
        #expect(notes[2].hasPrefix("group 'cost' (goal › cost, global weight 0.7500)"))
    }

    @Test func anInconsistentMatrixNamesTheJudgmentsToRevise() throws {
        let m = try PairwiseComparisonMatrix(elements: ["a", "b", "c"], rows: [[1, 9, 1.0 / 9], [1.0 / 9, 1, 9], [9, 1.0 / 9, 1]])
        let words = WeightingNoteWords.describe(.aggregate(try AHP.analyze(m)))
        #expect(words.hasPrefix("aggregated judgments: λmax = ") && words.contains("too inconsistent to rely on; revise first"))
        #expect(WeightingNoteWords.describe(.inconsistent(consistencyRatio: 0.25)) == "the criteria judgments are inconsistent (CR = 0.25 > 0.1); see the judgments to revise")
        #expect(WeightingNoteWords.describe(.decisionMaker(name: "Bob", weight: 0.25, analysis: nil)).hasPrefix("decision maker 'Bob' (weight 0.2500): the judgments do not connect"))
    }
}

import MCDACore
import MCDAReport
import Testing

@Suite struct HierarchyReportTests {
    /// goal: cost 3× comfort; cost: price 3× upkeep (consistent: price 9/16, upkeep 3/16, comfort 1/4).
    private func result() throws -> HierarchyResult {
        let cost = try PairwiseComparisonMatrix(elements: ["price", "upkeep"], rows: [[1, 3], [1.0 / 3, 1]])
        let goal = try PairwiseComparisonMatrix(elements: ["cost", "comfort"], rows: [[1, 3], [1.0 / 3, 1]])
        return try AHP.analyze(AHPHierarchy(root: .criteria(name: "goal", comparisons: goal, children: [
            .criteria(name: "cost", comparisons: cost, children: [.criterion("price"), .criterion("upkeep")]), .criterion("comfort")])))
    }

    @Test func jsonListsTheDocumentedKeysAndEveryNode() throws {
        let text = HierarchyReport.json(try result(), goal: "pick a car").serialized(pretty: false)
        #expect(text.hasPrefix("{\"goal\":\"pick a car\",\"source\":null,\"alternatives\":[],\"priorities\":[],\"ranks\":[],"
            + "\"criteria\":[\"price\",\"upkeep\",\"comfort\"],\"criterionWeights\":[0.5625,0.1875,0.25],\"synthesis\":\"distributive\","))
        #expect(text.contains("\"nodes\":[{\"name\":\"goal\",\"path\":[\"goal\"],\"globalWeight\":1,\"elements\":[\"cost\",\"comfort\"],\"priorities\":[0.75,0.25],"))
        #expect(text.contains("{\"name\":\"cost\",\"path\":[\"goal\",\"cost\"],\"globalWeight\":0.75,"))
        #expect(text.contains("\"inconsistentNodes\":[]"))
    }

    @Test func textShowsWeightsAndNodes() throws {
        let text = HierarchyReport.text(try result(), title: "T")
        #expect(text.contains("price") && text.contains("0.5625") && text.contains("goal › cost"))
        #expect(text.contains("Every node is acceptably consistent"))
    }
}

import MCDACore
import MCDAReport
import Testing

@Suite struct GroupAHPReportTests {
    /// Ann: a 4× b; Bob: indifferent. AIJ: √(4 · 1) = 2, priorities (2/3, 1/3).
    private func group(_ aggregation: GroupAggregationMethod) throws -> GroupAHPResult {
        let ann = try PairwiseComparisonMatrix(elements: ["a", "b"], rows: [[1, 4], [0.25, 1]])
        let bob = try PairwiseComparisonMatrix(elements: ["a", "b"], rows: [[1, 1], [1, 1]])
        return try GroupAHP.analyze([.init(name: "Ann", comparisons: ann), .init(name: "Bob", comparisons: bob)], aggregation: aggregation)
    }

    @Test func jsonHasTheGroupEachDecisionMakerAndTheAggregate() throws {
        let text = GroupAHPReport.json(try group(.aggregatedJudgments)).serialized(pretty: false)
        #expect(text.hasPrefix("{\"elements\":[\"a\",\"b\"],\"priorities\":[0.666666666666666"))
        #expect(text.contains("\"aggregation\":\"aij\",\"mean\":null,\"decisionMakers\":[{\"name\":\"Ann\",\"weight\":0.5,\"connected\":true,\"elements\":[\"a\",\"b\"],\"priorities\":[0.8"))
        #expect(text.contains("\"aggregate\":{\"elements\":[\"a\",\"b\"]"))
        let aip = GroupAHPReport.json(try group(.aggregatedPriorities)).serialized(pretty: false)
        #expect(aip.contains("\"aggregation\":\"aip\",\"mean\":\"geometric\"") && aip.hasSuffix("\"aggregate\":null}"))
    }

    @Test func textListsEveryDecisionMaker() throws {
        let text = GroupAHPReport.text(try group(.aggregatedJudgments))
        #expect(text.contains("Ann") && text.contains("Bob") && text.contains("0.6667") && text.contains("Aggregated judgments"))
    }
}

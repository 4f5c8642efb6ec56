import MCDACore
import MCDAReport
import Testing
import _TestSupport

@Suite struct ComparisonReportCSVTests {
    @Test func ranksOfEveryMethodAndTheCompromises() throws {
        var rng = TestRNG(seed: 33)
        let matrix = try DecisionMatrix(alternatives: ["a,1", "b\"2", "c", "d", "e"],
                                        criteria: (0..<3).map { Criterion(id: "c\($0)", direction: $0 == 1 ? .cost : .benefit) },
                                        values: (0..<15).map { _ in Double.random(in: 1...9, using: &rng) })
        let methods = try ["topsis", "wsm", "vikor", "promethee-ii"].map { try MethodCatalogue.standard.specification(named: $0) }
        let c = try MethodComparison(matrix: matrix, weights: [0.4, 0.35, 0.25], methods: methods)
        let records = try RFC4180.records(ComparisonReport.csv(c, matrix: matrix))
        #expect(records[0] == ["id", "topsis.rank", "wsm.rank", "vikor.rank", "promethee-ii.rank", "borda.rank", "copeland.rank"])
        #expect(records.dropFirst().map { $0[0] } == matrix.alternatives)

        let json = try ExactJSON.parse(ComparisonReport.json(c, matrix: matrix).serialized())
        for (i, record) in records.dropFirst().enumerated() {
            for (k, method) in ["topsis", "wsm", "vikor", "promethee-ii"].enumerated() { #expect(Double(record[1 + k]) == json["ranks"]?[method]?.numbers?[i]) }
            #expect(Double(record[5]) == json["borda"]?["ranks"]?.numbers?[i])
            #expect(Double(record[6]) == json["copeland"]?["ranks"]?.numbers?[i])
        }
    }
}

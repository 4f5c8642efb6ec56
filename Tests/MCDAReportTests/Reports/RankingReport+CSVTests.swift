import MCDACore
import MCDAReport
import Testing
import _TestSupport

@Suite struct RankingReportCSVTests {
    static let matrix: DecisionMatrix = {
        var rng = TestRNG(seed: 7)
        return try! DecisionMatrix(alternatives: ["A1", "A2, the second", "A3", "A4"],
                                   criteria: (0..<3).map { Criterion(id: "c\($0)", direction: $0 == 2 ? .cost : .benefit) },
                                   values: (0..<12).map { _ in Double.random(in: 1...9, using: &rng) })
    }()

    /// For every method: id, score, rank and the method's numbers per alternative, each column
    /// equal to the JSON member of its name; a method without extras has the three columns.
    @Test func columnsAreTheJSONsMembers() throws {
        let expected: [String: [String]] = ["topsis": ["dPlus", "dMinus"], "wsm": [], "wpm": ["log10Scores"],
                                            "waspas": ["wsmScores", "wpmScores"], "vikor": ["S", "R", "Q", "ranksS", "ranksR"],
                                            "promethee-ii": ["phiPlus", "phiMinus", "phiNet"], "cocoso": []]
        for (name, extras) in expected {
            let result = try MethodCatalogue.standard.specification(named: name).evaluate(Self.matrix, weights: [0.5, 0.3, 0.2])
            let records = try RFC4180.records(RankingReport.csv(of: result, matrix: Self.matrix))
            #expect(records[0] == ["id", "score", "rank"] + extras, "\(name)")
            #expect(records.dropFirst().map { $0[0] } == Self.matrix.alternatives)
            let json = try ExactJSON.parse(RankingReport.json(of: result, method: name, matrix: Self.matrix).serialized())
            for (k, key) in (["scores", "ranks"] + extras).enumerated() {
                let values = try #require(json[key]?.numbers, "\(name) \(key)")
                #expect(records.dropFirst().map { Double($0[1 + k]) } == values, "\(name) \(key)")
            }
        }
    }
}

import MCDACore
import MCDAReport
import Testing

@Suite struct RankingReportTests {
    /// Opricovic & Tzeng (2004), doi:10.1016/S0377-2217(03)00020-1: Q = 1, 0, 1; compromise {A2}.
    let matrix = try! DecisionMatrix(alternatives: ["A1", "A2", "A3"],
                                     criteria: [Criterion(id: "cost", direction: .cost), Criterion(id: "gain", direction: .benefit)],
                                     values: [1, 3000, 2, 3750, 5, 4500])

    @Test func vikorJSONHasTheCommonMembersAndItsExtras() throws {
        let r = try VIKOR().evaluate(matrix, weights: [0.5, 0.5])
        let text = RankingReport.json(r, method: "vikor", matrix: matrix).serialized(pretty: false)
        #expect(text.hasPrefix("{\"method\":\"vikor\",\"alternatives\":[\"A1\",\"A2\",\"A3\"],\"scores\":[1,0,1],\"ranks\":[2.5,1,2.5],"))
        #expect(text.contains("\"scoreOrder\":\"ascending\""))
        #expect(text.contains("\"settings\":{\"v\":\"0.5\",\"dq\":\"1/(m-1)\""))
        #expect(text.contains("\"S\":[0.5,0.375,0.5],\"R\":[0.5,0.25,0.5],\"Q\":[1,0,1]"))
        #expect(text.contains("\"compromiseSet\":[\"A2\"]"))
        #expect(text.contains("\"acceptableAdvantage\":true,\"acceptableStability\":true"))
    }

    @Test func vikorTextSortsBestFirstAndExplainsTheCompromise() throws {
        let r = try VIKOR().evaluate(matrix, weights: [0.5, 0.5])
        let text = RankingReport.text(r, method: "vikor", matrix: matrix, layout: TextLayout(width: 120))  // the settings line on one line
        let lines = text.split(separator: "\n").map(String.init)
        let rows = lines.filter { $0.hasPrefix("  ") && $0.contains("A") }
        #expect(rows.count == 3)
        #expect(rows[0].contains("1  A2") && rows[1].contains("2.5  A1") && rows[2].contains("2.5  A3"))
        #expect(text.contains("Compromise solution: A2. It has an acceptable advantage"))
        #expect(text.contains("smaller is better"))
    }

    @Test func extrasPerMethod() throws {
        let topsis = RankingReport.json(try TOPSIS().evaluate(matrix, weights: [0.5, 0.5]), method: "topsis", matrix: matrix)
        #expect(topsis.serialized().contains("\"dPlus\"") && topsis.serialized().contains("\"dMinus\""))
        let wpm = RankingReport.json(try WeightedProduct().evaluate(matrix, weights: [0.5, 0.5]), method: "wpm", matrix: matrix)
        #expect(wpm.serialized().contains("\"log10Scores\""))
        let promethee = RankingReport.json(try PROMETHEE().evaluate(matrix, weights: [0.5, 0.5]), method: "promethee-ii", matrix: matrix)
        for key in ["phiPlus", "phiMinus", "phiNet"] { #expect(promethee.serialized().contains("\"\(key)\"")) }
    }

    @Test func constantCriteriaAreNoted() throws {
        let x = try DecisionMatrix(alternatives: ["a", "b"], criteria: [Criterion(id: "flat", direction: .benefit),
                                                                       Criterion(id: "gain", direction: .benefit)],
                                   values: [4, 1, 4, 2])
        let text = RankingReport.text(try WeightedSum().evaluate(x, weights: [0.5, 0.5]), method: "wsm", matrix: x)
        #expect(text.contains("every alternative has the same value on 'flat'"))
        // TOPSIS reads them from its fitted normalisation, without normalising the matrix.
        let topsis = try TOPSIS().evaluate(x, weights: [0.5, 0.5])
        #expect(topsis.constantColumns == [0] && topsis.normalized.constantColumns == [0])
        #expect(RankingReport.text(topsis, method: "topsis", matrix: x).contains("every alternative has the same value on 'flat'"))
    }
}

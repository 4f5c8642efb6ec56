import MCDACore
import Testing
import _TestSupport

@Suite struct StandardDeviationWeightsTests {
    /// Fighter data (Hwang & Yoon 1981). Expected values from numpy 1.x, independently:
    /// min-max scaled: σ = X.std(0) of (X − min)/(max − min), w = σ/Σσ;
    /// raw: σ = X.std(0, ddof=1), w = σ/Σσ (pymcdm 1.4 `standard_deviation_weights`).
    @Test func fighterUnderBothScales() throws {
        let x = try WeightingFixtures.matrix(WeightingFixtures.fighter, costs: [3])
        let scaled = try StandardDeviationWeights().evaluate(x)
        #expect(allClose(scaled.weights, [0.16503161458817442, 0.16438771195885962, 0.16226649132235288,
                                          0.16517614675534922, 0.15793860494528783, 0.18519943042997616], tolerance: 1e-12))
        #expect(scaled.convention == "minmax")
        let raw = try StandardDeviationWeights(scale: .raw).evaluate(x)
        #expect(allClose(raw.weights, [0.00016842829480400744, 0.2876076674959403, 0.7097411133389909,
                                       0.00048164514780522997, 0.0009210816963262457, 0.0010800640261333803], tolerance: 1e-12))
        #expect(raw.convention == "raw")
    }

    /// The doc-comment example: columns [1, 2, 3] and [10, 10, 40] have min-max σ 0.5 and 1/√3.
    @Test func docExample() throws {
        let r = try StandardDeviationWeights().evaluate(try WeightingFixtures.matrix([[1, 10], [2, 10], [3, 40]]))
        let s = 1 / 3.0.squareRoot()
        #expect(allClose(r.standardDeviations, [0.5, s], tolerance: 1e-15))
        #expect(allClose(r.weights, [0.5 / (0.5 + s), s / (0.5 + s)], tolerance: 1e-15))
    }

    @Test func constantColumnsAndTooFewAlternatives() throws {
        let r = try StandardDeviationWeights().evaluate(try WeightingFixtures.matrix([[1, 4], [1, 6]]))
        #expect(r.weights == [0, 1])
        #expect(r.diagnostics == [.constantCriterion("C1")])
        let all = try StandardDeviationWeights(scale: .raw).evaluate(try WeightingFixtures.matrix([[1, 4], [1, 4]]))
        #expect(all.weights == [0.5, 0.5])
        #expect(throws: MCDAError.self) { try StandardDeviationWeights().evaluate(try WeightingFixtures.matrix([[1, 4]])) }
    }

    /// Seeded: weights sum to 1; min-max weights ignore units, raw weights do not.
    @Test func minMaxWeightsIgnoreUnits() throws {
        let x = try WeightingFixtures.random(rows: 40, columns: 6, seed: 11)
        let w = try StandardDeviationWeights().evaluate(x).weights
        #expect(abs(w.reduce(0, +) - 1) < 1e-12 && w.allSatisfy { $0 >= 0 })
        var v = x.values
        for i in 0..<40 { v[i * 6 + 2] *= 1000 }
        let grams = try DecisionMatrix(alternatives: x.alternatives, criteria: x.criteria, values: v)
        #expect(allClose(try StandardDeviationWeights().evaluate(grams).weights, w, tolerance: 1e-12))
        let rawBefore = try StandardDeviationWeights(scale: .raw).evaluate(x).weights
        let rawAfter = try StandardDeviationWeights(scale: .raw).evaluate(grams).weights
        #expect(rawAfter[2] > rawBefore[2])
    }
}

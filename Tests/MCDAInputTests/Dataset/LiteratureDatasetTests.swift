import MCDACore
import Testing
@testable import MCDAInput

/// The literature datasets carry their published numbers in `published:` (as printed in the paper,
/// with the paper's rounding as tolerance, and at full precision from the reference cases that
/// pymcdm, pyDecision, pyrepo-mcda and scikit-criteria agree on). These tests run the engine on
/// each dataset as a user would and compare with both.
@Suite struct LiteratureDatasetTests {
    /// Checks `values` (one per alternative, dataset order) against `published.<prefix>.<key>.<id>`.
    func check(_ d: Dataset, _ key: String, _ values: [Double]) {
        var compared = 0
        defer { #expect(compared >= d.alternatives.count, "\(d.title): no published \(key) to compare with") }
        for block in ["values", "exact.values"] {
            let tolerance = d.published[block == "values" ? "tolerance" : "exact.tolerance"] ?? 1e-10
            for (i, alternative) in d.alternatives.enumerated() {
                guard let expected = d.published["\(block).\(key).\(alternative.id)"] else { continue }
                compared += 1
                #expect(abs(values[i] - expected) <= tolerance, "\(d.title): \(block) \(key) of \(alternative.id): got \(values[i]), published \(expected)")
            }
        }
    }

    func evaluate(_ name: String) throws -> (Dataset, DecisionMatrix, [Double]) {
        let d = try Dataset.load(folder: datasetPath("literature/\(name)"))
        let (matrix, _) = try d.decisionMatrix()
        let weights = try d.weighting().derive(for: matrix).weights
        return (d, matrix, weights)
    }

    /// Hwang & Yoon (1981), Multiple Attribute Decision Making, Springer LNEMS 186, pp. 133–134:
    /// fighter aircraft, TOPSIS with vector normalisation.
    @Test func fighterAircraftTOPSIS() throws {
        let (d, matrix, weights) = try evaluate("fighter-aircraft")
        let r = try TOPSIS(parameters: d.analysis.parameters).evaluate(matrix, weights: weights)
        #expect(r.normalization == .vector)
        check(d, "closeness", r.closeness)
        check(d, "dPlus", r.dPlus)
        check(d, "dMinus", r.dMinus)
        check(d, "ranking", r.ranks)
        #expect(d.published.keys.contains { $0.hasPrefix("exact.values.closeness.") })
    }

    /// Opricovic & Tzeng (2007), EJOR 178(2):514–529, weight set W1: compromise solution {A5}.
    @Test func opricovicTzengVIKOR() throws {
        let (d, matrix, weights) = try evaluate("vikor-opricovic-tzeng-2007")
        let r = try VIKOR(v: 0.5).evaluate(matrix, weights: weights)
        check(d, "S", r.S)
        check(d, "R", r.R)
        check(d, "Q", r.Q)
        check(d, "ranking", r.ranks)
        #expect(r.compromiseSet.map { matrix.alternatives[$0] } == ["a5"])
        #expect(r.acceptableAdvantage && r.acceptableStability)
    }

    /// Papathanasiou & Ploskas (2018), Multiple Criteria Decision Aid, Springer, ch. PROMETHEE:
    /// linear preference functions q = 1, p = 2 read from the criterion files.
    @Test func papathanasiouPloskasPROMETHEE() throws {
        let (d, matrix, weights) = try evaluate("promethee-papathanasiou-ploskas-2018")
        let functions = try d.criteria.map { try #require($0.preference) }
        #expect(functions.allSatisfy { $0 == .linear(q: 1, p: 2) })
        let r = try PROMETHEE(preferenceFunctions: functions).evaluate(matrix, weights: weights)
        check(d, "phiPlus", r.phiPlus)
        check(d, "phiMinus", r.phiMinus)
        check(d, "phiNet", r.phiNet)
        check(d, "ranking", r.ranks)
    }
}

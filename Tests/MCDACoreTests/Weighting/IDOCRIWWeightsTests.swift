import MCDACore
import Testing
import _TestSupport

@Suite struct IDOCRIWWeightsTests {
    /// IDOCRIW is the normalised product of the entropy and CILOS weights of the same matrix.
    @Test func productOfEntropyAndCILOS() throws {
        let x = try WeightingFixtures.matrix(WeightingFixtures.fighter, costs: [3])
        let r = try IDOCRIWWeights().evaluate(x)
        let e = try EntropyWeights().evaluate(x).weights, q = try CILOSWeights().evaluate(x).weights
        let p = zip(e, q).map { $0 * $1 }, total = p.reduce(0, +)
        #expect(allClose(r.weights, p.map { $0 / total }, tolerance: 1e-15))
        #expect(r.values("entropyWeights") == e && r.values("cilosWeights") == q)
    }

    /// The doc-comment arithmetic: [0.2, 0.8] · [0.6, 0.4] = [0.12, 0.32], over 0.44.
    @Test func errorsNameIDOCRIW() throws {
        #expect(allClose([0.12 / 0.44, 0.32 / 0.44], [0.2727, 0.7273], tolerance: 1e-4))
        #expect(throws: MCDAError.nonPositiveValue(method: "IDOCRIW weights (CILOS)", alternative: "A2", criterion: "C1", value: -1)) {
            try IDOCRIWWeights().evaluate(try WeightingFixtures.matrix([[6, 1], [-1, 3]]))
        }
    }
}

@testable import MCDACore
import Testing
import _TestSupport

@Suite struct CODASTests {
    @Test func pymcdmReferenceCases() throws {
        try Group1Cases.expectReferenceCases("codas")
    }

    /// pymcdm 1.4.0's documented CODAS problem (its docstring, printed to 4 decimals).
    @Test func pymcdmDocumentedExample() throws {
        let x = RankingCases.matrix([[45, 3600, 45, 0.9], [25, 3800, 60, 0.8], [23, 3100, 35, 0.9],
                                     [14, 3400, 50, 0.7], [15, 3300, 40, 0.8], [28, 3000, 30, 0.6]],
                                    types: [1, -1, 1, 1])
        let r = try CODAS().evaluate(x, weights: [0.2857, 0.3036, 0.2321, 0.1786])
        #expect(allClose(r.scores, [1.3914, 0.3411, -0.2170, -0.5381, -0.7292, -0.2481], tolerance: 5e-5))
        #expect(r.ranks == [1, 2, 3, 5, 6, 4])
    }

    /// The sorted-prefix sums give the pairwise definition Hᵢ = Σₖ hᵢₖ, also when some
    /// |Eᵢ − Eₖ| equals τ exactly (E on a grid of τ) and for τ = 0.
    @Test func assessmentsEqualThePairwiseSums() {
        var rng = TestRNG(seed: 101)
        for round in 0..<300 {
            let m = Int.random(in: 1...15, using: &rng)
            let tau = [0, 0.02, 0.25, 0.5][round % 4]
            let e = (0..<m).map { _ in round % 2 == 0 ? Double(Int.random(in: 0...6, using: &rng)) * 0.25 : Double.random(in: 0...1, using: &rng) }
            let t = (0..<m).map { _ in Double.random(in: 0...2, using: &rng) }
            let fast = CODAS.assessments(e: e, t: t, tau: tau)
            let pairwise = (0..<m).map { i in
                (0..<m).reduce(0.0) { h, k in h + (e[i] - e[k]) + (abs(e[i] - e[k]) >= tau ? t[i] - t[k] : 0) }
            }
            #expect(allClose(fast, pairwise, tolerance: 1e-12), "τ = \(tau), E = \(e)")
        }
    }

    @Test func tauIsAnOption() throws {
        let x = RankingCases.matrix([[45, 3600, 45, 0.9], [25, 3800, 60, 0.8], [23, 3100, 35, 0.9]], types: [1, -1, 1, 1])
        let w = [0.2857, 0.3036, 0.2321, 0.1786]
        // With τ above every |Eᵢ − Eₖ| no taxicab term counts: H = Σₖ (Eᵢ − Eₖ).
        let r = try CODAS(tau: 10).evaluate(x, weights: w)
        #expect(allClose(r.scores, r.euclidean.map { e in r.euclidean.reduce(0) { $0 + e - $1 } }, tolerance: 1e-15))
        #expect(r.settings.last?.1 == "10.0")
        #expect(throws: MCDAError.self) { try CODAS(tau: -0.1).evaluate(x, weights: w) }
    }

    @Test func scalingABenefitColumnKeepsTheRanking() throws {
        try Group1Cases.expectBenefitScaleInvariance(CODAS(), seed: 102)
    }

    @Test func aZeroNamesTheCell() throws {
        let x = RankingCases.matrix([[5, 1], [3, 0], [4, 4]], types: [1, -1])
        #expect(throws: MCDAError.nonPositiveValue(method: "CODAS (linear normalisation)", alternative: "A2", criterion: "C2", value: 0)) {
            try CODAS().evaluate(x, weights: [0.5, 0.5])
        }
        #expect(try CODAS(normalization: .minMax).evaluate(x, weights: [0.5, 0.5]).scores.allSatisfy { $0.isFinite })
    }

    @Test func permutingAlternativesPermutesScores() throws {
        try RankingCases.expectPermutationEquivariance(CODAS(), seed: 103)
    }
}

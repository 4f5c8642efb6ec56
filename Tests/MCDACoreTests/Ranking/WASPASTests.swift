import MCDACore
import Testing
import _TestSupport

@Suite struct WASPASTests {
    // Linear-normalised fighter-aircraft scores from the reference cases wsm__hwang_yoon1981_fighter_linear
    // and wpm__hwang_yoon1981_fighter_linear (Hwang & Yoon 1981 data; pymcdm, pyrepo-mcda, pyDecision).
    let wsm = [0.8354689754689755, 0.7073260073260074, 0.8514074074074074, 0.7374285714285714]
    let wpm = [0.8223017078899555, 0.671673367062804, 0.8427325752656099, 0.7224126977284211]

    /// Q = λ WSM + (1 − λ) WPM (Zavadskas et al. 2012, doi:10.5755/j01.eee.122.6.1810).
    @Test(arguments: [0.0, 0.5, 1.0, 0.3])
    func blendsTheSumAndTheProduct(lambda: Double) throws {
        let r = try WASPAS(lambda: lambda).evaluate(RankingCases.fighters, weights: RankingCases.fighterWeights)
        #expect(allClose(r.wsmScores, wsm, tolerance: 1e-10))
        #expect(allClose(r.wpmScores, wpm, tolerance: 1e-10))
        #expect(allClose(r.scores, zip(wsm, wpm).map { lambda * $0 + (1 - lambda) * $1 }, tolerance: 1e-10))
        #expect(r.ranks == [2, 4, 1, 3])
        #expect(r.settings.map(\.0) == ["normalization", "lambda"])
    }

    @Test func lambdaOutsideTheUnitIntervalIsRejected() {
        for lambda in [-0.1, 1.5, Double.nan] {
            #expect(throws: MCDAError.self) { try WASPAS(lambda: lambda).evaluate(RankingCases.fighters, weights: RankingCases.fighterWeights) }
        }
    }

    @Test func nonPositiveValuesAreRejected() {
        let x = RankingCases.matrix([[1, 2], [-1, 3]])
        #expect(throws: MCDAError.nonPositiveValue(method: "WASPAS (linear normalisation)", alternative: "A2", criterion: "C1", value: -1)) {
            try WASPAS().evaluate(x, weights: [0.5, 0.5])
        }
    }

    @Test func permutingAlternativesPermutesScores() throws {
        try RankingCases.expectPermutationEquivariance(WASPAS(lambda: 0.4), seed: 6)
    }
}

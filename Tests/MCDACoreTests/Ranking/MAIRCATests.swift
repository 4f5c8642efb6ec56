import MCDACore
import Testing
import _TestSupport

@Suite struct MAIRCATests {
    @Test func pymcdmReferenceCases() throws {
        try Group1Cases.expectReferenceCases("mairca")
    }

    /// pymcdm 1.4.0's documented MAIRCA problem (its docstring, printed to 4 decimals).
    @Test func pymcdmDocumentedExample() throws {
        let x = RankingCases.matrix([[70, 245, 16.4, 19], [52, 246, 7.3, 22], [53, 295, 10.3, 25], [63, 256, 12, 8], [64, 233, 5.3, 17]])
        let r = try MAIRCA().evaluate(x, weights: [0.04744, 0.02464, 0.51357, 0.41435])
        #expect(allClose(r.scores, [0.0332, 0.1122, 0.0654, 0.1304, 0.1498], tolerance: 5e-5))
        #expect(r.ranks == [1, 3, 2, 4, 5] && r.scoreOrder == .ascending)
    }

    /// 3 × 2 by hand, Qᵢ = Σⱼ wⱼ (1 − nᵢⱼ)/m: minmax n = (0, 1, ½) on the benefit column and
    /// (0, ½, 1) on the cost column, w = (¼, ¾), so Q = (1/12 + ¼, ⅛, 1/24).
    @Test func byHand() throws {
        let r = try MAIRCA().evaluate(RankingCases.matrix([[1, 9], [3, 5], [2, 1]], types: [1, -1]), weights: [0.25, 0.75])
        #expect(r.theoretical == [0.25 / 3, 0.25])
        #expect(allClose(r.scores, [1.0 / 12 + 0.25, 0.125, 1.0 / 24], tolerance: 1e-15))
        #expect(r.ranks == [3, 2, 1])
    }

    @Test func scalingABenefitColumnKeepsTheRanking() throws {
        try Group1Cases.expectBenefitScaleInvariance(MAIRCA(), seed: 91)
    }

    @Test func aDominatedAlternativeNeverRanksFirst() throws {
        try Group1Cases.expectDominatedNeverFirst(MAIRCA(), seed: 92)
    }

    @Test func badInputNamesTheCell() throws {
        let x = RankingCases.matrix([[5, 1], [3, 0], [4, 4]], types: [1, -1])
        #expect(throws: MCDAError.nonPositiveValue(method: "MAIRCA (linear normalisation)", alternative: "A2", criterion: "C2", value: 0)) {
            try MAIRCA(normalization: .linear).evaluate(x, weights: [0.5, 0.5])
        }
        #expect(try MAIRCA().evaluate(x, weights: [0.5, 0.5]).scores.allSatisfy { $0.isFinite })
    }

    @Test func permutingAlternativesPermutesScores() throws {
        try RankingCases.expectPermutationEquivariance(MAIRCA(), seed: 93)
    }

    /// The dedicated kernel gives the method's scores bit for bit, and its coefficients are the
    /// linear form's (to rounding).
    @Test func kernelMatchesEvaluateBitForBit() throws {
        var rng = TestRNG(seed: 94)
        for _ in 0..<30 {
            let (x, w) = RankingCases.random(rows: Int.random(in: 1...12, using: &rng), columns: Int.random(in: 1...6, using: &rng), using: &rng)
            let method = MAIRCA(normalization: .vector)
            let kernel = try method.scoring(for: x)
            let linear = try #require(kernel as? MAIRCAScoring)
            #expect(kernel.scores(weights: w) == (try method.evaluate(x, weights: w).scores))
            let n = x.columnCount
            let viaCoefficients = (0..<x.rowCount).map { i in (0..<n).reduce(0.0) { $0 + linear.coefficients[i * n + $1] * w[$1] } }
            #expect(allClose(viaCoefficients, kernel.scores(weights: w), tolerance: 1e-12))
        }
    }
}

import MCDACore
import Testing
import _TestSupport

@Suite struct MOORATests {
    @Test func pymcdmReferenceCases() throws {
        try Group1Cases.expectReferenceCases("moora")
    }

    /// pymcdm 1.4.0's documented MOORA problem (its docstring, printed to 4 decimals).
    static let pymcdmExample = RankingCases.matrix([[1.5, 3, 5, 3.3], [2, 7, 5, 3.35], [3, 1, 5, 3.07], [2.2, 4, 5, 3.5],
                                                    [2, 5, 3, 3.09], [3.2, 2, 3, 3.48], [2.775, 3, 5, 3.27]],
                                                   types: [-1, 1, 1, 1])

    @Test func pymcdmDocumentedExample() throws {
        let r = try MOORA().evaluate(Self.pymcdmExample, weights: [0.3, 0.2, 0.1, 0.4])
        #expect(allClose(r.scores, [0.1801, 0.2345, 0.0625, 0.1757, 0.1683, 0.0742, 0.1197], tolerance: 5e-5))
        #expect(allClose(zip(r.benefitSums, r.costSums).map { $0 - $1 }, r.scores, tolerance: 0))
        #expect(r.ranks == [2, 1, 7, 3, 4, 6, 5])
    }

    @Test func withoutCostCriteriaTheScoreIsTheBenefitSum() throws {
        let x = RankingCases.matrix([[3, 4], [4, 3], [1, 1]])
        let r = try MOORA().evaluate(x, weights: [0.5, 0.5])
        #expect(r.costSums == [0, 0, 0] && r.scores == r.benefitSums)
        let norm: Double = 26.0.squareRoot()
        let want: [Double] = [3.5 / norm, 3.5 / norm, 1 / norm]
        #expect(allClose(r.scores, want, tolerance: 1e-15))
    }

    @Test func scalingABenefitColumnKeepsTheRanking() throws {
        try Group1Cases.expectBenefitScaleInvariance(MOORA(), seed: 41)
    }

    @Test func aDominatedAlternativeNeverRanksFirst() throws {
        try Group1Cases.expectDominatedNeverFirst(MOORA(), seed: 42)
    }

    /// MOORA takes any finite data: a column of zeros (no norm) gives finite scores, not NaN.
    @Test func aColumnOfZerosStaysFinite() throws {
        let r = try MOORA().evaluate(RankingCases.matrix([[0, 2], [0, 1], [0, 3]], types: [1, -1]), weights: [0.5, 0.5])
        #expect(r.scores.allSatisfy { $0.isFinite })
        #expect(r.ranks == [2, 1, 3])
        #expect(throws: MCDAError.self) { try MOORA().evaluate(RankingCases.opricovicTzeng2004, weights: [0.5]) }
    }

    @Test func permutingAlternativesPermutesScores() throws {
        try RankingCases.expectPermutationEquivariance(MOORA(), seed: 43)
    }

    /// The dedicated kernel gives the method's scores bit for bit, and its coefficients are the
    /// linear form's (to rounding).
    @Test func kernelMatchesEvaluateBitForBit() throws {
        var rng = TestRNG(seed: 44)
        for _ in 0..<30 {
            let (x, w) = RankingCases.random(rows: Int.random(in: 1...12, using: &rng), columns: Int.random(in: 1...6, using: &rng), using: &rng)
            let method = MOORA()
            let kernel = try method.scoring(for: x)
            let linear = try #require(kernel as? MOORAScoring)
            #expect(kernel.scores(weights: w) == (try method.evaluate(x, weights: w).scores))
            let n = x.columnCount
            let viaCoefficients = (0..<x.rowCount).map { i in (0..<n).reduce(0.0) { $0 + linear.coefficients[i * n + $1] * w[$1] } }
            #expect(allClose(viaCoefficients, kernel.scores(weights: w), tolerance: 1e-12))
        }
    }
}

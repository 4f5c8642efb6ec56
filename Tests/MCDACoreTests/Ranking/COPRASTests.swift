import MCDACore
import Testing
import _TestSupport

@Suite struct COPRASTests {
    @Test func pymcdmReferenceCases() throws {
        try Group1Cases.expectReferenceCases("copras")
    }

    /// pymcdm 1.4.0's documented COPRAS problem (its docstring, printed to 4 decimals).
    static let pymcdmExample = RankingCases.matrix(
        [[1543, 2000, 39000, 15, 13.76, 3.86, 5, 3, 5000], [1496, 3600, 43000, 14, 14, 2.5, 4, 4, 4000],
         [1584, 3100, 24500, 10, 13.1, 3.7, 2, 2, 3500], [1560, 2700, 36000, 12, 13.2, 3.2, 3, 3, 3500],
         [1572, 2500, 31500, 13, 13.3, 3.4, 3, 2, 3500], [1580, 2400, 20000, 12, 12.8, 3.9, 2, 2, 3000]],
        types: [-1, -1, -1, 1, 1, -1, 1, 1, 1])
    static let pymcdmWeights = [0.2027, 0.1757, 0.1622, 0.1351, 0.1081, 0.0946, 0.0676, 0.0405, 0.0135]

    @Test func pymcdmDocumentedExample() throws {
        let r = try COPRAS().evaluate(Self.pymcdmExample, weights: Self.pymcdmWeights)
        #expect(allClose(r.scores, [0.9459, 1.0, 0.8192, 0.8839, 0.8556, 0.7789], tolerance: 5e-5))
        #expect(allClose(r.significance, zip(r.benefitSums, r.costSums).map { $0 + $1 }, tolerance: 0))
    }

    /// The paper's relative significance on a 3 × 2 problem, by hand: proportions (1/6, 2/6, 3/6)
    /// on the benefit column and (2/4, 1/4, 1/4) on the cost column, w = (1/2, 1/2): S₊ = 1/12,
    /// 2/12, 3/12, S₋ = 1/4, 1/8, 1/8, ΣS₋ = 1/2, Σ1/S₋ = 20, so Q = S₊ + (1/2)/(20 S₋) =
    /// 1/12 + 1/10, 2/12 + 1/5, 3/12 + 1/5.
    @Test func paperFormulaByHand() throws {
        let x = RankingCases.matrix([[1, 2], [2, 1], [3, 1]], types: [1, -1])
        let r = try COPRAS(formula: .paper).evaluate(x, weights: [0.5, 0.5])
        let q = [1.0 / 12 + 0.1, 2.0 / 12 + 0.2, 3.0 / 12 + 0.2]
        #expect(allClose(r.significance, q, tolerance: 1e-15))
        #expect(allClose(r.utility, q.map { $0 / q[2] }, tolerance: 1e-15))
        #expect(r.ranks == [3, 2, 1] && r.settings.last?.1 == "paper")
        // pymcdm's Q adds the cost part: A1, the costliest, gains.
        let p = try COPRAS().evaluate(x, weights: [0.5, 0.5])
        #expect(allClose(p.significance, [1.0 / 12 + 0.25, 2.0 / 12 + 0.125, 3.0 / 12 + 0.125], tolerance: 1e-15))
    }

    @Test func withoutCostCriteriaBothFormulasGiveTheBenefitPart() throws {
        let x = RankingCases.matrix([[1, 2], [2, 1], [3, 3]])
        for f in COPRAS.Formula.allCases {
            let r = try COPRAS(formula: f).evaluate(x, weights: [0.5, 0.5])
            #expect(r.significance == r.benefitSums && r.costSums == [0, 0, 0])
        }
    }

    @Test func theFormulaIsACatalogueParameter() throws {
        let p = COPRAS.formulaParameter
        #expect(try p.parse("paper") == .choice("paper") && p.parse("pymcdm") == .choice("pymcdm") && p.parse("1.0") == .choice("paper"))
        #expect(throws: MethodCatalogueError.self) { try p.parse("book") }
        var values = MethodParameters()
        values["copras-formula"] = try p.parse("paper")
        #expect(try COPRAS(parameters: values).formula == .paper && COPRAS(parameters: MethodParameters()).formula == .pymcdm)
    }

    @Test func scalingABenefitColumnKeepsTheRanking() throws {
        try Group1Cases.expectBenefitScaleInvariance(COPRAS(), seed: 61)
        try Group1Cases.expectBenefitScaleInvariance(COPRAS(formula: .paper), seed: 62)
    }

    /// The paper's Q decreases with the cost part, so a dominated alternative never ranks first;
    /// pymcdm's Q = S₊ + S₋ gives no such guarantee.
    @Test func aDominatedAlternativeNeverRanksFirstByThePaperFormula() throws {
        try Group1Cases.expectDominatedNeverFirst(COPRAS(formula: .paper), seed: 63)
    }

    @Test func aZeroNamesTheCell() throws {
        let x = RankingCases.matrix([[5, 1], [3, 0], [4, 4]], types: [1, -1])
        #expect(throws: MCDAError.nonPositiveValue(method: "COPRAS", alternative: "A2", criterion: "C2", value: 0)) {
            try COPRAS().evaluate(x, weights: [0.5, 0.5])
        }
    }

    @Test func permutingAlternativesPermutesScores() throws {
        try RankingCases.expectPermutationEquivariance(COPRAS(formula: .paper), seed: 64)
    }
}

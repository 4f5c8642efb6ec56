import Foundation
import MCDACore
import Testing
import _TestSupport

/// MULTIMOORA: the worked examples of Brauers & Zavadskas (2010) and Karabasevic et al. (2015) and
/// the rankings of Kracka et al. (2010), each with its source; cases checked by hand and by an
/// independent NumPy computation of the three systems (quoted below); the properties dominance
/// guarantees. The papers themselves were not opened here: their numbers come from the
/// transcriptions named with each test, trusted because the transcribed inputs reproduce the
/// transcribed outputs (see `Tests/Fixtures/papers/README.md`).
@Suite struct MULTIMOORATests {
    static func matrix(_ rows: [[Double]], costs: Set<Int>) throws -> DecisionMatrix {
        try DecisionMatrix(alternatives: rows.indices.map { "A\($0 + 1)" },
                           criteria: rows[0].indices.map { Criterion(id: "C\($0 + 1)", direction: costs.contains($0) ? .cost : .benefit) },
                           values: rows.flatMap { $0 })
    }

    /// The doc-comment example: A1 first and A3 last in every system.
    @Test func docExample() throws {
        let r = try MULTIMOORA().evaluate(try Self.matrix([[4, 1], [2, 2], [1, 4]], costs: [1]), weights: [0.5, 0.5])
        #expect(r.scores == [2, 1, 0] && r.ranks == [1, 2, 3])
        #expect(r.systemRanks == [[1, 2, 3], [1, 2, 3], [1, 2, 3]])
    }

    /// Systems that disagree. NumPy (x / ‖x‖; y = Σ ±w r; d = max w |r* − r|; ln U = Σ ±w ln x):
    /// y = .23288422 .22712623 .35970035 .34413572 .11587474, d = .15811388 .10136061 .10540926
    /// .10070176 .21081851, ln U = .53393273 .50953765 .89179754 .78193631 .13454724; ranks
    /// (3 4 1 2 5), (4 2 3 1 5), (3 4 1 2 5); dominance counts 2 1 4 3 0.
    @Test func systemsThatDisagree() throws {
        let x = try Self.matrix([[3, 20, 7], [5, 35, 4], [4, 10, 9], [6, 40, 8], [2, 15, 3]], costs: [1])
        let r = try MULTIMOORA().evaluate(x, weights: [0.5, 0.2, 0.3])
        #expect(allClose(r.ratioSystem, [0.23288422, 0.22712623, 0.35970035, 0.34413572, 0.11587474], tolerance: 1e-8))
        #expect(allClose(r.referencePoint, [0.15811388, 0.10136061, 0.10540926, 0.10070176, 0.21081851], tolerance: 1e-8))
        #expect(allClose(r.multiplicativeForm, [0.53393273, 0.50953765, 0.89179754, 0.78193631, 0.13454724], tolerance: 1e-8))
        #expect(r.systemRanks == [[3, 4, 1, 2, 5], [4, 2, 3, 1, 5], [3, 4, 1, 2, 5]])
        #expect(r.scores == [2, 1, 4, 3, 0] && r.ranks == [3, 4, 1, 2, 5])
        // The ratio system is MOORA's score.
        #expect(r.ratioSystem == (try MOORA().evaluate(x, weights: [0.5, 0.2, 0.3]).scores))
    }

    /// Seeded: an alternative that dominates every other one on every criterion is first in all
    /// three systems and so first overall; scaling a benefit column changes no rank.
    @Test func dominatingAlternativeWinsAndScaleDoesNotMatter() throws {
        var rng = TestRNG(seed: 42)
        for _ in 0..<20 {
            let m = Int.random(in: 3...9, using: &rng), n = Int.random(in: 2...5, using: &rng)
            var rows = (0..<m).map { _ in (0..<n).map { _ in Double.random(in: 1...100, using: &rng) } }
            let costs = Set((0..<n).filter { _ in Bool.random(using: &rng) })
            let best = Int.random(in: 0..<m, using: &rng)
            rows[best] = (0..<n).map { j in costs.contains(j) ? 0.5 : 101 }
            let w = (0..<n).map { _ in Double.random(in: 0.05...1, using: &rng) }
            let r = try MULTIMOORA().evaluate(try Self.matrix(rows, costs: costs), weights: w)
            #expect(r.ranks[best] == 1 && r.scores[best] == Double(m - 1))
            if let j = (0..<n).first(where: { !costs.contains($0) }) {
                let scaled = rows.map { row in row.indices.map { $0 == j ? row[$0] * 1000 : row[$0] } }
                #expect(try MULTIMOORA().evaluate(try Self.matrix(scaled, costs: costs), weights: w).ranks == r.ranks)
            }
        }
    }

    /// Brauers & Zavadskas (2010), "Project management by MULTIMOORA as an instrument for transition
    /// economies", Technological and Economic Development of Economy 16(1) 5–24,
    /// doi:10.3846/tede.2010.01: three projects A, B, C on nine objectives, no weights (all 1).
    /// Matrix and ratio system: Appendix C, Table 2; reference point: Tables 2d–2e; full
    /// multiplicative form: Appendix D, Table 3; summary ranking: Table 1. Transcribed by a
    /// third-party research note on MOORA found through a public code index (its repository is not
    /// named there), which records checking the PDF.
    ///
    /// Printed: y = 2.93480, 2.723, 2.698; max deviation from the reference point d = 0.38411,
    /// 0.3152442, 0.4571636; U = 1 633 333, 1 421 897, 1 033 600 (the product of the raw values,
    /// benefits over costs); rankings A ≻ B ≻ C, B ≻ A ≻ C, A ≻ B ≻ C; MULTIMOORA A ≻ B ≻ C. Each
    /// tolerance is half a unit in the last printed digit.
    static let brauers2010 = try! matrix(
        [[1, 14, 9, 200, 600, 20, 20, 3.5, 2.5], [1.6, 16, 7, 150, 800, 13.5, 25, 4, 1.5], [2, 17, 5, 80, 1200, 10, 30, 3.8, 1.25]],
        costs: [2, 6])

    @Test func brauersZavadskas2010() throws {
        let r = try MULTIMOORA().evaluate(Self.brauers2010, weights: [Double](repeating: 1, count: 9))
        #expect(abs(r.ratioSystem[0] - 2.93480) <= 5e-6)
        #expect(allClose(Array(r.ratioSystem[1...]), [2.723, 2.698], tolerance: 5e-4))
        #expect(abs(r.referencePoint[0] - 0.38411) <= 5e-6)
        #expect(allClose(Array(r.referencePoint[1...]), [0.3152442, 0.4571636], tolerance: 5e-8))
        #expect(allClose(r.multiplicativeForm.map { exp($0) }, [1_633_333, 1_421_897, 1_033_600], tolerance: 0.5))
        #expect(r.systemRanks == [[1, 2, 3], [2, 1, 3], [1, 2, 3]])
        #expect(r.scores == [2, 1, 0] && r.ranks == [1, 2, 3])
        // Unweighted, the two ways of weighting the product differ by the constant
        // Σ_cost ln‖x·ⱼ‖ − Σ_benefit ln‖x·ⱼ‖ (the printed column roots: 2.749545, 27.221, 12.45, …).
        let v = try MULTIMOORA(multiplicative: .values).evaluate(Self.brauers2010, weights: [Double](repeating: 1, count: 9))
        let roots = [2.749545, 27.221, 12.45, 262.4881, 1562.05, 26.12, 43.875, 6.533758, 3.1721444]
        let shift = roots.indices.reduce(0.0) { $0 + ([2, 6].contains($1) ? 1 : -1) * log(roots[$1]) }
        #expect(allClose(v.multiplicativeForm, r.multiplicativeForm.map { $0 + shift }, tolerance: 1e-4))
        #expect(v.ranks == r.ranks && v.settings.first?.1 == "values" && r.settings.first?.1 == "exponents")
    }

    /// Karabasevic, Stanujkic, Urosevic & Maksimovic (2015), "Selection of candidates in the mining
    /// industry based on the application of the SWARA and the MULTIMOORA methods", Acta Montanistica
    /// Slovaca 20(2): three candidates on seven benefit criteria with SWARA weights 0.215, 0.215,
    /// 0.159, 0.133, 0.102, 0.102, 0.073 (Σ = 0.999 as printed). Transcribed in pyrepo-mcda's tests
    /// (energyinpython/pyrepo-mcda, `tests/test_mcda_methods.py`, `Test_MULTIMOORA`, commit 8ea0d9f),
    /// which cite the paper.
    ///
    /// Printed, 3 decimals: ratio system 0.494, 0.527, 0.677; reference point 0.046, 0.061, 0.000
    /// (the weight inside the max: the one example here of a weighted reference point); final
    /// ranking A3 ≻ A2 ≻ A1. The paper's multiplicative form multiplies the weights into the
    /// normalised values; it prints 3.876e−09, 9.689e−09, 4.486e−08, while the formula gives
    /// 3.8500676e−09, 9.6251689e−09, 4.4560967e−08 (NumPy), about 0.7 % lower, probably from
    /// rounding inside the paper: the test pins the exact values and checks the printed ones to 1 %.
    static let karabasevic2015 = try! matrix([[4, 3, 3, 4, 3, 2, 4], [3, 3, 4, 3, 5, 4, 4], [5, 4, 4, 5, 5, 5, 4]], costs: [])
    static let karabasevicWeights = [0.215, 0.215, 0.159, 0.133, 0.102, 0.102, 0.073]

    @Test func karabasevic2015() throws {
        for multiplicative in MULTIMOORA.Multiplicative.allCases {
            let r = try MULTIMOORA(multiplicative: multiplicative).evaluate(Self.karabasevic2015, weights: Self.karabasevicWeights)
            #expect(allClose(r.ratioSystem, [0.494, 0.527, 0.677], tolerance: 5e-4))
            #expect(allClose(r.referencePoint, [0.046, 0.061, 0], tolerance: 5e-4))
            #expect(r.systemRanks == [[3, 2, 1], [2, 3, 1], [3, 2, 1]])
            #expect(r.scores == [0, 1, 2] && r.ranks == [3, 2, 1])
        }
        let exponents = try MULTIMOORA().evaluate(Self.karabasevic2015, weights: Self.karabasevicWeights)
        #expect(allClose(exponents.multiplicativeForm, [1.177270388, 1.245703702, 1.508083307], tolerance: 1e-9))
        let values = try MULTIMOORA(multiplicative: .values).evaluate(Self.karabasevic2015, weights: Self.karabasevicWeights)
        let u = values.multiplicativeForm.map { exp($0) }
        for (got, want) in zip(u, [3.8500676e-09, 9.6251689e-09, 4.4560967e-08]) { #expect(abs(got / want - 1) < 1e-7) }
        for (got, printed) in zip(u, [3.876e-09, 9.689e-09, 4.486e-08]) { #expect(abs(got / printed - 1) < 0.01) }
    }

    /// Kracka, Brauers & Zavadskas (2010), "Ranking heating losses in a building by applying the
    /// MULTIMOORA", Inžinerinė ekonomika – Engineering Economics 21(4) 352–359: six window/wall
    /// variants on seven objectives (1–4 and 6 minimised), no weights (all 1). The input is in
    /// scikit-criteria's tests (quatrope/scikit-criteria, `tests/madm/test_moora.py`,
    /// `test_*_kracka2010ranking`, commit 0b34a9f) and, identically, in pyDecision's MULTIMOORA
    /// example. Which numbers the paper prints could not be checked, so only its rankings are taken
    /// as the paper's: ratio system and multiplicative form (5 1 3 6 4 2), reference point
    /// (4 5 1 6 2 3), MULTIMOORA A2 ≻ A6 ≻ A3 ≻ A5 ≻ A1 ≻ A4. The 8-decimal y and d and the
    /// 4-decimal U (of the normalised values, our ``MULTIMOORA/Multiplicative/values``) are
    /// scikit-criteria's output, library values rather than published ones.
    @Test func kracka2010() throws {
        let x = try Self.matrix(
            [[33.95, 23.78, 11.45, 39.97, 29.44, 167.10, 3.852], [38.9, 4.17, 6.32, 0.01, 4.29, 132.52, 25.184],
             [37.59, 9.36, 8.23, 4.35, 10.22, 136.71, 10.845], [30.44, 37.59, 13.91, 74.08, 45.10, 198.34, 2.186],
             [36.21, 14.79, 9.17, 17.77, 17.06, 148.3, 6.610], [37.8, 8.55, 7.97, 2.35, 9.25, 134.83, 11.935]],
            costs: [0, 1, 2, 3, 5])
        let w = [Double](repeating: 1, count: 7)
        let r = try MULTIMOORA().evaluate(x, weights: w)
        #expect(r.systemRanks == [[5, 1, 3, 6, 4, 2], [4, 5, 1, 6, 2, 3], [5, 1, 3, 6, 4, 2]])
        #expect(r.scores == [1, 5, 3, 0, 2, 4] && r.ranks == [5, 1, 3, 6, 4, 2])
        #expect(allClose(r.ratioSystem, [-1.62447867, -0.25233889, -0.84635037, -2.23363519, -1.18698242, -0.77456208], tolerance: 5e-9))
        #expect(allClose(r.referencePoint, [0.68934931, 0.69986697, 0.59817104, 0.85955696, 0.6002238, 0.61480595], tolerance: 5e-9))
        let values = try MULTIMOORA(multiplicative: .values).evaluate(x, weights: w)
        let u = values.multiplicativeForm.map { exp($0) }
        #expect(allClose(u, [3.4343, 148_689.356, 120.3441, 0.7882, 16.2917, 252.9155], tolerance: 5e-4))
        #expect(values.ranks == r.ranks)
    }

    /// With weights multiplied into the values, the weights scale every U alike: the product's
    /// ranks do not depend on them, and a weight of 0 leaves its criterion out.
    @Test func weightsMultipliedIntoTheValues() throws {
        let x = try Self.matrix([[3, 20, 7], [5, 35, 4], [4, 10, 9], [6, 40, 8], [2, 15, 3]], costs: [1])
        let r = try MULTIMOORA(multiplicative: .values).evaluate(x, weights: [0.5, 0.2, 0.3])
        let equal = try MULTIMOORA(multiplicative: .values).evaluate(x, weights: [1, 1, 1])
        let shift = log(0.5) - log(0.2) + log(0.3)
        #expect(allClose(r.multiplicativeForm, equal.multiplicativeForm.map { $0 + shift }, tolerance: 1e-12))
        #expect(r.systemRanks[2] == equal.systemRanks[2])
        let dropped = try MULTIMOORA(multiplicative: .values).evaluate(x, weights: [0.5, 0, 0.3])
        let withoutB = try MULTIMOORA(multiplicative: .values).evaluate(
            try Self.matrix([[3, 7], [5, 4], [4, 9], [6, 8], [2, 3]], costs: []), weights: [0.5, 0.3])
        #expect(allClose(dropped.multiplicativeForm, withoutB.multiplicativeForm, tolerance: 1e-12))
    }

    @Test func theCatalogueReadsTheChoice() throws {
        #expect(try MULTIMOORA(parameters: MethodParameters()).multiplicative == .exponents)
        var p = MethodParameters()
        p["multiplicative"] = try MULTIMOORA.multiplicativeParameter.parse("values")
        #expect(try MULTIMOORA(parameters: p).multiplicative == .values)
        #expect(throws: MethodCatalogueError.self) { try MULTIMOORA.multiplicativeParameter.parse("factors") }
    }

    @Test func aNonPositiveValueNamesTheCell() throws {
        #expect(throws: MCDAError.nonPositiveValue(method: "MULTIMOORA (full multiplicative form)", alternative: "A2", criterion: "C2", value: 0)) {
            try MULTIMOORA().evaluate(try Self.matrix([[4, 1], [2, 0]], costs: [1]), weights: [0.5, 0.5])
        }
    }
}

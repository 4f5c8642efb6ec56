@testable import MCDACore
import Testing
import _TestSupport

/// Checks shared by the tests of ARAS, CoCoSo, CODAS, COPRAS, EDAS, MABAC, MAIRCA, MARCOS, MOORA
/// and OCRA: pymcdm's reference cases run through the catalogue, and seeded property tests.
enum Group1Cases {
    /// True when every score is within 1e-9 relative (absolute below 1) of the reference.
    static func close(_ got: [Double], _ want: [Double], relative: Double = 1e-9) -> Bool {
        got.count == want.count && zip(got, want).allSatisfy { abs($0 - $1) <= relative * max(1, abs($1)) }
    }

    /// The catalogue's method `name` configured with `options`, each parsed by its descriptor.
    static func specification(_ name: String, options: [String: String]) throws -> MethodSpecification {
        let type = try MethodCatalogue.standard.method(named: name)
        var parameters = MethodParameters()
        for (key, text) in options {
            let descriptor = try #require(type.parameters.first { $0.name == key }, "\(name) takes no '\(key)'")
            parameters[key] = try descriptor.parse(text)
        }
        return try MethodCatalogue.standard.specification(named: name, parameters: parameters)
    }

    /// The problem of a reference case (alternatives A1…, criteria C1…).
    static func matrix(_ c: RankingFixtureCase) -> DecisionMatrix { RankingCases.matrix(c.matrix, types: c.types) }

    /// Every reference case of `Tests/Fixtures/pymcdm/<name>.json` (at least 8): scores to 1e-9
    /// relative, ranks exactly. Returns the cases for further checks.
    @discardableResult
    static func expectReferenceCases(_ name: String) throws -> [RankingFixtureCase] {
        let cases = try rankingFixtures(name)
        #expect(cases.count >= 8)
        for c in cases {
            let result = try specification(name, options: c.options).evaluate(matrix(c), weights: c.weights)
            #expect(close(result.scores, c.scores), "\(c.provenance): \(result.scores) vs \(c.scores)")
            #expect(result.ranks == c.ranks, "\(c.provenance)")
        }
        return cases
    }

    /// Scaling a benefit column by a positive constant changes no rank (seeded random problems).
    static func expectBenefitScaleInvariance<M: RankingMethod>(_ method: M, seed: UInt64) throws {
        var rng = TestRNG(seed: seed)
        for _ in 0..<40 {
            let (x, w) = RankingCases.random(rows: Int.random(in: 3...10, using: &rng), columns: Int.random(in: 2...6, using: &rng), using: &rng)
            guard let j = x.criteria.indices.filter({ x.criteria[$0].isBenefit }).randomElement(using: &rng) else { continue }
            let factor = [0.013, 7.5, 1e3].randomElement(using: &rng)!
            var values = x.values
            for i in 0..<x.rowCount { values[i * x.columnCount + j] *= factor }
            let scaled = try DecisionMatrix(alternatives: x.alternatives, criteria: x.criteria, values: values)
            let before = try method.evaluate(x, weights: w).ranks, after = try method.evaluate(scaled, weights: w).ranks
            #expect(before == after, "\(method.identifier): criterion \(j) × \(factor)")
        }
    }

    /// An alternative dominated by another (no better anywhere, worse somewhere) never ranks first
    /// and scores strictly worse than the one dominating it (seeded random problems, positive weights).
    static func expectDominatedNeverFirst<M: RankingMethod>(_ method: M, seed: UInt64) throws {
        var rng = TestRNG(seed: seed)
        for _ in 0..<40 {
            let (x, w) = RankingCases.random(rows: Int.random(in: 3...10, using: &rng), columns: Int.random(in: 2...6, using: &rng), using: &rng)
            let n = x.columnCount
            var values = x.values
            let worse = Int.random(in: 0..<n, using: &rng)
            for j in 0..<n {
                let shrink = j == worse ? Double.random(in: 0.5...0.9, using: &rng) : Double.random(in: 0.5...1, using: &rng)
                values[j] = x.criteria[j].isBenefit ? x.values[n + j] * shrink : x.values[n + j] / shrink
            }
            let dominated = try DecisionMatrix(alternatives: x.alternatives, criteria: x.criteria, values: values)
            let r = try method.evaluate(dominated, weights: w)
            #expect(r.ranks[0] > 1 && r.ranks[0] > r.ranks[1], "\(method.identifier): \(r.scores)")
        }
    }
}

@Suite struct Group1SupportTests {
    @Test func requirePositiveNamesTheCell() throws {
        let x = RankingCases.matrix([[1, 2], [3, 0]], types: [1, -1])
        #expect(throws: MCDAError.nonPositiveValue(method: "M", alternative: "A2", criterion: "C2", value: 0)) {
            try MOORA().requirePositive(x, method: "M")
        }
        try MOORA().requirePositive(x, method: "M") { $0 == 0 }
    }

    @Test func normalizationErrorsNameTheMethod() throws {
        let x = RankingCases.matrix([[1, 2], [-3, 4]])
        #expect(throws: MCDAError.nonPositiveValue(method: "X (sum normalisation)", alternative: "A2", criterion: "C1", value: -3)) {
            try MOORA().normalizing(x, with: .sum, method: "X")
        }
    }

    @Test func columnExtremes() {
        let x = RankingCases.matrix([[1, 5], [3, -2], [2, 4]])
        #expect(x.columnExtremes.lo == [1, -2] && x.columnExtremes.hi == [3, 5])
    }
}

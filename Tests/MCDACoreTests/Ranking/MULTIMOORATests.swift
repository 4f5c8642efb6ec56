import Foundation
import MCDACore
import Testing
import _TestSupport

/// MULTIMOORA. No worked example of Brauers & Zavadskas (2010, 2011) could be checked here (their
/// printed tables were not reachable), so the tests use cases checked by hand and an independent
/// NumPy computation of the three systems (quoted below), plus the properties dominance guarantees.
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

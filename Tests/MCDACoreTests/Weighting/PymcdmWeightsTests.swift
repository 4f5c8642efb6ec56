import Foundation
import MCDACore
import Testing
import _TestSupport

/// The seven objective weighting methods against pymcdm 1.4.0 on the random problems of
/// `Tests/Fixtures/pymcdm/weights/` (generate_weights.py; 10 cases per method, 3–12 alternatives,
/// 2–8 criteria, benefit and cost mixed, column scales 1e-3 … 1e5), to 1e-9 relative; and seeded
/// properties every weighting must have.
@Suite struct PymcdmWeightsTests {
    static let methods: [WeightingMethod] = [.merec, .gini, .variance, .cilos, .idocriw, .angle, .lopcow]

    static func matrix(_ c: WeightingFixtureCase) throws -> DecisionMatrix {
        try DecisionMatrix(alternatives: c.matrix.indices.map { "A\($0 + 1)" },
                           criteria: c.types.indices.map { Criterion(id: "C\($0 + 1)", direction: c.types[$0] > 0 ? .benefit : .cost) },
                           values: c.matrix.flatMap { $0 })
    }

    @Test(arguments: methods)
    func matchesPymcdm(method: WeightingMethod) throws {
        let cases = try weightingFixtures(method.rawValue)
        #expect(cases.count >= 8)
        for c in cases {
            let got = try method.weights(for: try Self.matrix(c))
            #expect(got.method == method && got.criteria.count == c.types.count)
            #expect(got.weights.count == c.weights.count
                    && zip(got.weights, c.weights).allSatisfy { abs($0 - $1) <= 1e-9 * abs($1) },
                    "\(c.provenance): \(got.weights) vs \(c.weights)")
        }
    }

    /// The fixtures mix benefit and cost criteria and span orders of magnitude (else they could
    /// not catch a direction or scaling mistake).
    @Test(arguments: methods)
    func fixturesAreVaried(method: WeightingMethod) throws {
        let cases = try weightingFixtures(method.rawValue)
        #expect(cases.allSatisfy { $0.types.contains(1) && $0.types.contains(-1) })
        let values = cases.flatMap { $0.matrix.flatMap { $0 } }
        #expect((values.max() ?? 0) / (values.min() ?? 1) > 1e6)
    }

    /// Seeded random problems (mixed directions): weights are finite, non-negative and sum to 1,
    /// and do not depend on the order of the alternatives.
    @Test(arguments: methods)
    func sumToOneAndIgnoreTheOrderOfAlternatives(method: WeightingMethod) throws {
        for seed in UInt64(1)...12 {
            var rng = TestRNG(seed: seed * 7919)
            let m = Int.random(in: 3...15, using: &rng), n = Int.random(in: 2...7, using: &rng)
            let scales = (0..<n).map { _ in Double.random(in: -3...5, using: &rng) }
            let rows = (0..<m).map { _ in (0..<n).map { pow(10, scales[$0]) * Double.random(in: 0.1...10, using: &rng) } }
            let costs = (0..<n).map { _ in Bool.random(using: &rng) }
            let x = try Self.random(rows, costs: costs, names: (0..<m).map { "A\($0)" })
            let w: [Double]
            do { w = try method.weights(for: x).weights } catch MCDAError.invalidParameter {
                continue  // CILOS without a unique answer: refused, never garbage
            }
            #expect(w.count == n && w.allSatisfy { $0 >= 0 && $0.isFinite }, "\(method) seed \(seed): \(w)")
            #expect(abs(w.reduce(0, +) - 1) < 1e-12, "\(method) seed \(seed)")
            let order = (0..<m).shuffled(using: &rng)
            let shuffled = try Self.random(order.map { rows[$0] }, costs: costs, names: order.map { "A\($0)" })
            let v = try method.weights(for: shuffled).weights
            #expect(allClose(v, w, tolerance: 1e-12), "\(method) seed \(seed): \(v) vs \(w)")
        }
    }

    static func random(_ rows: [[Double]], costs: [Bool], names: [String]) throws -> DecisionMatrix {
        try DecisionMatrix(alternatives: names,
                           criteria: costs.indices.map { Criterion(id: "C\($0 + 1)", direction: costs[$0] ? .cost : .benefit) },
                           values: rows.flatMap { $0 })
    }
}

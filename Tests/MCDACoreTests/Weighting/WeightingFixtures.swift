import MCDACore
import _TestSupport

/// Decision matrices shared by the weighting tests, from the shared reference cases
/// (/work/shared/reference-cases, values copied with their sources).
enum WeightingFixtures {
    /// A matrix with alternatives A1…Am, criteria C1…Cn, benefit unless `costs` lists a column.
    static func matrix(_ rows: [[Double]], costs: Set<Int> = []) throws -> DecisionMatrix {
        let n = rows[0].count
        return try DecisionMatrix(alternatives: rows.indices.map { "A\($0 + 1)" },
                                  criteria: (0..<n).map { Criterion(id: "C\($0 + 1)", direction: costs.contains($0) ? .cost : .benefit) },
                                  values: rows.flatMap { $0 })
    }

    /// Hwang & Yoon (1981), *Multiple Attribute Decision Making*, Springer, pp. 133–134: fighter
    /// aircraft (max speed, ferry range, max payload, purchase cost [cost], reliability,
    /// maneuverability). Reference cases entropy_weights__fighter and critic_weights__fighter.
    static let fighter: [[Double]] = [[2.0, 1500, 20000, 5.5, 5, 9],
                                      [2.5, 2700, 18000, 6.5, 3, 5],
                                      [1.8, 2000, 21000, 4.5, 7, 7],
                                      [2.2, 1800, 20000, 5.0, 5, 5]]

    /// A seeded random m × n matrix of strictly positive values with column scales 1 … 10⁴.
    static func random(rows m: Int, columns n: Int, seed: UInt64) throws -> DecisionMatrix {
        var rng = TestRNG(seed: seed)
        let scales = (0..<n).map { _ in Double.random(in: 1...10_000, using: &rng) }
        let rows = (0..<m).map { _ in (0..<n).map { Double.random(in: 0.01...1, using: &rng) * scales[$0] } }
        return try matrix(rows)
    }
}


import MCDACore
import Testing
import _TestSupport

/// Decision problems shared by the ranking-method tests, with their sources.
enum RankingCases {
    /// A matrix from rows and reference-case types (1 = benefit, −1 = cost); alternatives A1…, criteria C1….
    static func matrix(_ rows: [[Double]], types: [Int]? = nil) -> DecisionMatrix {
        let n = rows[0].count
        let types = types ?? [Int](repeating: 1, count: n)
        return try! DecisionMatrix(alternatives: rows.indices.map { "A\($0 + 1)" },
                                   criteria: (0..<n).map { Criterion(id: "C\($0 + 1)", direction: types[$0] > 0 ? .benefit : .cost) },
                                   values: rows.flatMap { $0 })
    }

    /// Hwang & Yoon (1981), *Multiple Attribute Decision Making*, Springer, pp. 128–134: four fighter
    /// aircraft on max speed, ferry range, max payload, purchase cost (cost), reliability,
    /// maneuverability. Reference cases `*__hwang_yoon1981_fighter_*`.
    static let fighters = matrix([[2.0, 1500, 20000, 5.5, 5, 9],
                                  [2.5, 2700, 18000, 6.5, 3, 5],
                                  [1.8, 2000, 21000, 4.5, 7, 7],
                                  [2.2, 1800, 20000, 5.0, 5, 5]], types: [1, 1, 1, -1, 1, 1])
    static let fighterWeights = [0.2, 0.1, 0.1, 0.1, 0.2, 0.3]

    /// Opricovic & Tzeng (2004), EJOR 156(2):445–455, doi:10.1016/S0377-2217(03)00020-1, the 3 × 2 example.
    static let opricovicTzeng2004 = matrix([[1, 3000], [2, 3750], [5, 4500]], types: [-1, 1])

    /// Tzeng & Huang (2011), *Multiple Attribute Decision Making*, CRC Press (as in scikit-criteria's tests).
    static let tzengHuang2011 = matrix([[5, 8, 4], [7, 6, 8], [8, 8, 6], [7, 4, 6]])

    /// Papathanasiou & Ploskas (2018), *Multiple Criteria Decision Aid*, Springer, the VIKOR and
    /// PROMETHEE chapters' 6 × 4 example (as in pyrepo-mcda's tests).
    static let papathanasiouPloskas2018 = matrix([[8, 7, 2, 1], [5, 3, 7, 5], [7, 5, 6, 4],
                                                  [9, 9, 7, 3], [11, 10, 3, 7], [6, 9, 5, 4]])

    /// A random positive matrix (columns on scales 1…1e4, random directions) and Dirichlet-like weights.
    static func random(rows m: Int, columns n: Int, using rng: inout TestRNG) -> (DecisionMatrix, [Double]) {
        let scales = (0..<n).map { _ in [1.0, 10, 100, 1e4].randomElement(using: &rng)! }
        let rows = (0..<m).map { _ in (0..<n).map { scales[$0] * Double.random(in: 0.1...10, using: &rng) } }
        let types = (0..<n).map { _ in Bool.random(using: &rng) ? 1 : -1 }
        let w = (0..<n).map { _ in Double.random(in: 0.05...1, using: &rng) }
        return (matrix(rows, types: types), Weights.normalized(w))
    }

    /// Permuting the alternatives permutes the scores (checked on seeded random problems).
    static func expectPermutationEquivariance<M: RankingMethod>(_ method: M, seed: UInt64,
                                                                tolerance: Double = 1e-12) throws {
        var rng = TestRNG(seed: seed)
        for _ in 0..<20 {
            let (x, w) = random(rows: Int.random(in: 2...12, using: &rng), columns: Int.random(in: 1...6, using: &rng), using: &rng)
            let base = try method.evaluate(x, weights: w).scores
            let p = Array(0..<x.rowCount).shuffled(using: &rng)
            let permuted = try method.evaluate(x.selectingAlternatives(p), weights: w).scores
            #expect(allClose(permuted, p.map { base[$0] }, tolerance: tolerance), "\(method.identifier)")
        }
    }
}

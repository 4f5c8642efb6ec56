import MCDACore
import Testing
import _TestSupport

/// Hwang & Yoon (1981), Multiple Attribute Decision Making, pp. 133–134: four fighter aircraft,
/// six criteria (speed, range, payload, cost (cost criterion), reliability, manoeuvrability).
/// Shared reference cases wsm__hwang_yoon1981_fighter_* and topsis__hwang_yoon1981_fighter_*.
let fighter = try! DecisionMatrix(
    alternatives: ["A1", "A2", "A3", "A4"],
    criteria: ["speed", "range", "payload", "cost", "reliability", "maneuverability"].map {
        Criterion(id: $0, direction: $0 == "cost" ? .cost : .benefit)
    },
    values: [2.0, 1500, 20000, 5.5, 5, 9,
             2.5, 2700, 18000, 6.5, 3, 5,
             1.8, 2000, 21000, 4.5, 7, 7,
             2.2, 1800, 20000, 5.0, 5, 5])
let fighterWeights = [0.2, 0.1, 0.1, 0.1, 0.2, 0.3]

@Suite struct WeightedSumScoringTests {
    @Test func weightedSumMatchesReferenceCase() throws {
        // wsm__hwang_yoon1981_fighter_linear (pymcdm / pyrepo-mcda / pyDecision agree), tolerance 1e-10.
        let wsm = try WeightedSumScoring(matrix: fighter, normalization: .linear)
        #expect(allClose(wsm.scores(weights: fighterWeights),
                         [0.8354689754689755, 0.7073260073260074, 0.8514074074074074, 0.7374285714285714], tolerance: 1e-12))
        #expect(wsm.order == .descending)
        #expect(wsm.alternativeCount == 4 && wsm.criterionCount == 6)
    }

    /// The fast kernel (four columns per pass) equals the plain row-major sum for every n.
    @Test(arguments: [1, 2, 3, 4, 5, 7, 9, 12])
    func kernelEqualsPlainSum(criteria n: Int) throws {
        var rng = TestRNG(seed: UInt64(n))
        let m = 37
        let x = try DecisionMatrix(alternatives: (0..<m).map { "a\($0)" }, criteria: (0..<n).map { Criterion(id: "c\($0)", direction: .benefit) },
                                   values: (0..<(m * n)).map { _ in Double.random(in: 1...10, using: &rng) })
        let wsm = try WeightedSumScoring(matrix: x, normalization: .sum)
        let w = Weights.normalized((0..<n).map { _ in Double.random(in: 0...1, using: &rng) })
        let plain = (0..<m).map { i in (0..<n).reduce(0.0) { $0 + w[$1] * wsm.coefficients[i * n + $1] } }
        #expect(allClose(wsm.scores(weights: w), plain, tolerance: 1e-15))
    }

    @Test func factoryResolvesTargetsAndNormalises() throws {
        let x = try DecisionMatrix(alternatives: ["a", "b"], criteria: [Criterion(id: "size", direction: .target(10)),
                                                                     Criterion(id: "speed", direction: .benefit)],
                                   values: [9, 1, 14, 2])
        let s = try WeightedSumScoring.factory(normalization: .max)(x)
        // Distances |x − 10| = 1, 4 as a cost column under max: 1 − d/4 → 0.75, 0; speed x/2 → 0.5, 1.
        #expect(allClose(s.scores(weights: [0.5, 0.5]), [0.625, 0.5], tolerance: 1e-15))
    }
}

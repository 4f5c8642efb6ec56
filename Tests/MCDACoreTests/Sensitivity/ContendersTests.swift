@testable import MCDACore
import Testing
import _TestSupport

@Suite struct ContendersTests {
    func randomMatrix(rows: Int, seed: UInt64) throws -> (DecisionMatrix, [Double]) {
        var rng = TestRNG(seed: seed)
        let values = (0..<(rows * 3)).map { _ in Double.random(in: 1...100, using: &rng) }
        let matrix = try DecisionMatrix(alternatives: (0..<rows).map { "a\($0)" },
                                        criteria: (0..<3).map { Criterion(id: "c\($0)", direction: $0 == 2 ? .cost : .benefit) },
                                        values: values)
        return (matrix, (0..<3).map { _ in Double.random(in: 0.1...1, using: &rng) })
    }

    /// Sweeping only the contenders finds exactly the order changes of the full all-pairs sweep.
    func expectSameAsFullSweep(_ scoring: some WeightedScoring, weights: [Double], k: Int) throws {
        let a = try WeightSensitivityAnalysis(scoring, weights: weights, topK: k)
        for j in weights.indices {
            let full = try WeightSensitivity.sweep(scoring, weights: weights, criterion: j).topOrderChanges(scoring, topK: k)
            #expect(a.sweeps[j].changes == full, "criterion \(j)")
            #expect(a.sweeps[j].contenderCount < scoring.alternativeCount)
        }
    }

    @Test func linearContendersLoseNoChange() throws {
        for seed: UInt64 in [1, 2, 3] {
            let (matrix, weights) = try randomMatrix(rows: 300, seed: seed)
            try expectSameAsFullSweep(try WeightedSumScoring(matrix: matrix, normalization: .minMax), weights: weights, k: 3)
        }
    }

    @Test func topsisContendersLoseNoChange() throws {
        let (matrix, weights) = try randomMatrix(rows: 60, seed: 4)
        try expectSameAsFullSweep(try TOPSISScoring(matrix: matrix, normalization: .vector), weights: weights, k: 2)
    }

    @Test func everyAlternativeThatReachesTheTopIsAContender() throws {
        let (matrix, weights) = try randomMatrix(rows: 200, seed: 5)
        let wsm = try WeightedSumScoring(matrix: matrix, normalization: .max)
        let found = Set(try Contenders.find(wsm, weights: weights, criterion: 1, places: 3, search: BreakpointSearch()))
        var t = 0.0
        while t <= 1 {
            #expect(Set(try topOrder(wsm, weights: weights, criterion: 1, at: t, k: 3)).isSubset(of: found), "t = \(t)")
            t += 1e-4
        }
    }

    @Test func largestIsTheRankThOfTheSortedValues() {
        var rng = TestRNG(seed: 6)
        let values = (0..<500).map { _ in Double(Int.random(in: 0..<50, using: &rng)) }
        let sorted = values.sorted(by: >)
        for rank in [1, 2, 7, 100, 500] { #expect(Contenders.largest(values, rank: rank) == sorted[rank - 1]) }
    }
}

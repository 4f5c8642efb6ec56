import MCDACore
import Testing
import _TestSupport

@Suite struct TOPSISScoringTests {
    @Test func vectorClosenessMatchesReferenceCase() throws {
        // topsis__hwang_yoon1981_fighter_vector (published C* = .643 .268 .613 .312), tolerance 1e-10.
        let topsis = try TOPSISScoring(matrix: fighter, normalization: .vector)
        #expect(allClose(topsis.scores(weights: fighterWeights),
                         [0.6432770005532701, 0.26838356771941185, 0.6135422900072309, 0.31229106558175435], tolerance: 1e-12))
    }

    @Test func minMaxClosenessMatchesReferenceCase() throws {
        // topsis__hwang_yoon1981_fighter_minmax and topsis__opricovic_tzeng2004_minmax.
        let x = try DecisionMatrix(alternatives: ["A1", "A2", "A3"],
                                   criteria: [Criterion(id: "c1", direction: .cost), Criterion(id: "c2", direction: .benefit)],
                                   values: [1, 3000, 2, 3750, 5, 4500])
        let topsis = try TOPSISScoring(matrix: x, normalization: .minMax)
        #expect(allClose(topsis.scores(weights: [0.5, 0.5]), [0.5, 0.6172177814626812, 0.5], tolerance: 1e-12))
    }

    @Test func kernelMatchesDirectFormulaAcrossChunks() throws {
        // 600 alternatives: more than one chunk of the kernel.
        var rng = TestRNG(seed: 5)
        let m = 600, n = 4
        let x = try DecisionMatrix(alternatives: (0..<m).map { "a\($0)" }, criteria: (0..<n).map { Criterion(id: "c\($0)", direction: $0 == 1 ? .cost : .benefit) },
                                   values: (0..<(m * n)).map { _ in Double.random(in: 1...100, using: &rng) })
        let r = try Normalization.vector.apply(to: x)
        let w = [0.1, 0.2, 0.3, 0.4]
        // Weighted matrix vᵢⱼ = wⱼ rᵢⱼ, ideal max vᵢⱼ, anti-ideal min vᵢⱼ, Euclidean distances.
        let v = (0..<n).map { j in (0..<m).map { w[j] * r[$0, j] } }
        let ideal = v.map { $0.max()! }, anti = v.map { $0.min()! }
        var expected: [Double] = []
        for i in 0..<m {
            var plus = 0.0, minus = 0.0
            for j in 0..<n {
                plus += (v[j][i] - ideal[j]) * (v[j][i] - ideal[j])
                minus += (v[j][i] - anti[j]) * (v[j][i] - anti[j])
            }
            expected.append(minus.squareRoot() / (plus.squareRoot() + minus.squareRoot()))
        }
        #expect(allClose(TOPSISScoring(normalized: r).scores(weights: w), expected, tolerance: 1e-13))
    }

    /// The members' scores alone are the full scoring's bits (the breakpoint searches mix the two),
    /// for members across chunks, repeated, in any order, including identical alternatives (½);
    /// the protocol's default (scoring all, picking) gives them too.
    @Test func memberScoresAreTheFullScoresBits() throws {
        var rng = TestRNG(seed: 8)
        let m = 700, n = 3
        var values = (0..<(m * n)).map { _ in Double.random(in: 1...1000, using: &rng) }
        for j in 0..<n { values[5 * n + j] = values[4 * n + j] }  // two identical rows
        let x = try DecisionMatrix(alternatives: (0..<m).map { "a\($0)" }, criteria: (0..<n).map { Criterion(id: "c\($0)", direction: $0 == 2 ? .cost : .benefit) },
                                   values: values)
        let topsis = try TOPSISScoring(matrix: x, normalization: .vector)
        let members = [699, 0, 4, 5, 257, 256, 3, 699, 511]
        for _ in 0..<20 {
            var w = (0..<n).map { _ in Double.random(in: 0...1, using: &rng) }
            let total = w.reduce(0, +)
            w = w.map { $0 / total }
            let all = topsis.scores(weights: w)
            var some = [Double](repeating: 0, count: members.count)
            var picked = some
            w.withUnsafeBufferPointer { w in
                members.withUnsafeBufferPointer { members in
                    some.withUnsafeMutableBufferPointer { topsis.memberScores(weights: w, members: members, into: $0) }
                    picked.withUnsafeMutableBufferPointer { SubsetOfAll(base: topsis).memberScores(weights: w, members: members, into: $0) }
                }
            }
            #expect(some.map(\.bitPattern) == members.map { all[$0].bitPattern })
            #expect(picked.map(\.bitPattern) == members.map { all[$0].bitPattern })
        }
    }

    /// A scoring with the protocol's default `memberScores`.
    struct SubsetOfAll: WeightedScoring {
        let base: TOPSISScoring
        var alternativeCount: Int { base.alternativeCount }
        var criterionCount: Int { base.criterionCount }
        var order: Ranking.Order { base.order }
        func scores(weights: UnsafeBufferPointer<Double>, into scores: UnsafeMutableBufferPointer<Double>) {
            base.scores(weights: weights, into: scores)
        }
    }

    @Test func identicalAlternativesGetOneHalf() throws {
        let x = try DecisionMatrix(alternatives: ["a", "b"], criteria: [Criterion(id: "c", direction: .benefit)], values: [3, 3])
        #expect(try TOPSISScoring(matrix: x, normalization: .vector).scores(weights: [1]) == [0.5, 0.5])
    }
}

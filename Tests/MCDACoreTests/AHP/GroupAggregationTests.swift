import MCDACore
import Testing
import _TestSupport

@Suite struct GroupAggregationTests {
    private func dm(_ name: String, _ m: PairwiseComparisonMatrix) -> DecisionMakerJudgments { .init(name: name, comparisons: m) }

    /// A random reciprocal matrix with judgments on Saaty's scale.
    private func randomMatrix(_ elements: [String], using rng: inout TestRNG) -> PairwiseComparisonMatrix {
        let n = elements.count
        var e = [Double](repeating: 1, count: n * n)
        for i in 0..<n { for j in (i + 1)..<n {
            e[i * n + j] = SaatyScale.values.randomElement(using: &rng)!
            e[j * n + i] = 1 / e[i * n + j]
        } }
        return try! PairwiseComparisonMatrix(elements: elements, entries: e)
    }

    /// The doc-comment example: √(4 · 1) = 2; with weights 3 : 1, 4^(3/4) = 2√2. Bob lists the elements the other way round.
    @Test func aijIsTheWeightedGeometricMeanOfJudgments() throws {
        let ann = pcm(["a", "b"], ["1 4", "1/4 1"]), bob = pcm(["b", "a"], ["1 1", "1 1"])
        let r = try GroupAHP.analyze([dm("Ann", ann), dm("Bob", bob)])
        #expect(abs(try #require(r.aggregate).matrix[0, 1] - 2) < 1e-12)
        #expect(allClose(r.priorities, [2.0 / 3, 1.0 / 3], tolerance: 1e-12))
        #expect(r.weights == [0.5, 0.5] && r.aggregation == .aggregatedJudgments && r.mean == nil)
        let weighted = try GroupAHP.analyze([dm("Ann", ann), dm("Bob", bob)], weights: [3, 1])
        #expect(abs(try #require(weighted.aggregate).matrix[0, 1] - 2 * 2.0.squareRoot()) < 1e-12)
        #expect(weighted.weights == [0.75, 0.25])
    }

    @Test func aijOfIdenticalMatricesIsThatMatrix() throws {
        var rng = TestRNG(seed: 31)
        for n in [3, 5, 8] {
            let m = randomMatrix((0..<n).map { "e\($0)" }, using: &rng)
            let group = (0..<4).map { dm("dm\($0)", m) }
            let r = try GroupAHP.analyze(group, weights: [1, 2, 3, 4])
            let aggregate = try #require(r.aggregate)
            #expect(allClose(aggregate.matrix.entries, m.entries, tolerance: 1e-12 * 9))
            #expect(allClose(r.priorities, try AHP.analyze(m).priorities, tolerance: 1e-12))
        }
    }

    /// The aggregate of random reciprocal matrices is reciprocal: aᵢⱼ · aⱼᵢ = 1; the individual results
    /// are kept, in the first decision maker's element order.
    @Test func aijOfReciprocalMatricesIsReciprocal() throws {
        var rng = TestRNG(seed: 32)
        for _ in 0..<20 {
            let n = Int.random(in: 3...9, using: &rng)
            let names = (0..<n).map { "e\($0)" }
            let group = (0..<Int.random(in: 2...6, using: &rng)).map { k in
                let m = randomMatrix(names, using: &rng)
                return dm("dm\(k)", m.permuted(by: Array(0..<n).shuffled(using: &rng)))
            }
            let weights = group.map { _ in Double.random(in: 0.1...5, using: &rng) }
            let aggregate = try GroupAHP.aggregateJudgments(group, weights: weights)
            for i in 0..<n { for j in 0..<n {
                #expect(abs(aggregate.entries[i * n + j]! * aggregate.entries[j * n + i]! - 1) < 1e-12)
            } }
            let r = try GroupAHP.analyze(group, weights: weights, randomIndex: .alonsoLamata)
            #expect(r.individual.count == group.count)
            #expect(r.individual.allSatisfy { $0?.elements == r.elements })
            #expect(abs(r.priorities.reduce(0, +) - 1) < 1e-12)
        }
    }

    @Test(arguments: PriorityMean.allCases)
    func aipWithOneDecisionMakerIsThatDecisionMakersPriorities(mean: PriorityMean) throws {
        let r = try GroupAHP.analyze([dm("Saaty", drinks)], aggregation: .aggregatedPriorities, mean: mean,
                                     method: .geometricMean)
        #expect(allClose(r.priorities, try AHP.analyze(drinks, method: .geometricMean).priorities, tolerance: 1e-14))
        #expect(r.aggregate == nil && r.mean == mean)
    }

    /// AIP by hand: wᵢ = (0.8, 0.2) and (0.5, 0.5), weights 1 : 1. Geometric: √0.4 : √0.1 = 2 : 1.
    /// Arithmetic: (0.65, 0.35).
    @Test func aipMeansFollowTheirFormulas() throws {
        let group = [dm("p", pcm(["a", "b"], ["1 4", "1/4 1"])), dm("q", pcm(["a", "b"], ["1 1", "1 1"]))]
        let g = try GroupAHP.analyze(group, aggregation: .aggregatedPriorities)
        #expect(allClose(g.priorities, [2.0 / 3, 1.0 / 3], tolerance: 1e-12))
        let a = try GroupAHP.analyze(group, aggregation: .aggregatedPriorities, mean: .arithmetic)
        #expect(allClose(a.priorities, [0.65, 0.35], tolerance: 1e-12))
    }

    /// Consistent matrices aᵢⱼ(k) = wᵢ(k)/wⱼ(k): their weighted geometric mean is consistent with
    /// priorities ∝ Πₖ wᵢ(k)^λₖ, so AIJ and geometric AIP agree (Forman & Peniwati 1998).
    @Test func aijAndGeometricAipAgreeOnConsistentMatrices() throws {
        var rng = TestRNG(seed: 33)
        for _ in 0..<10 {
            let n = Int.random(in: 3...7, using: &rng)
            let group = (0..<3).map { k in
                let w = (0..<n).map { _ in Double.random(in: 0.1...10, using: &rng) }
                let e = (0..<(n * n)).map { w[$0 / n] / w[$0 % n] }
                return dm("dm\(k)", try! PairwiseComparisonMatrix(elements: (0..<n).map { "e\($0)" }, entries: e))
            }
            let weights = [1.0, 2, 5]
            let aij = try GroupAHP.analyze(group, weights: weights, randomIndex: .alonsoLamata)
            let aip = try GroupAHP.analyze(group, weights: weights, aggregation: .aggregatedPriorities, randomIndex: .alonsoLamata)
            #expect(allClose(aij.priorities, aip.priorities, tolerance: 1e-12))
            #expect(abs(try #require(aij.aggregate).consistency.consistencyRatio) < 1e-10)
        }
    }

    /// Incomplete judgments: (a, b) from dm1 (2) and dm3 (8), weights 1, 1, 2 → (2¹ · 8²)^(1/3) = 128^(1/3);
    /// (b, c) only from dm2 (3); (a, c) from nobody, completed by Harker's method.
    @Test func aijOfIncompleteMatricesUsesTheDecisionMakersWhoJudged() throws {
        func incomplete(_ ab: Double?, _ bc: Double?) throws -> IncompleteComparisons {
            try IncompleteComparisons(elements: ["a", "b", "c"], entries: [1, ab, nil, nil, 1, bc, nil, nil, 1])
        }
        let group = [DecisionMakerJudgments(name: "dm1", comparisons: try incomplete(2, nil)),
                     DecisionMakerJudgments(name: "dm2", comparisons: try incomplete(nil, 3)),
                     DecisionMakerJudgments(name: "dm3", comparisons: try incomplete(8, nil))]
        let r = try GroupAHP.analyze(group, weights: [1, 1, 2])
        let m = try #require(r.aggregate).matrix
        #expect(abs(m[0, 1] * m[0, 1] * m[0, 1] - 128) < 1e-10)
        #expect(abs(m[1, 2] - 3) < 1e-12)
        #expect(abs(m[0, 2] - m[0, 1] * m[1, 2]) < 1e-9)  // a spanning tree completes consistently
        #expect(m.diagnostics.count == 1)
        #expect(r.individual == [nil, nil, nil])
        #expect(throws: GroupAHPError.decisionMakerFailed(decisionMaker: "dm1",
                                                          .disconnectedComparisons(groups: [["a", "b"], ["c"]]))) {
            try GroupAHP.analyze(group, aggregation: .aggregatedPriorities)
        }
        let nobody = [DecisionMakerJudgments(name: "dm1", comparisons: try incomplete(2, nil))]
        #expect(throws: GroupAHPError.aggregateFailed(.disconnectedComparisons(groups: [["a", "b"], ["c"]]))) {
            try GroupAHP.analyze(nobody)
        }
    }

    @Test func invalidGroupsAreRejectedNamingTheDecisionMaker() {
        let ab = pcm(["a", "b"], ["1 2", "1/2 1"])
        #expect(throws: GroupAHPError.noDecisionMakers) { try GroupAHP.analyze([]) }
        #expect(throws: GroupAHPError.duplicateDecisionMaker("x")) { try GroupAHP.analyze([dm("x", ab), dm("x", ab)]) }
        #expect(throws: GroupAHPError.weightCount(expected: 2, found: 1)) {
            try GroupAHP.analyze([dm("x", ab), dm("y", ab)], weights: [1])
        }
        for bad in [0, -1, .nan, .infinity] {
            #expect {
                try GroupAHP.analyze([dm("x", ab), dm("y", ab)], weights: [1, bad])
            } throws: { error in
                guard case GroupAHPError.invalidWeight("y", let value) = error else { return false }
                return value == bad || (value.isNaN && bad.isNaN)
            }
        }
        #expect(throws: GroupAHPError.missingElement(decisionMaker: "y", element: "b")) {
            try GroupAHP.analyze([dm("x", ab), dm("y", pcm(["a", "c"], ["1 2", "1/2 1"]))])
        }
        #expect(throws: GroupAHPError.unexpectedElement(decisionMaker: "y", element: "c")) {
            try GroupAHP.analyze([dm("x", ab), dm("y", pcm(["a", "b", "c"], ["1 2 1", "1/2 1 1", "1 1 1"]))])
        }
        #expect(GroupAHPError.missingElement(decisionMaker: "Ann", element: "cost").description.contains("'Ann'"))
    }

    @Test func hugeWeightsAreNormalisedWithoutOverflow() throws {
        let ab = pcm(["a", "b"], ["1 2", "1/2 1"])
        let r = try GroupAHP.analyze([dm("x", ab), dm("y", ab)], weights: [.greatestFiniteMagnitude, .greatestFiniteMagnitude])
        #expect(r.weights == [0.5, 0.5])
    }
}

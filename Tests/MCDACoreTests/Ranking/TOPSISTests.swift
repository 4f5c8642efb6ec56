import MCDACore
import Testing
import _TestSupport

@Suite struct TOPSISTests {
    @Test func fighterAircraftVectorMatchesBookAndPeers() throws {
        let r = try TOPSIS().evaluate(RankingCases.fighters, weights: RankingCases.fighterWeights)
        // Reference case topsis__hwang_yoon1981_fighter_vector (pymcdm, pyrepo-mcda, scikit-criteria, pyDecision agree).
        #expect(allClose(r.closeness, [0.6432770005532701, 0.26838356771941185, 0.6135422900072309, 0.31229106558175435], tolerance: 1e-10))
        #expect(allClose(r.dPlus, [0.05455744831303299, 0.11967930762346222, 0.0579767162518354, 0.10093671059896048], tolerance: 1e-10))
        #expect(allClose(r.dMinus, [0.09838320423151972, 0.04390273119214908, 0.09204413920714918, 0.04583571818204115], tolerance: 1e-10))
        // Hwang & Yoon (1981) pp. 133–134, computed by hand with 4-decimal intermediates.
        #expect(allClose(r.closeness, [0.643, 0.268, 0.613, 0.312], tolerance: 1e-3))
        #expect(allClose(r.dPlus, [0.0545, 0.1197, 0.0580, 0.1009], tolerance: 1e-4))
        #expect(r.ranks == [1, 4, 2, 3])
        #expect(r.normalization == .vector && r.distance == .euclidean)
        #expect(r.settings.map(\.1) == ["vector", "euclidean"])
    }

    @Test func fighterAircraftMinMaxMatchesPeers() throws {
        let r = try TOPSIS(normalization: .minMax).evaluate(RankingCases.fighters, weights: RankingCases.fighterWeights)
        // Reference case topsis__hwang_yoon1981_fighter_minmax (pymcdm/pyrepo-mcda default normalisation).
        #expect(allClose(r.closeness, [0.6127481841818694, 0.3660254037844387, 0.530641941323763, 0.35168953377730144], tolerance: 1e-10))
        #expect(allClose(r.dMinus, [0.3319785393167658, 0.223606797749979, 0.2902345794544667, 0.18372715894565064], tolerance: 1e-10))
        #expect(r.ranks == [1, 3, 2, 4])
    }

    @Test func tzengHuangAndOpricovicTzengExamples() throws {
        let a = try TOPSIS().evaluate(RankingCases.tzengHuang2011, weights: [0.3, 0.4, 0.3])
        // Published similarity .5037 .6581 .7482 .3340 (Tzeng & Huang 2011); reference case topsis__tzeng_huang2011_vector.
        #expect(allClose(a.closeness, [0.5037, 0.6581, 0.7482, 0.3340], tolerance: 1e-4))
        #expect(allClose(a.closeness, [0.5037196585795188, 0.6580847719618138, 0.7482486599406238, 0.333997436943342], tolerance: 1e-10))
        let b = try TOPSIS().evaluate(RankingCases.opricovicTzeng2004, weights: [0.5, 0.5])
        // Reference case topsis__opricovic_tzeng2004_vector.
        #expect(allClose(b.closeness, [0.7621405801238009, 0.7221778332293296, 0.23785941987619905], tolerance: 1e-10))
    }

    /// Hand computation: min-max r = [[1,1],[0,0],[1,.5]], w = (.6,.4), v = [[.6,.4],[0,0],[.6,.2]],
    /// ideal (.6,.4), anti-ideal (0,0). A3: d⁺ = .2 in every norm; d⁻ = √.40, .8, .6.
    @Test(arguments: [(TOPSIS.Distance.euclidean, 0.4.squareRoot() / (0.2 + 0.4.squareRoot())),
                      (.manhattan, 0.8), (.chebyshev, 0.75)])
    func distancesByHand(distance: TOPSIS.Distance, closeness: Double) throws {
        let x = RankingCases.matrix([[10, 10], [0, 0], [10, 5]])
        let r = try TOPSIS(normalization: .minMax, distance: distance).evaluate(x, weights: [0.6, 0.4])
        #expect(abs(r.closeness[2] - closeness) < 1e-14)
        #expect(r.closeness[0] == 1 && r.closeness[1] == 0)
        #expect(allClose(r.ideal, [0.6, 0.4], tolerance: 1e-15) && r.antiIdeal == [0, 0])
    }

    @Test func identicalAlternativesGetOneHalfNotNaN() throws {
        let x = RankingCases.matrix([[3, 7], [3, 7], [3, 7]], types: [1, -1])
        for normalization in [Normalization.vector, .minMax, .max, .linear, .sum] {
            let r = try TOPSIS(normalization: normalization).evaluate(x, weights: [0.5, 0.5])
            #expect(r.closeness == [0.5, 0.5, 0.5], "\(normalization)")
            #expect(r.ranks == [2, 2, 2])
        }
    }

    /// Vector normalisation is invariant to the unit of a column: x → c·x (c > 0) leaves the closeness unchanged.
    @Test func scalingAColumnLeavesVectorClosenessUnchanged() throws {
        var rng = TestRNG(seed: 20240611)
        for _ in 0..<50 {
            let (x, w) = RankingCases.random(rows: Int.random(in: 2...30, using: &rng), columns: Int.random(in: 1...8, using: &rng), using: &rng)
            let j = Int.random(in: 0..<x.columnCount, using: &rng)
            let c = Double.random(in: 1e-3...1e3, using: &rng)
            var values = x.values
            for i in 0..<x.rowCount { values[i * x.columnCount + j] *= c }
            let scaled = try DecisionMatrix(alternatives: x.alternatives, criteria: x.criteria, values: values)
            let a = try TOPSIS().evaluate(x, weights: w), b = try TOPSIS().evaluate(scaled, weights: w)
            #expect(allClose(a.closeness, b.closeness, tolerance: 1e-12))
        }
    }

    @Test func permutingAlternativesPermutesScores() throws {
        try RankingCases.expectPermutationEquivariance(TOPSIS(), seed: 1)
        try RankingCases.expectPermutationEquivariance(TOPSIS(normalization: .minMax, distance: .manhattan), seed: 2)
    }

    @Test func targetCriteriaAreDistancesFromTheTarget() throws {
        // A target of 5 on C1 behaves as the cost criterion |x − 5|.
        let target = try DecisionMatrix(alternatives: ["A1", "A2", "A3"],
                                        criteria: [Criterion(id: "C1", direction: .target(5)), Criterion(id: "C2", direction: .benefit)],
                                        values: [4, 1, 9, 2, 5, 3])
        let cost = RankingCases.matrix([[1, 1], [4, 2], [0, 3]], types: [-1, 1])
        let a = try TOPSIS().evaluate(target, weights: [0.5, 0.5]), b = try TOPSIS().evaluate(cost, weights: [0.5, 0.5])
        #expect(allClose(a.closeness, b.closeness, tolerance: 1e-15))
    }

    @Test func badWeightsAreRejected() {
        #expect(throws: MCDAError.weightCount(expected: 6, found: 2)) {
            try TOPSIS().evaluate(RankingCases.fighters, weights: [0.5, 0.5])
        }
    }
}

/// The distances are computed in parallel pieces: bit for bit the plain serial loop.
@Suite struct TOPSISParallelTests {
    @Test func largeMatrixMatchesTheSerialLoop() throws {
        var rng = TestRNG(seed: 8)
        let m = 30_000, n = 4
        let x = try DecisionMatrix(alternatives: (0..<m).map { "a\($0)" },
                                   criteria: (0..<n).map { Criterion(id: "c\($0)", direction: $0 == 1 ? .cost : .benefit) },
                                   values: (0..<(m * n)).map { _ in Double.random(in: 1...100, using: &rng) })
        let w = [0.4, 0.3, 0.2, 0.1]
        for distance in TOPSIS.Distance.allCases {
            let result = try TOPSIS(distance: distance).evaluate(x, weights: w)
            let r = result.normalized.values
            for j in 0..<n {
                let column = (0..<m).map { w[j] * r[$0 * n + j] }
                #expect(result.ideal[j] == column.max() && result.antiIdeal[j] == column.min())
            }
            for i in stride(from: 0, to: m, by: 97) {
                let toIdeal = (0..<n).map { w[$0] * r[i * n + $0] - result.ideal[$0] }
                let toAntiIdeal = (0..<n).map { w[$0] * r[i * n + $0] - result.antiIdeal[$0] }
                func norm(_ d: [Double]) -> Double {
                    switch distance {
                    case .euclidean: return d.reduce(0) { $0 + $1 * $1 }.squareRoot()
                    case .manhattan: return d.reduce(0) { $0 + abs($1) }
                    case .chebyshev: return d.reduce(0) { max($0, abs($1)) }
                    }
                }
                let dp = norm(toIdeal), dm = norm(toAntiIdeal)
                #expect(result.dPlus[i].bitPattern == dp.bitPattern && result.dMinus[i].bitPattern == dm.bitPattern)
                #expect(result.closeness[i].bitPattern == (dm / (dp + dm)).bitPattern)
            }
        }
    }
}

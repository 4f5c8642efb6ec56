import MCDACore
import Testing
import _TestSupport

@Suite struct PROMETHEETests {
    @Test func zhao2013UsualCriterion() throws {
        let x = RankingCases.matrix([[4, 3, 2], [3, 2, 4], [5, 1, 3]])
        let r = try PROMETHEE().evaluate(x, weights: [0.5, 0.3, 0.2])
        // Zhao, Peng & Li (2013), Procedia Computer Science 17:181–188 (pymcdm's test): net flows .1 −.3 .2.
        #expect(allClose(r.phiNet, [0.1, -0.3, 0.2], tolerance: 1e-12))
        #expect(allClose(r.phiPlus, [0.55, 0.35, 0.6], tolerance: 1e-12))
        #expect(allClose(r.phiMinus, [0.45, 0.65, 0.4], tolerance: 1e-12))
        #expect(r.ranks == [2, 3, 1])
    }

    @Test func papathanasiouPloskasLinear() throws {
        let r = try PROMETHEE(.linear(q: 1, p: 2)).evaluate(RankingCases.papathanasiouPloskas2018, weights: [0.4, 0.3, 0.1, 0.2])
        // Papathanasiou & Ploskas (2018), PROMETHEE chapter (pyrepo-mcda's test): −.26 −.52 −.22 .36 .70 −.06.
        #expect(allClose(r.phiNet, [-0.26, -0.52, -0.22, 0.36, 0.70, -0.06], tolerance: 1e-12))
        #expect(allClose(r.phiPlus, [0.28, 0.14, 0.22, 0.52, 0.78, 0.26], tolerance: 1e-12))
        #expect(r.ranks == [5, 6, 4, 2, 1, 3])
    }

    @Test func ziemba2017VShapeWithPerCriterionThresholds() throws {
        // Ziemba et al. (2017), Energies 10(11):1755, offshore wind farms (pyrepo-mcda's test).
        let x = RankingCases.matrix([
            [16347, 9, 73.8, 36.7, 1.5, 3730, 2, 1, 38.8, 4, 1720524, 40012],
            [14219, 8.5, 55, 36, 2, 3240, 1, 1, 33.1, 2, 1496512, 34803],
            [8160, 9, 64.8, 28.5, 2, 1860, 2, 2, 45.8, 4, 858830, 19973],
            [8160, 8.5, 62.5, 29.5, 1.5, 1860, 1, 3, 27.3, 3, 858830, 19973]],
            types: [-1, -1, -1, -1, -1, 1, -1, -1, 1, -1, 1, 1])
        let w = [0.1999800019998, 0.04999500049995, 0.04999500049995, 0.0166983301669833, 0.0166983301669833,
                 0.1166883311668833, 0.1166883311668833, 0.04999500049995, 0.04999500049995, 0.16668333166683333,
                 0.0832916708329167, 0.0832916708329167]
        let p: [Double] = [7280, 4, 13.4, 7.4, 3, 1662, 3, 3, 13.8, 3, 766240, 17820]
        let r = try PROMETHEE(preferenceFunctions: p.map { .vShape(p: $0) }).evaluate(x, weights: w)
        #expect(allClose(r.phiNet, [-0.0445, 0.1884, -0.0954, -0.0485], tolerance: 5e-5))  // published
        // Reference case promethee_ii__ziemba2017_vshape (pymcdm, pyrepo-mcda, pyDecision agree).
        #expect(allClose(r.phiNet, [-0.044496992245306566, 0.18838474149125764, -0.0953761604913636, -0.04851158875458736], tolerance: 1e-10))
        #expect(allClose(r.phiPlus, [0.25583914225364784, 0.36157509292997475, 0.19122700014195548, 0.2183514582476179], tolerance: 1e-10))
    }

    @Test func linearAndLevelMatchPeers() throws {
        // Reference case promethee_ii__random_02_linear_3x7 (pymcdm, pyrepo-mcda, pyDecision).
        let x = RankingCases.matrix([[79.5146, 8030.4878, 587.3054, 78.14, 95.4833, 3785.209, 819.4143],
                                     [88.918, 3474.3289, 711.2541, 30.123, 27.0654, 1782.1764, 182.2985],
                                     [47.409, 5795.6054, 420.572, 15.9021, 76.8209, 3121.2216, 458.5527]],
                                    types: [-1, 1, -1, 1, 1, 1, 1])
        let w = [0.03460158014717514, 0.23323493548877494, 0.13207218071119173, 0.01236420696492075,
                 0.44719803438183847, 0.08157890148303594, 0.05895016082306319]
        let q = [6.5629, 198.5756, 43.1337, 3.651, 7.4445, 287.2156, 58.7259]
        let p = [13.5146, 2081.1846, 98.7616, 40.6737, 49.4531, 1184.3294, 241.477]
        let linear = try PROMETHEE(preferenceFunctions: zip(q, p).map { .linear(q: $0, p: $1) }).evaluate(x, weights: w)
        #expect(allClose(linear.phiPlus, [0.7188833685843208, 0.0017649770437936161, 0.5771547769467231], tolerance: 1e-10))
        #expect(allClose(linear.phiMinus, [0.08333688042918344, 0.983586297318706, 0.2308799448269481], tolerance: 1e-10))
        // Reference case promethee_ii__random_09_level_23x2 (flows depend on every alternative, so the whole matrix).
        let y = RankingCases.matrix([[68860.0461, 5137.5457], [10665.5301, 4659.2473], [11394.2439, 470.9223],
                                     [85171.7034, 6049.6499], [2069.8615, 9077.2613], [85290.495, 4814.039],
                                     [15875.9241, 1236.0156], [86842.475, 674.2699], [22982.8656, 2124.2989],
                                     [88700.4225, 8135.1828], [49572.9046, 2143.4894], [89769.4732, 3392.5659],
                                     [1649.859, 9981.7791], [37123.5424, 3121.1057], [51515.2066, 1283.3547],
                                     [98876.7826, 9664.0324], [8446.8658, 6107.0052], [59072.3286, 6882.8699],
                                     [39135.4468, 1385.5856], [72413.4248, 2471.7491], [80596.3659, 3807.9751],
                                     [98204.6937, 7429.7861], [29137.4332, 8738.3471]], types: [-1, 1])
        let level = try PROMETHEE(preferenceFunctions: [.level(q: 6978.5433, p: 34223.9108), .level(q: 253.6555, p: 2897.6706)])
            .evaluate(y, weights: [0.566860181182175, 0.43313981881782493])
        #expect(allClose(Array(level.phiNet.prefix(5)), [-0.10841689641957553, 0.3705732929981529, 0.016186168510841648,
                                                        -0.1812233341759199, 0.785610458663231], tolerance: 1e-10))
        #expect(level.phiMinus[12] == 0)
        #expect(level.ranks == [13, 5, 9, 16, 2, 19, 7, 23, 8, 11, 15, 22, 1, 10, 18, 12, 4, 6, 14, 21, 20, 17, 3])
    }

    /// Net flows sum to 0 and φ⁺, φ⁻ lie in [0, Σw], for every preference function.
    @Test(arguments: [PreferenceFunction.usual, .uShape(q: 2), .vShape(p: 5), .level(q: 1, p: 4), .linear(q: 1, p: 6), .gaussian(s: 3)])
    func flowsAreBalanced(function: PreferenceFunction) throws {
        var rng = TestRNG(seed: 20240615)
        for _ in 0..<20 {
            let (x, w) = RankingCases.random(rows: Int.random(in: 2...25, using: &rng), columns: Int.random(in: 1...6, using: &rng), using: &rng)
            let r = try PROMETHEE(function).evaluate(x, weights: w)
            #expect(abs(r.phiNet.reduce(0, +)) < 1e-12)
            #expect((r.phiPlus + r.phiMinus).allSatisfy { $0 >= 0 && $0 <= 1 + 1e-12 })
        }
    }

    @Test func permutingAlternativesPermutesScores() throws {
        try RankingCases.expectPermutationEquivariance(PROMETHEE(.vShape(p: 3)), seed: 8)
    }

    @Test func oneAlternativeHasZeroFlows() throws {
        let r = try PROMETHEE().evaluate(RankingCases.matrix([[1, 2]]), weights: [0.5, 0.5])
        #expect(r.phiPlus == [0] && r.phiMinus == [0] && r.phiNet == [0])
    }

    @Test func wrongFunctionCountOrThresholdsAreRejected() {
        let x = RankingCases.papathanasiouPloskas2018
        #expect(throws: MCDAError.self) {
            try PROMETHEE(preferenceFunctions: [.usual, .usual]).evaluate(x, weights: [0.25, 0.25, 0.25, 0.25])
        }
        #expect(throws: MCDAError.invalidParameter(name: "q of criterion 'C3'", value: "-1.0", expected: "a finite threshold ≥ 0")) {
            try PROMETHEE(preferenceFunctions: [.usual, .usual, .uShape(q: -1), .usual]).evaluate(x, weights: [0.25, 0.25, 0.25, 0.25])
        }
    }
}

import MCDACore
import Testing
import _TestSupport

@Suite struct CRITICWeightsTests {
    /// Tuş & Adalı (2019), OPSEARCH 56(2):528–538, time-and-attendance software, 5 × 6, criterion 1
    /// (price) is a cost. Reference case critic_weights__tus_adali2019: pymcdm 1.4.0 and pyrepo-mcda
    /// 0.1.15 (types ignored); the paper prints .157 .249 .168 .121 .154 .151.
    static let tusAdali: [[Double]] = [[5000, 3, 3, 4, 3, 2], [680, 5, 3, 2, 2, 1], [2000, 3, 2, 3, 4, 3],
                                       [600, 4, 3, 1, 2, 2], [800, 2, 4, 3, 3, 4]]

    @Test func tusAdali2019ReproducedWithTypesIgnored() throws {
        let x = try WeightingFixtures.matrix(Self.tusAdali, costs: [0])
        let r = try CRITICWeights().evaluate(x)
        #expect(allClose(r.weights, [0.157003432041533, 0.24948924316364143, 0.1676752491926968,
                                     0.1211002224302237, 0.1540992915859476, 0.1506325615859576], tolerance: 1e-10))
        #expect(allClose(r.weights, [0.157, 0.249, 0.168, 0.121, 0.154, 0.151], tolerance: 5e-4))
        #expect(r.orientation == .ignoreTypes && r.convention == "ignore-types")
        // Intermediate values are consistent: C = σ Σ(1 − ρ), ρ symmetric with a unit diagonal.
        let n = 6
        for j in 0..<n {
            #expect(r.correlations[j * n + j] == 1)
            for k in 0..<n { #expect(r.correlations[j * n + k] == r.correlations[k * n + j]) }
            let c = r.standardDeviations[j] * (0..<n).reduce(0) { $0 + 1 - r.correlations[j * n + $1] }
            #expect(abs(c - r.information[j]) < 1e-15)
        }
    }

    /// The orient-by-types convention (scikit-criteria 0.10, pyDecision 5.1.8) on the same data.
    @Test func tusAdali2019OrientedByTypesMatchesScikitCriteria() throws {
        let x = try WeightingFixtures.matrix(Self.tusAdali, costs: [0])
        let r = try CRITICWeights(orientation: .orientByTypes).evaluate(x)
        #expect(allClose(r.weights, [0.18406640733144122, 0.21302897851094377, 0.1422141623205031,
                                     0.15830064122283902, 0.1683822212826746, 0.13400758933159843], tolerance: 1e-10))
        #expect(r.convention == "orient-by-types")
    }

    /// Reference case critic_weights__fighter (Hwang & Yoon 1981 data), both conventions.
    @Test func fighterUnderBothConventions() throws {
        let x = try WeightingFixtures.matrix(WeightingFixtures.fighter, costs: [3])
        #expect(allClose(try CRITICWeights().evaluate(x).weights,
                         [0.16910352655626698, 0.15848412111022295, 0.1705825534734865,
                          0.15987482924283802, 0.1628420509524129, 0.1791129186647726], tolerance: 1e-10))
        #expect(allClose(try CRITICWeights(orientation: .orientByTypes).evaluate(x).weights,
                         [0.23587443831557697, 0.2088184566705272, 0.12700027279059145,
                          0.1306154747275454, 0.12092615890445788, 0.17676519859130096], tolerance: 1e-10))
    }

    /// Reference case critic_weights__random_07_3x12 (seed 20240608): three alternatives, twelve criteria.
    @Test func random3x12() throws {
        let x = try WeightingFixtures.matrix([
            [281.1102, 48310.7431, 755.1735, 81.3948, 17.8696, 88691.0747, 506.1156, 365.8373, 87005.1894, 48.3539, 3943.6641, 67317.5261],
            [645.5178, 21330.1173, 655.8482, 43.3231, 21.7495, 35168.2603, 65.4963, 712.8155, 7430.4151, 236.4599, 8596.4349, 60280.5536],
            [669.8316, 82126.769, 992.8831, 81.1867, 72.5847, 66243.2568, 261.5884, 772.1637, 44843.3635, 413.003, 1031.089, 96065.9251]])
        #expect(allClose(try CRITICWeights().evaluate(x).weights,
                         [0.10407008753344602, 0.054050345189425454, 0.05511822225448072, 0.0761340803698303,
                          0.06439995473804049, 0.08389729629456927, 0.09126662456604392, 0.09608022087554424,
                          0.08970667483737887, 0.07235514247727289, 0.15552174387587936, 0.057399606988088596],
                         tolerance: 1e-10))
    }

    /// A constant column gets weight 0 and the others keep the weights they have without it.
    @Test func constantColumnIsAsIfAbsent() throws {
        let rows = CRITICWeightsTests.tusAdali
        let withConstant = try WeightingFixtures.matrix(rows.map { $0 + [7] })
        let r = try CRITICWeights().evaluate(withConstant)
        #expect(r.weights[6] == 0)
        #expect(r.diagnostics == [.constantCriterion("C7")])
        let without = try CRITICWeights().evaluate(try WeightingFixtures.matrix(rows))
        #expect(allClose(Array(r.weights.prefix(6)), without.weights, tolerance: 1e-15))
        #expect(r.weights.allSatisfy { $0.isFinite })
    }

    @Test func degenerateProblemsStayFinite() throws {
        let constant = try WeightingFixtures.matrix([[1, 2], [1, 2], [1, 2]])
        let r = try CRITICWeights().evaluate(constant)
        #expect(r.weights == [0.5, 0.5])
        #expect(r.diagnostics.contains(.equalWeightsFallback(method: .critic)))
        // Two alternatives, columns in the same order: every ρ = 1, every C = 0.
        let parallel = try CRITICWeights().evaluate(try WeightingFixtures.matrix([[1, 10], [2, 30]]))
        #expect(parallel.weights == [0.5, 0.5])
        #expect(throws: MCDAError.tooFewAlternatives(method: "CRITIC weights", needed: 2, found: 1)) {
            try CRITICWeights().evaluate(try WeightingFixtures.matrix([[1, 2]]))
        }
    }

    /// Seeded properties: non-negative weights summing to 1; invariance under positive affine
    /// maps of a column (min-max scaling removes them); ignoring types means directions do not matter.
    @Test(arguments: [(4, 3), (30, 8), (500, 12)])
    func properties(m: Int, n: Int) throws {
        let x = try WeightingFixtures.random(rows: m, columns: n, seed: UInt64(7 * m + n))
        let w = try CRITICWeights().evaluate(x).weights
        #expect(w.allSatisfy { $0 >= 0 })
        #expect(abs(w.reduce(0, +) - 1) < 1e-12)
        var v = x.values
        for i in 0..<m { v[i * n] = 3 * v[i * n] + 17 }
        let shifted = try DecisionMatrix(alternatives: x.alternatives, criteria: x.criteria, values: v)
        #expect(allClose(try CRITICWeights().evaluate(shifted).weights, w, tolerance: 1e-12))
        let costs = try DecisionMatrix(alternatives: x.alternatives,
                                       criteria: x.criteria.map { Criterion(id: $0.id, direction: .cost) }, values: x.values)
        #expect(try CRITICWeights().evaluate(costs).weights == w)
        // Orienting every column the same way flips every sign pair twice: same weights.
        #expect(allClose(try CRITICWeights(orientation: .orientByTypes).evaluate(costs).weights, w, tolerance: 1e-12))
    }
}

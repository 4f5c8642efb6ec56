import MCDACore
import Testing
import _TestSupport

/// Column means of row-major samples.
func columnMeans(_ samples: [Double], _ n: Int) -> [Double] {
    let count = samples.count / n
    return (0..<n).map { j in (0..<count).reduce(0.0) { $0 + samples[$1 * n + j] } / Double(count) }
}

/// Every row sums to 1 and is non-negative.
func onSimplex(_ samples: [Double], _ n: Int) -> Bool {
    stride(from: 0, to: samples.count, by: n).allSatisfy { start in
        let row = samples[start..<(start + n)]
        return row.allSatisfy { $0 >= 0 } && abs(row.reduce(0, +) - 1) < 1e-12
    }
}

@Suite struct WeightSamplerTests {
    @Test(arguments: [2, 3, 6, 12])
    func uniformHasMeanOneOverNAndBetaMarginals(n: Int) throws {
        let count = 40_000
        let w = try WeightSampler.uniform(criteria: n).samples(count: count, seed: 11)
        #expect(onSimplex(w, n))
        // Each marginal is Beta(1, n − 1): mean 1/n, variance (n − 1)/(n²(n + 1)).
        let sd = (Double(n - 1) / Double(n * n * (n + 1)) / Double(count)).squareRoot()
        for mean in columnMeans(w, n) { #expect(abs(mean - 1 / Double(n)) < 4 * sd) }
        // P(w₁ > x) = (1 − x)^(n−1) at x = 1/(2n).
        let x = 1 / (2 * Double(n))
        let share = Double((0..<count).filter { w[$0 * n] > x }.count) / Double(count)
        var p = 1.0
        for _ in 0..<(n - 1) { p *= 1 - x }
        #expect(abs(share - p) < 4 * (p * (1 - p) / Double(count)).squareRoot())
    }

    /// The mean of uniform weights under a complete ranking is the rank-order centroid
    /// wₖ = (1/n) Σᵢ₌ₖⁿ 1/i (Barron & Barrett 1996, Management Science 42(11):1515–1523,
    /// doi:10.1287/mnsc.42.11.1515).
    @Test func rankedMeansAreRankOrderCentroidWeights() throws {
        let n = 4, count = 40_000
        let order = [2, 0, 3, 1]
        let w = try WeightSampler.ranked(order).samples(count: count, seed: 3)
        #expect(onSimplex(w, n))
        for s in 0..<count { for k in 0..<(n - 1) { #expect(w[s * n + order[k]] >= w[s * n + order[k + 1]]) } }
        let roc = (1...n).map { k in (k...n).reduce(0.0) { $0 + 1 / Double($1) } / Double(n) }
        let means = columnMeans(w, n)
        for k in 0..<n { #expect(abs(means[order[k]] - roc[k]) < 0.004, "rank \(k + 1)") }
    }

    /// The head of a ranking: w₃ ≥ w₁ ≥ {w₂, w₄} is the union of the two complete rankings
    /// 3 1 2 4 and 3 1 4 2, so the means are rank-order centroids (Barron & Barrett 1996) with
    /// the last two averaged: (13, 5, 25, 5)/48. A complete head is ``WeightSampler/ranked(_:)``.
    @Test func theHeadOfARankingPutsTheRestBelowItsLastCriterion() throws {
        let count = 40_000
        let w = try WeightSampler.ranked([2, 0], criteria: 4).samples(count: count, seed: 11)
        #expect(onSimplex(w, 4))
        for s in 0..<count {
            let row = Array(w[(s * 4)..<(s * 4 + 4)])
            #expect(row[2] >= row[0] && row[0] >= max(row[1], row[3]))
        }
        let centroids: [Double] = [13, 5, 25, 5].map { $0 / 48 }
        #expect(allClose(columnMeans(w, 4), centroids, tolerance: 0.004))
        let one = try WeightSampler.ranked([1], criteria: 6).samples(count: 500, seed: 2)
        for s in 0..<500 {
            let row = Array(one[(s * 6)..<(s * 6 + 6)])
            #expect(row.max() == row[1])
        }
        #expect(try WeightSampler.ranked([2, 0, 1], criteria: 3).samples(count: 100, seed: 4)
                == (try WeightSampler.ranked([2, 0, 1]).samples(count: 100, seed: 4)))
        #expect(throws: MCDAError.self) { try WeightSampler.ranked([], criteria: 3) }
        #expect(throws: MCDAError.self) { try WeightSampler.ranked([1, 1], criteria: 3) }
        #expect(throws: SensitivityError.criterionOutOfRange(criterion: 5, count: 3)) { try WeightSampler.ranked([5], criteria: 3) }
    }

    /// Partial order w₁ ≥ w₂ over three criteria: the three linear extensions are equally likely,
    /// so the means are averages of rank-order centroids (11, 5, 2)/18: (1/2, 1/6, 1/3).
    @Test func partialOrderMeansAverageTheLinearExtensions() throws {
        let dominance = [WeightDominance(heavier: 0, lighter: 1)]
        let exact = try WeightSampler.ordered(criteria: 3, dominance: dominance).samples(count: 60_000, seed: 5)
        let chain = try WeightSampler.bounded(lower: [0, 0, 0], upper: [1, 1, 1], dominance: dominance).samples(count: 30_000, seed: 5)
        for w in [exact, chain] {
            #expect(onSimplex(w, 3))
            #expect(stride(from: 0, to: w.count, by: 3).allSatisfy { w[$0] >= w[$0 + 1] - 1e-15 })
            #expect(allClose(columnMeans(w, 3), [0.5, 1.0 / 6, 1.0 / 3], tolerance: 0.006))
        }
    }

    @Test func boundedWeightsStayInsideTheirBounds() throws {
        let lower = [0.1, 0.0, 0.2, 0.05], upper = [0.4, 0.3, 0.6, 0.5]
        let w = try WeightSampler.bounded(lower: lower, upper: upper).samples(count: 5000, seed: 9)
        #expect(onSimplex(w, 4))
        for s in 0..<5000 { for j in 0..<4 { #expect(w[s * 4 + j] >= lower[j] - 1e-12 && w[s * 4 + j] <= upper[j] + 1e-12) } }
        // Symmetric bounds give symmetric means.
        let symmetric = try WeightSampler.bounded(lower: [0.1, 0.1, 0.1, 0.1], upper: [0.4, 0.4, 0.4, 0.4]).samples(count: 20_000, seed: 1)
        #expect(allClose(columnMeans(symmetric, 4), [0.25, 0.25, 0.25, 0.25], tolerance: 0.005))
    }

    /// Two criteria, 0.1 ≤ w₁ ≤ 0.4: w₁ is uniform on [0.1, 0.4] (deciles of 3 % each).
    @Test func twoCriteriaBoundsGiveAUniformInterval() throws {
        let count = 30_000
        let w = try WeightSampler.bounded(lower: [0.1, 0], upper: [0.4, 1]).samples(count: count, seed: 4)
        var bins = [Int](repeating: 0, count: 10)
        for s in 0..<count { bins[min(9, Int((w[s * 2] - 0.1) / 0.03))] += 1 }
        let sd = (0.1 * 0.9 / Double(count)).squareRoot()
        for b in bins { #expect(abs(Double(b) / Double(count) - 0.1) < 4 * sd) }
    }

    @Test func fixedWeightsStayFixed() throws {
        let w = try WeightSampler.bounded(lower: [0.3, 0, 0], upper: [0.3, 1, 1]).samples(count: 500, seed: 2)
        #expect(stride(from: 0, to: w.count, by: 3).allSatisfy { abs(w[$0] - 0.3) < 1e-12 })
        let point = try WeightSampler.bounded(lower: [0.2, 0.3, 0.5], upper: [0.9, 0.9, 0.9]).samples(count: 10, seed: 2)
        #expect(allClose(point, Array([0.2, 0.3, 0.5].map { $0 } + Array(repeating: [0.2, 0.3, 0.5], count: 9).flatMap { $0 }), tolerance: 1e-12))
    }

    @Test func emptyConstraintsThrowAClearError() {
        #expect(throws: SensitivityError.emptyWeightSet(reason: "the lower bounds sum to 1.2 > 1")) {
            try WeightSampler.bounded(lower: [0.6, 0.6], upper: [1, 1])
        }
        #expect { try WeightSampler.bounded(lower: [0, 0, 0], upper: [0.3, 0.3, 0.3]) } throws: { error in
            guard case SensitivityError.emptyWeightSet(let reason) = error else { return false }
            return reason.contains("upper bounds sum to")
        }
        // w₁ ≥ w₂ with w₁ ≤ 0.2 and w₂ ≥ 0.3 cannot hold.
        #expect { try WeightSampler.bounded(lower: [0, 0.3, 0], upper: [0.2, 1, 1], dominance: [WeightDominance(heavier: 0, lighter: 1)]) } throws: { error in
            guard case SensitivityError.emptyWeightSet(let reason) = error else { return false }
            return reason.hasPrefix("criterion 1 ")
        }
        #expect(throws: SensitivityError.invalidBounds(criterion: 1, lower: 0.5, upper: 0.4)) {
            try WeightSampler.bounded(lower: [0, 0.5], upper: [1, 0.4])
        }
        #expect(throws: SensitivityError.contradictoryOrdering(cycle: [0, 1, 2])) {
            try WeightSampler.ordered(criteria: 3, dominance: [WeightDominance(heavier: 0, lighter: 1), WeightDominance(heavier: 1, lighter: 2),
                                                               WeightDominance(heavier: 2, lighter: 0)])
        }
        #expect(throws: SensitivityError.criterionOutOfRange(criterion: 3, count: 3)) { try WeightSampler.ranked([0, 1, 3]) }
    }

    @Test func aroundStaysWithinTheRelativeSpread() throws {
        let base = [0.5, 0.3, 0.2]
        let w = try WeightSampler.around(base, relativeSpread: 0.2).samples(count: 5000, seed: 8)
        #expect(onSimplex(w, 3))
        for s in 0..<5000 { for j in 0..<3 { #expect(abs(w[s * 3 + j] - base[j]) <= 0.2 * base[j] + 1e-12) } }
    }

    /// Dirichlet(κw): mean w and variance wⱼ(1 − wⱼ)/(κ + 1); zero weights stay zero.
    @Test func dirichletHasTheRequestedMeanAndSpread() throws {
        let base = [0.5, 0.3, 0.2, 0], kappa = 20.0, count = 40_000
        let w = try WeightSampler.dirichlet(around: base, concentration: kappa).samples(count: count, seed: 6)
        #expect(onSimplex(w, 4))
        let means = columnMeans(w, 4)
        for j in 0..<3 {
            let variance = base[j] * (1 - base[j]) / (kappa + 1)
            #expect(abs(means[j] - base[j]) < 4 * (variance / Double(count)).squareRoot())
            let observed = (0..<count).reduce(0.0) { $0 + (w[$1 * 4 + j] - means[j]) * (w[$1 * 4 + j] - means[j]) } / Double(count)
            #expect(abs(observed / variance - 1) < 0.05)
        }
        #expect(means[3] == 0)
    }

    /// κ·wⱼ below 10⁻³⁰⁰ used to give NaN weights (every gamma logarithm −∞); it is now an error
    /// naming the criterion. At the minimum the Dirichlet is a point mass on criterion j with
    /// probability wⱼ (the limit of Dirichlet(κw) as κ → 0: ln Γ(α) ≈ −E/α, an exponential race).
    @Test func tinyDirichletShapesAreRejectedAndTheMinimumPicksAVertex() throws {
        #expect(throws: MCDAError.self) { try WeightSampler.dirichlet(around: [0.2, 0.1, 0.1, 0.1, 0.2, 0.3], concentration: Double.leastNonzeroMagnitude) }
        do {
            _ = try WeightSampler.dirichlet(around: [0.5, 1e-200], concentration: 1e-101)
            Issue.record("expected an error")
        } catch let error as MCDAError {
            #expect("\(error)".contains("criterion 2") && "\(error)".contains("1e-300"), "\(error)")
        }
        let count = 20_000
        let w = try WeightSampler.dirichlet(around: [0.5, 0.3, 0.2], concentration: 1e-300 / 0.2).samples(count: count, seed: 3)
        #expect(w.allSatisfy { $0 == 0 || $0 == 1 })
        let shares = columnMeans(w, 3)
        for (j, p) in [0.5, 0.3, 0.2].enumerated() { #expect(abs(shares[j] - p) < 5 * (p * (1 - p) / Double(count)).squareRoot()) }
    }

    @Test func samplesAreReproducibleAndSeedDependent() throws {
        for sampler in [try WeightSampler.uniform(criteria: 4), try .bounded(lower: [0.1, 0, 0, 0], upper: [0.5, 1, 1, 1]),
                        try .dirichlet(around: [1, 2, 3, 4], concentration: 5), try .ranked([3, 2, 1, 0])] {
            let a = try sampler.samples(count: 3000, seed: 1)
            #expect(a == (try sampler.samples(count: 3000, seed: 1)))
            #expect(a != (try sampler.samples(count: 3000, seed: 2)))
            // A prefix of a longer run is the shorter run (blocks are independent of the count).
            #expect(Array(a.prefix(400 * 4)) == (try sampler.samples(count: 400, seed: 1)))
        }
    }
}

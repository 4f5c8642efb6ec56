@testable import MCDACore
import Testing

@Suite struct HitAndRunWorkTests {
    /// Equal weights ±50 % on 40 criteria: every weight is free, so d = 39 and the default thinning
    /// is ⌈ln 40 · 39³/4⌉ = ⌈54,705.16⌉ = 54,706 (by hand from the R hitandrun `thin.fn`), the
    /// burn-in 10 × that per block.
    static let forty = Array(repeating: 1.0, count: 40)

    @Test func manyCriteriaAreRejectedBeforeAnySampleWithTheNumbers() throws {
        let sampler = try WeightSampler.around(Self.forty, relativeSpread: 0.5)
        let work = try #require(sampler.work(samples: 10_000))
        #expect(work.dimension == 39 && work.thinning == 54_706 && work.burnIn == 547_060 && work.blocks == 10)
        #expect(work.steps == 10 * 547_060 + 10_000 * 54_706)
        #expect(work.exceedsBudget)
        #expect(throws: SensitivityError.hitAndRunTooLong(work)) { try sampler.checkWork(samples: 10_000) }
        let text = SensitivityError.hitAndRunTooLong(work).description
        for part in ["552,530,600 steps", "10,000 samples × 54,706 steps each", "d = 39", "minutes on one core",
                     "fewer samples", "fewer criteria", "explicit thinning"] {
            #expect(text.contains(part), "\(text)")
        }
        // The same error from SMAA (it used to sample for about 17 minutes) and from the samples.
        let scoring = WeightedSumScoring(normalized: try Normalization.linear.apply(
            to: DecisionMatrix(alternatives: ["a", "b"], criteria: (0..<40).map { Criterion(id: "c\($0)", direction: .benefit) },
                               values: (0..<80).map { Double($0 % 7 + 1) })))
        #expect(throws: SensitivityError.hitAndRunTooLong(work)) {
            try SMAA.analyze(scoring, weights: sampler, options: SMAAOptions(samples: 10_000))
        }
        #expect(throws: SensitivityError.hitAndRunTooLong(work)) { try sampler.samples(count: 10_000, seed: 1) }
    }

    /// An explicit thinning enters the estimate (and the default burn-in of 10 × thinning per block).
    @Test func anExplicitThinningLowersTheEstimate() throws {
        let sampler = try WeightSampler.around(Self.forty, relativeSpread: 0.5, hitAndRun: HitAndRunSettings(thinning: 200))
        let work = try #require(sampler.work(samples: 10_000))
        #expect(work.thinning == 200 && work.burnIn == 2000 && work.explicitThinning)
        #expect(!work.exceedsBudget)
        try sampler.checkWork(samples: 10_000)
        // A huge explicit thinning is rejected too, and the advice names it as given.
        let slow = try WeightSampler.around([1, 1, 1], relativeSpread: 0.5, hitAndRun: HitAndRunSettings(thinning: 1 << 40))
        #expect(throws: SensitivityError.self) { try slow.checkWork(samples: 1) }
        #expect(slow.work(samples: 1)!.advice.contains("the thinning given"))
    }

    /// The suggested sample count and thinning fit the budget, one more does not (a property of
    /// the estimate, checked over dimensions, pair counts and sample counts).
    @Test(arguments: [(5, 0, 1_000_000), (39, 0, 10_000), (60, 59, 3000), (150, 10, 100_000_000)])
    func suggestionsFitTheBudget(dimension: Int, pairs: Int, samples: Int) {
        let base = HitAndRunSettings().resolved(dimension: dimension)
        let work = HitAndRunWork(samples: samples, burnIn: base.burnIn, thinning: base.thinning, dimension: dimension,
                                 pairs: pairs, explicitThinning: false)
        func with(samples s: Int, thinning k: Int?) -> HitAndRunWork {
            let r = HitAndRunSettings(thinning: k ?? base.thinning).resolved(dimension: dimension)
            return HitAndRunWork(samples: s, burnIn: r.burnIn, thinning: r.thinning, dimension: dimension, pairs: pairs,
                                 explicitThinning: k != nil)
        }
        let n = work.samplesWithinBudget
        #expect(!with(samples: n, thinning: nil).exceedsBudget)
        #expect(with(samples: n + 1, thinning: nil).exceedsBudget)
        let k = work.thinningWithinBudget
        if k > 0 {
            #expect(!with(samples: samples, thinning: k).exceedsBudget)
            #expect(with(samples: samples, thinning: k + 1).exceedsBudget)
        }
    }

    /// A few criteria stay far below the budget; exact samplers have no chain at all.
    @Test func smallProblemsAndExactSamplersPass() throws {
        #expect(try WeightSampler.around([0.5, 0.3, 0.2], relativeSpread: 0.2).work(samples: 1_000_000)?.exceedsBudget == false)
        #expect(try WeightSampler.uniform(criteria: 200).work(samples: 100_000_000) == nil)
        #expect(try WeightSampler.dirichlet(around: Self.forty, concentration: 40).work(samples: 10_000) == nil)
        #expect(try WeightSampler.ranked(Array(0..<40)).work(samples: 10_000) == nil)
    }
}

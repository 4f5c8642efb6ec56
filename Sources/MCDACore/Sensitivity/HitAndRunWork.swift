/// The work of a hit-and-run weight sample, estimated before any step is taken, so that a
/// simulation that would run for many minutes fails at once with advice instead of hanging.
///
/// Steps: every block of ``SMAA/blockSize`` samples starts a fresh chain, so N samples in
/// B = ⌈N / 1024⌉ blocks take B·burn-in + N·thinning steps. Cost of one step (one normal draw per
/// free weight, one bound per free weight and per order pair, one uniform):
///
///     t(step) ≈ 50 ns + 45 ns · (free weights) + 15 ns · (order pairs)
///
/// Calibration: a release build (`swiftc -O -wmo`) of `ConstrainedSimplex.step` alone on the
/// development machine (2 shared cores, load about 3), timed over 10⁵–10⁷ steps: 166 ns at 3 free
/// weights, 460 ns at 10, 800 ns at 20, 1,770 ns at 40, 3,160 ns at 80, 7,390 ns at 160; chains
/// of n − 1 and 2n pairs added 10–20 ns per pair. This matches the 0.1 s per sample of the
/// 40-criterion default (59,412 steps) seen from the CLI. Debug builds are several times slower;
/// the estimate is for the optimised binary and for one core (blocks run in parallel, but the
/// verdict must not depend on the thread count).
///
/// The budget is ``budgetSeconds`` (two minutes). With the default thinning ⌈ln(d + 1)·d³/4⌉ and
/// every weight free, the largest problems within it are 24 criteria at 10,000 samples (≈ 110 s)
/// and 41 criteria at 1,000 samples (≈ 114 s).
///
/// Example:
/// ```swift
/// let sampler = try WeightSampler.around(Array(repeating: 1, count: 40), relativeSpread: 0.5)
/// try sampler.checkWork(samples: 10_000)   // throws SensitivityError.hitAndRunTooLong (≈ 17 min)
/// ```
public struct HitAndRunWork: Sendable, Equatable {
    /// N.
    public let samples: Int
    /// Steps before the first sample of each block.
    public let burnIn: Int
    /// Steps per sample.
    public let thinning: Int
    /// d, the dimension of the walk (free weights − 1).
    public let dimension: Int
    /// Order pairs checked in every step.
    public let pairs: Int
    /// Whether `thinning` was given rather than the default.
    public let explicitThinning: Bool

    /// Two minutes of one core.
    public static let budgetSeconds = 120.0

    /// Blocks of ``SMAA/blockSize`` samples, each with its own chain and burn-in.
    public var blocks: Int { (samples + SMAA.blockSize - 1) / SMAA.blockSize }

    /// B·burn-in + N·thinning (a Double: user settings may exceed Int).
    public var steps: Double { Double(blocks) * Double(burnIn) + Double(samples) * Double(thinning) }

    /// Estimated seconds of one step (see the calibration above).
    public var secondsPerStep: Double { (50 + 45 * Double(dimension + 1) + 15 * Double(pairs)) * 1e-9 }

    /// Estimated seconds for all samples on one core.
    public var seconds: Double { steps * secondsPerStep }

    /// True when ``seconds`` exceeds ``budgetSeconds``.
    public var exceedsBudget: Bool { seconds > Self.budgetSeconds }

    /// The most samples that fit the budget at this thinning and burn-in (0 when none does).
    public var samplesWithinBudget: Int {
        let budget = Self.budgetSeconds / secondsPerStep, size = Double(SMAA.blockSize)
        // The estimate with burn-in spread over the samples bounds the answer from above; at most
        // a block or two below it the answer needs exactly b blocks.
        var b = min(1e12, (budget / (Double(thinning) + Double(burnIn) / size) / size).rounded(.up))
        while b >= 1 {
            let n = min(b * size, ((budget - b * Double(burnIn)) / Double(thinning)).rounded(.down))
            if n > (b - 1) * size { return Int(n) }
            b -= 1
        }
        return 0
    }

    /// The largest thinning K that fits the budget for these samples with the default burn-in
    /// max(100, 10K) per block (0 when not even K = 1 fits).
    public var thinningWithinBudget: Int {
        let budget = Self.budgetSeconds / secondsPerStep, n = Double(samples), b = Double(blocks)
        let large = (budget / (n + 10 * b)).rounded(.down)           // K ≥ 10: burn-in 10K
        if large >= 10 { return Int(min(large, 1e15)) }
        let small = ((budget - 100 * b) / n).rounded(.down)           // K ≤ 10: burn-in 100
        return small >= 1 ? Int(min(small, 10)) : 0
    }

    /// The estimate in words: "about 17 minutes".
    var durationText: String {
        let s = seconds
        if s < 120 { return "about \(Int(s.rounded())) seconds" }
        if s < 7200 { return "about \(Int((s / 60).rounded())) minutes" }
        if s < 172_800 { return "about \(Int((s / 3600).rounded())) hours" }
        return s < 3.15e9 ? "about \(Int((s / 86_400).rounded())) days" : "centuries"
    }

    /// What went wrong and what to do, for ``SensitivityError/hitAndRunTooLong(_:)``.
    var advice: String {
        let count = { (x: Double) in MessageNumbers.grouped(Int(min(x, 9e18))) }
        let thinningSource = explicitThinning ? "the thinning given"
            : "the default thinning ⌈ln(d + 1)·d³/4⌉ for d = \(dimension)"
        var text = "hit-and-run would need \(count(steps)) steps (\(count(Double(samples))) samples × \(count(Double(thinning))) steps each, "
            + "\(thinningSource), plus a burn-in of \(count(Double(burnIn))) per block of \(SMAA.blockSize)), "
            + "\(durationText) on one core, more than the budget of \(Int(Self.budgetSeconds / 60)) minutes. "
            + "Use fewer samples (at most \(count(Double(samplesWithinBudget))) at this thinning), fewer criteria, "
        let k = thinningWithinBudget
        text += k > 0 ? "or an explicit thinning of at most \(count(Double(k))) steps per sample (a shorter walk between samples leaves them more correlated)"
            : "or fewer samples with an explicit thinning"
        return text
    }
}

extension WeightSampler {
    /// The hit-and-run work of `samples` samples, or nil for the exact samplers (no chain).
    public func work(samples: Int) -> HitAndRunWork? {
        guard case .hitAndRun(let polytope, let burnIn, let thinning) = kind else { return nil }
        return HitAndRunWork(samples: max(samples, 0), burnIn: burnIn, thinning: thinning,
                             dimension: polytope.dimension, pairs: polytope.pairs.count,
                             explicitThinning: explicitThinning)
    }

    /// Throws when drawing `samples` samples would exceed the time budget.
    /// - Throws: ``SensitivityError/hitAndRunTooLong(_:)`` with the steps, the time and the way out.
    public func checkWork(samples: Int) throws {
        if let work = work(samples: samples), work.exceedsBudget { throw SensitivityError.hitAndRunTooLong(work) }
    }
}

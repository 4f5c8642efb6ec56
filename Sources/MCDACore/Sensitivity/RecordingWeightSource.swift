import Synchronization

/// A ``WeightSource`` that keeps a copy of every weight vector its streams hand out, so that one
/// SMAA simulation also yields the distribution of its weights instead of drawing them a second
/// time (for AHP judgments every draw is an eigen-solve).
///
/// Vectors land in the order the workers produce them, which depends on the thread count; their
/// summary does not, because ``WeightDistribution`` depends only on the multiset of samples.
/// Memory: N·n doubles for N samples of n weights (7.2 MB for 100,000 × 9, 120 MB for 10⁶ × 15),
/// the same as the separate pass it replaces.
struct RecordingWeightSource<Base: WeightSource>: WeightSource {
    /// The next free slot, shared by all streams.
    final class Cursor: Sendable {
        let next = Atomic<Int>(0)
    }

    let base: Base
    /// Room for `capacity` vectors of `base.criterionCount` weights.
    let buffer: SharedBuffer
    let capacity: Int
    let cursor = Cursor()

    var criterionCount: Int { base.criterionCount }

    func makeStream() throws -> Stream { Stream(base: try base.makeStream(), source: self) }

    func checkWork(samples: Int) throws { try base.checkWork(samples: samples) }

    /// How many vectors have been recorded.
    var count: Int { cursor.next.load(ordering: .acquiring) }

    struct Stream: WeightStreaming {
        var base: Base.Stream
        let source: RecordingWeightSource

        mutating func next(into weights: UnsafeMutableBufferPointer<Double>, using rng: inout Xoshiro256StarStar) throws {
            try base.next(into: weights, using: &rng)
            let slot = source.cursor.next.wrappingAdd(1, ordering: .relaxed).oldValue
            precondition(slot < source.capacity, "more weight vectors than samples were drawn")
            (source.buffer.base + slot * weights.count).update(from: weights.baseAddress!, count: weights.count)
        }
    }
}

extension SMAA {
    /// ``simulate(weights:plan:options:weightModel:progress:)`` that also summarises the weight
    /// vectors it drew. With exact data (`plan` fixed) the summary is bit-for-bit the one of a
    /// separate pass over the same seed, because the weights come from the same streams.
    /// - Parameter criteria: names of the weights, for the ``WeightDistribution``.
    static func simulateRecordingWeights<Source: WeightSource>(
        weights: Source, plan: ScoringPlan, options: SMAAOptions, weightModel: String, criteria: [String],
        progress: (@Sendable (Double) -> Void)?
    ) throws -> (result: SMAAResult, weights: WeightDistribution) {
        try options.validate(alternatives: plan.base.alternativeCount)
        let samples = options.samples, n = weights.criterionCount
        precondition(criteria.count == n, "one name per weight")
        var values = [Double](repeating: 0, count: samples * n)
        let result = try values.withUnsafeMutableBufferPointer { buffer in
            let source = RecordingWeightSource(base: weights, buffer: SharedBuffer(base: buffer.baseAddress!), capacity: samples)
            let result = try simulate(weights: source, plan: plan, options: options, weightModel: weightModel, progress: progress)
            precondition(source.count == samples, "every sample draws one weight vector")
            return result
        }
        return (result, WeightDistribution(samples: values, criteria: criteria))
    }
}

/// The summary of one coefficient over the problems of a benchmark cell: mean, standard deviation,
/// quartiles and extremes.
///
/// The standard deviation uses the N − 1 denominator (0 when N = 1). Quartiles interpolate
/// linearly between order statistics (Hyndman & Fan 1996, definition 7, NumPy's default; see
/// ``WeightDistribution/percentile(_:_:)``). The values are sorted first and every sum runs over
/// the sorted values, so the summary depends only on the multiset of values, never on the order in
/// which threads produced them. With no values (every problem failed for a method of the pair)
/// every statistic is NaN, which JSON writes as null.
///
/// Complexity: O(N log N).
///
/// Example: `SampleSummary([1, 0.5, 0.75, 0.25])` has mean 0.625, median 0.625, q1 0.4375, q3 0.8125.
public struct SampleSummary: Sendable, Equatable {
    /// N, the number of values.
    public let count: Int
    public let mean: Double
    /// Sample standard deviation (N − 1 denominator).
    public let sd: Double
    /// First quartile (25th percentile).
    public let q1: Double
    public let median: Double
    /// Third quartile (75th percentile).
    public let q3: Double
    public let min: Double
    public let max: Double

    /// Summarises `values` (finite numbers, any order).
    public init(_ values: [Double]) {
        let sorted = values.sorted()
        count = sorted.count
        guard let first = sorted.first, let last = sorted.last else {
            (mean, sd, q1, median, q3, min, max) = (.nan, .nan, .nan, .nan, .nan, .nan, .nan)
            return
        }
        var sum = 0.0
        for x in sorted { sum += x }
        let mu = sum / Double(count)
        var squares = 0.0
        for x in sorted { squares += (x - mu) * (x - mu) }
        mean = mu
        sd = count > 1 ? (squares / Double(count - 1)).squareRoot() : 0
        q1 = WeightDistribution.percentile(sorted, 0.25)
        median = WeightDistribution.percentile(sorted, 0.5)
        q3 = WeightDistribution.percentile(sorted, 0.75)
        min = first
        max = last
    }

    /// The standard error of the mean, sd/√N (NaN without values).
    public var standardError: Double { sd / Double(count).squareRoot() }
}

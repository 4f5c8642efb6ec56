/// Per-criterion summary of a sample of weight vectors: mean, standard deviation and the 5th,
/// 50th and 95th percentiles.
///
/// The standard deviation uses the N − 1 denominator. Percentiles interpolate linearly between
/// order statistics: for probability p, h = (N − 1)·p and the value is x₍⌊h⌋₎ + (h − ⌊h⌋)·(x₍⌊h⌋+1₎ − x₍⌊h⌋₎)
/// (Hyndman & Fan 1996, definition 7, doi:10.1080/00031305.1996.10473566; NumPy's default).
/// Each column is sorted first and every sum runs over the sorted values, so the summary depends
/// only on the multiset of samples, not on their order: a simulation may store its samples in
/// whatever order its threads finish and still get the same bits.
///
/// Complexity: O(n·N) (a radix sort, `ValueSort`), the n columns on all cores.
public struct WeightDistribution: Sendable, Equatable {
    /// Criterion (element) names, in column order.
    public let criteria: [String]
    /// N, the number of samples.
    public let sampleCount: Int
    /// Mean weight per criterion.
    public let mean: [Double]
    /// Sample standard deviation per criterion (0 when N = 1).
    public let standardDeviation: [Double]
    /// 5th percentile per criterion.
    public let percentile5: [Double]
    /// Median per criterion.
    public let median: [Double]
    /// 95th percentile per criterion.
    public let percentile95: [Double]

    /// Summarises `samples`, row-major N × n with n = `criteria.count` (N ≥ 1).
    public init(samples: [Double], criteria: [String]) {
        let n = criteria.count
        precondition(n > 0 && samples.count % n == 0 && samples.count >= n, "need at least one sample of \(n) weights")
        let count = samples.count / n
        self.criteria = criteria
        sampleCount = count
        // Columns are independent: summarised concurrently, each into its own slots.
        var summary = [Double](repeating: 0, count: 5 * n)  // mean, sd, p5, p50, p95 of column j at 5j …
        summary.withUnsafeMutableBufferPointer { out in
            ParallelLoop.forEach(n) { j in
                var column = (0..<count).map { samples[$0 * n + j] }
                ValueSort.sort(&column)
                var sum = 0.0
                for x in column { sum += x }
                let mu = sum / Double(count)
                var squares = 0.0
                for x in column { squares += (x - mu) * (x - mu) }
                out[5 * j] = mu
                out[5 * j + 1] = count > 1 ? (squares / Double(count - 1)).squareRoot() : 0
                out[5 * j + 2] = Self.percentile(column, 0.05)
                out[5 * j + 3] = Self.percentile(column, 0.5)
                out[5 * j + 4] = Self.percentile(column, 0.95)
            }
        }
        let mean = (0..<n).map { summary[5 * $0] }, sd = (0..<n).map { summary[5 * $0 + 1] }
        let p5 = (0..<n).map { summary[5 * $0 + 2] }, p50 = (0..<n).map { summary[5 * $0 + 3] }
        let p95 = (0..<n).map { summary[5 * $0 + 4] }
        self.mean = mean
        standardDeviation = sd
        percentile5 = p5
        median = p50
        percentile95 = p95
    }

    /// The p-quantile (0 ≤ p ≤ 1) of sorted values by linear interpolation (definition 7).
    public static func percentile(_ sorted: [Double], _ p: Double) -> Double {
        precondition(!sorted.isEmpty && p >= 0 && p <= 1)
        let h = Double(sorted.count - 1) * p
        let lo = Int(h.rounded(.down)), hi = min(lo + 1, sorted.count - 1)
        return sorted[lo] + (h - Double(lo)) * (sorted[hi] - sorted[lo])
    }
}

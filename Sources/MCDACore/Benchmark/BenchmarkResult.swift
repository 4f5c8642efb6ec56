/// The outcome of a ``Benchmark``: one ``BenchmarkCell`` per cell of the design, in the order of
/// ``BenchmarkDesign/cells``. For a given design every number except ``BenchmarkCell/seconds`` is
/// the same bit for bit whatever the thread count.
public struct BenchmarkResult: Sendable {
    /// The design that was run.
    public let design: BenchmarkDesign
    /// One per cell (m, n), alternatives outer, criteria inner.
    public let cells: [BenchmarkCell]

    /// The contenders' labels, in design order.
    public var labels: [String] { design.methods.map(\.label) }
}

/// The results of one cell (m alternatives × n criteria): a ``BenchmarkPair`` per pair of methods,
/// failures and time per method.
public struct BenchmarkCell: Sendable {
    /// m.
    public let alternatives: Int
    /// n.
    public let criteria: Int
    /// Problems drawn.
    public let problems: Int
    /// Every unordered pair of methods, a before b in design order.
    public let pairs: [BenchmarkPair]
    /// Per method (design order): the problems on which it failed (threw). A failed problem counts
    /// here and is left out of the pairs with that method; it is never scored as a tie.
    public let failures: [Int]
    /// Per method: the first problem (0-based, in problem order) on which it failed and why.
    public let firstFailures: [BenchmarkFailure?]
    /// Per method: seconds spent in it over the cell's problems, summed over threads. The only
    /// number that changes from run to run.
    public let seconds: [Double]
}

/// Where a method first failed in a cell.
public struct BenchmarkFailure: Sendable, Equatable {
    /// The problem's position in its cell, from 0.
    public let problem: Int
    /// The method's error.
    public let reason: String
}

/// How far two methods a and b agree over the problems of a cell on which both ran.
///
/// Per problem, with x = a's ranks and y = b's (1 = best, ties averaged):
/// - Spearman r_s, the Pearson correlation of x and y (``RankCorrelation/spearman(_:_:)``);
/// - weighted Spearman r_w = 1 − 6 Σ (xᵢ − yᵢ)² ((N − xᵢ + 1) + (N − yᵢ + 1)) / (N⁴ + N³ − N² − N)
///   (``RankCorrelation/weightedSpearman(_:_:)``);
/// - WS = 1 − Σ 2^(−xᵢ) |xᵢ − yᵢ| / max(|xᵢ − 1|, |xᵢ − N|), a's ranking the reference
///   (``RankCorrelation/wsSimilarity(reference:ranking:)``);
/// - same winner: the alternatives a ranks first are those b ranks first.
///
/// r_w and WS: Sałabun & Urbaniak (2020), "A new coefficient of rankings similarity in
/// decision-making problems", ICCS 2020, LNCS 12138:632–645, doi:10.1007/978-3-030-50417-5_47.
public struct BenchmarkPair: Sendable {
    /// Position of method a in the design.
    public let a: Int
    /// Position of method b (> a).
    public let b: Int
    /// Problems on which both ran (the N of the summaries).
    public let problems: Int
    public let spearman: SampleSummary
    public let weightedSpearman: SampleSummary
    /// WS with a's ranking as the reference.
    public let ws: SampleSummary
    /// The share of those problems on which both rank the same alternatives first (NaN without problems).
    public let sameWinner: Double
    /// r_w per problem on which both ran, in problem order (for box plots).
    public let weightedSpearmanValues: [Double]
    /// WS per problem on which both ran, in problem order.
    public let wsValues: [Double]
}

/// How SMAA credits alternatives whose scores are exactly equal in a sample.
///
/// - ``split``: a group of g tied alternatives spanning ranks r … r+g−1 gives each member 1/g of
///   each of those ranks (exact for g ≤ 16, within 1/720720 otherwise). Every row and column of
///   the acceptability matrix then sums to 1. The default.
/// - ``bestRank``: every member gets the best rank of the group ("1224" competition ranking);
///   columns below a tie no longer sum to 1.
///
/// Central weights and confidence factors use the same shares. Ties have probability zero unless
/// alternatives are identical on the criteria that matter or a scoring saturates.
public enum SMAATieRule: String, Sendable, CaseIterable {
    case split
    case bestRank = "best-rank"
}

/// Meta-weights α₁ = 1 ≥ α₂ ≥ … ≥ αₘ ≥ 0 of the holistic acceptability index aᵢʰ = Σᵣ αᵣ bᵢʳ
/// (Lahdelma & Salminen 2001, section 4):
/// - ``linear``: αᵣ = (m − r)/(m − 1), the default;
/// - ``inverse``: αᵣ = 1/r;
/// - ``centroid``: αᵣ = Σₖ₌ᵣᵐ 1/k ÷ Σₖ₌₁ᵐ 1/k.
public enum SMAAMetaWeights: String, Sendable, CaseIterable {
    case linear
    case inverse
    case centroid

    /// α₁ … αₘ.
    public func values(alternatives m: Int) -> [Double] {
        switch self {
        case .linear:
            return m == 1 ? [1] : (1...m).map { Double(m - $0) / Double(m - 1) }
        case .inverse:
            return (1...m).map { 1 / Double($0) }
        case .centroid:
            var tail = [Double](repeating: 0, count: m + 1)
            for k in stride(from: m, through: 1, by: -1) { tail[k - 1] = tail[k] + 1 / Double(k) }
            return (0..<m).map { tail[$0] / tail[0] }
        }
    }
}

/// Settings of an SMAA simulation.
///
/// Results depend on `seed`, `samples` and the weight and data models, never on `threads`.
public struct SMAAOptions: Sendable {
    /// Monte-Carlo samples, 1 … 100,000,000 (default 10,000). The standard error of an
    /// acceptability b is √(b(1 − b)/samples): about 0.005 at 10,000 samples.
    public var samples: Int
    /// The seed of all random streams.
    public var seed: UInt64
    /// Worker threads, ≥ 1 (default 1).
    public var threads: Int
    /// The tie rule (default ``SMAATieRule/split``).
    public var ties: SMAATieRule
    /// Count only ranks 1 … K (nil: all m). Lowers memory from m² to m·K counters for large m.
    public var rankLimit: Int?
    /// Meta-weights of the holistic acceptability index (computed only when all ranks are counted).
    public var metaWeights: SMAAMetaWeights
    /// Samples of the data model used for confidence factors (nil: `samples`); ignored for exact data.
    public var confidenceSamples: Int?

    public init(samples: Int = 10_000, seed: UInt64 = 0, threads: Int = 1, ties: SMAATieRule = .split,
                rankLimit: Int? = nil, metaWeights: SMAAMetaWeights = .linear, confidenceSamples: Int? = nil) {
        self.samples = samples
        self.seed = seed
        self.threads = threads
        self.ties = ties
        self.rankLimit = rankLimit
        self.metaWeights = metaWeights
        self.confidenceSamples = confidenceSamples
    }

    /// Largest accepted sample count (central-weight sums are 64-bit fixed point).
    public static let maximumSamples = 100_000_000

    /// Largest accepted m × K (alternatives × counted ranks): each worker thread keeps m·K 64-bit
    /// credits and 32-bit counts, 1.2 GB at this bound.
    public static let maximumCounters = 100_000_000

    func validate(alternatives m: Int) throws {
        guard samples >= 1 && samples <= Self.maximumSamples else {
            throw MCDAError.invalidParameter(name: "samples", value: "\(samples)", expected: "1 … \(Self.maximumSamples)")
        }
        guard threads >= 1 && threads <= 1024 else {
            throw MCDAError.invalidParameter(name: "threads", value: "\(threads)", expected: "1 … 1024")
        }
        if let k = rankLimit, !(k >= 1 && k <= m) {
            throw MCDAError.invalidParameter(name: "rank limit", value: "\(k)", expected: "1 … \(m) (the number of alternatives)")
        }
        let k = rankLimit ?? m
        guard m.multipliedReportingOverflow(by: k).partialValue <= Self.maximumCounters && m <= Self.maximumCounters else {
            throw MCDAError.invalidParameter(
                name: "rank limit", value: rankLimit.map { "\($0)" } ?? "all \(m) ranks",
                expected: "at most \(Self.maximumCounters / m) ranks for \(m) alternatives (m × K ≤ \(Self.maximumCounters) counters per thread); count only the first ranks")
        }
        if let c = confidenceSamples, !(c >= 1 && c <= Self.maximumSamples) {
            throw MCDAError.invalidParameter(name: "confidence samples", value: "\(c)", expected: "1 … \(Self.maximumSamples)")
        }
    }
}

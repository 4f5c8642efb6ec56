/// A simulation study of how far ranking methods agree (Sałabun, Wątróbski & Shekhovtsov 2020,
/// "Are MCDA methods benchmarkable? A comparative study of TOPSIS, VIKOR, COPRAS, and PROMETHEE II
/// methods", Symmetry 12(9) 1549, doi:10.3390/sym12091549): which problems are drawn, how many,
/// which methods rank them, and the seed.
///
/// Problems come from ``BenchmarkDesign/Source``: random problems for every cell (m, n) of the grid
/// ``alternatives`` × ``criteria`` (see ``BenchmarkModel``), or perturbations of one real problem.
///
/// Example:
/// ```swift
/// let methods = try ["topsis", "vikor"].map { BenchmarkMethod(try MethodCatalogue.standard.specification(named: $0)) }
/// let design = try BenchmarkDesign(alternatives: [5, 10], criteria: [3], problems: 1000, methods: methods, seed: 1)
/// let result = try Benchmark.run(design)
/// result.cells[0].pairs[0].weightedSpearman.mean   // mean r_w of TOPSIS and VIKOR, 5 × 3 problems
/// ```
public struct BenchmarkDesign: Sendable {
    /// Where the problems come from.
    public enum Source: Sendable {
        /// Random problems (``BenchmarkModel``): values iid uniform on [1, 10], weights
        /// Dirichlet(1, …, 1), each criterion a cost with probability `costShare` (0…1).
        case random(costShare: Double)
        /// One real problem (`matrix`, `weights`) with every value x replaced by x·(1 + spread·U),
        /// U uniform on [−1, 1], independently per value and problem; 0 ≤ spread < 1.
        case perturbed(matrix: DecisionMatrix, weights: [Double], spread: Double)
    }

    /// What the contenders are: methods, or one method under several normalisations.
    public enum Subject: Sendable, Equatable {
        case methods
        /// The named method, once per normalisation (the labels are the normalisations' names).
        case normalizations(method: String)
    }

    /// Numbers of alternatives m, in the order of the results (each ≥ 2).
    public let alternatives: [Int]
    /// Numbers of criteria n, in the order of the results (each ≥ 1).
    public let criteria: [Int]
    /// Problems per cell (≥ 1).
    public let problems: Int
    /// The contenders, in the order of the pairs (at least two, distinct labels).
    public let methods: [BenchmarkMethod]
    /// Random problems or perturbations of one.
    public let source: Source
    /// What ``methods`` are.
    public let subject: Subject
    /// The seed: block k of the cell (m, n) draws from ``Xoshiro256StarStar/init(seed:stream:)``
    /// stream ``stream(alternatives:criteria:block:)``, so the results do not depend on ``threads``
    /// nor a cell's on the other cells of the grid.
    public let seed: UInt64
    /// Worker threads (≥ 1); changes only the time taken.
    public let threads: Int

    /// A grid of random problems.
    /// - Throws: ``MCDAError/invalidParameter(name:value:expected:)`` for an empty or invalid list,
    ///   fewer than two methods, repeated labels, problems < 1, cost share outside [0, 1], threads < 1.
    public init(alternatives: [Int], criteria: [Int], problems: Int, methods: [BenchmarkMethod],
                costShare: Double = 0.5, subject: Subject = .methods, seed: UInt64, threads: Int = 1) throws {
        guard costShare >= 0 && costShare <= 1 else {
            throw MCDAError.invalidParameter(name: "cost share", value: "\(costShare)", expected: "a number between 0 and 1")
        }
        try self.init(alternatives: alternatives, criteria: criteria, problems: problems, methods: methods,
                      source: .random(costShare: costShare), subject: subject, seed: seed, threads: threads)
    }

    /// Perturbations of one problem: a single cell of `matrix`'s size.
    /// - Throws: as the grid form; spread outside [0, 1); weights that do not fit `matrix`.
    public init(perturbing matrix: DecisionMatrix, weights: [Double], spread: Double, problems: Int,
                methods: [BenchmarkMethod], subject: Subject = .methods, seed: UInt64, threads: Int = 1) throws {
        guard spread >= 0 && spread < 1 else {
            throw MCDAError.invalidParameter(name: "spread", value: "\(spread)", expected: "a number in [0, 1) (values vary by ±spread of themselves)")
        }
        try Weights.validate(weights, for: matrix)
        try self.init(alternatives: [matrix.rowCount], criteria: [matrix.columnCount], problems: problems, methods: methods,
                      source: .perturbed(matrix: matrix, weights: weights, spread: spread), subject: subject, seed: seed, threads: threads)
    }

    private init(alternatives: [Int], criteria: [Int], problems: Int, methods: [BenchmarkMethod],
                 source: Source, subject: Subject, seed: UInt64, threads: Int) throws {
        func invalid(_ name: String, _ value: String, _ expected: String) -> MCDAError {
            .invalidParameter(name: name, value: value, expected: expected)
        }
        guard !alternatives.isEmpty, alternatives.allSatisfy({ $0 >= 2 }) else {
            throw invalid("alternatives", alternatives.map(String.init).joined(separator: ","), "whole numbers of at least 2")
        }
        guard !criteria.isEmpty, criteria.allSatisfy({ $0 >= 1 }) else {
            throw invalid("criteria", criteria.map(String.init).joined(separator: ","), "whole numbers of at least 1")
        }
        guard problems >= 1 else { throw invalid("problems", "\(problems)", "at least 1") }
        guard alternatives.allSatisfy({ $0 < Self.countLimit }) else {
            throw invalid("alternatives", alternatives.map(String.init).joined(separator: ","), "fewer than \(Self.countLimit)")
        }
        guard criteria.allSatisfy({ $0 < Self.countLimit }) else {
            throw invalid("criteria", criteria.map(String.init).joined(separator: ","), "fewer than \(Self.countLimit)")
        }
        guard problems <= Self.problemLimit else { throw invalid("problems", "\(problems)", "at most \(Self.problemLimit)") }
        let labels = methods.map(\.label)
        guard labels.count >= 2, Set(labels).count == labels.count else {
            throw invalid("methods", labels.joined(separator: ","), "at least two different methods")
        }
        guard threads >= 1 else { throw invalid("threads", "\(threads)", "at least 1") }
        self.alternatives = alternatives
        self.criteria = criteria
        self.problems = problems
        self.methods = methods
        self.source = source
        self.subject = subject
        self.seed = seed
        self.threads = threads
    }

    /// The most alternatives or criteria a cell may have, plus one: 2²⁰.
    public static let countLimit = 1 << 20
    /// The most problems per cell: 2²⁴ blocks of ``Benchmark/blockSize``.
    public static let problemLimit = (1 << 24) * Benchmark.blockSize

    /// The random stream of block k of the cell (m, n): m·2⁴⁴ + n·2²⁴ + k (m, n < 2²⁰, k < 2²⁴).
    public static func stream(alternatives m: Int, criteria n: Int, block k: Int) -> UInt64 {
        UInt64(m) << 44 | UInt64(n) << 24 | UInt64(k)
    }

    /// The cells (m, n), alternatives outer and criteria inner: the order of the results.
    public var cells: [(alternatives: Int, criteria: Int)] {
        alternatives.flatMap { m in criteria.map { n in (m, n) } }
    }

    /// Two contenders by their positions in ``methods``, a < b.
    public struct Pair: Sendable, Equatable {
        public let a: Int
        public let b: Int
    }

    /// Every pair of contenders, a before b, in list order: (0, 1), (0, 2), …, (1, 2), ….
    public var pairs: [Pair] {
        methods.indices.flatMap { a in (a + 1 ..< methods.count).map { Pair(a: a, b: $0) } }
    }

    /// The share of cost criteria of random problems (nil for perturbed ones).
    public var costShare: Double? {
        if case .random(let share) = source { return share }
        return nil
    }
}

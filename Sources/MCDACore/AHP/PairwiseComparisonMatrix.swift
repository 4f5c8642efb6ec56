import RealModule

/// A validated, complete pairwise comparison matrix A = (aᵢⱼ): aᵢⱼ says how many times more
/// important (preferred, likely) element i is than element j.
///
/// Invariants checked by the initialiser: square and non-empty, every entry finite and positive,
/// unit diagonal, aⱼᵢ · aᵢⱼ = 1 within ``reciprocityTolerance`` (relative). Entries within the
/// tolerance but not exactly reciprocal (0.33 typed for 1/3) are repaired: the entry ≥ 1 is kept as
/// the judgment and its mirror set to the exact reciprocal, with a ``PairwiseDiagnostic``.
/// Entries off Saaty's 1/9 … 9 scale are accepted and reported as diagnostics.
///
/// Storage is row-major and contiguous.
///
/// Example:
/// ```swift
/// let a = try PairwiseComparisonMatrix(elements: ["cost", "comfort"], rows: [[1, 3], [1.0 / 3, 1]])
/// a[0, 1] // 3
/// ```
public struct PairwiseComparisonMatrix: Sendable, Equatable {
    /// Names of the compared elements, in row order.
    public let elements: [String]
    /// Entries, row-major, `order * order` of them.
    public let entries: [Double]
    /// Soft findings about the input (off-scale entries, repaired reciprocals).
    public let diagnostics: [PairwiseDiagnostic]

    /// Relative tolerance on |aᵢⱼ aⱼᵢ − 1| within which a pair counts as reciprocal (2 %, enough for
    /// 0.33 typed for 1/3 or 0.14 for 1/7).
    public static let reciprocityTolerance = 0.02
    /// Deviations below this are taken as rounding and left untouched.
    static let exactTolerance = 1e-9

    /// The number n of elements.
    public var order: Int { elements.count }

    /// Entry aᵢⱼ.
    public subscript(row: Int, column: Int) -> Double { entries[row * order + column] }

    /// Creates a matrix from row-major entries.
    /// - Throws: ``AHPError`` naming the offending entry.
    public init(elements: [String], entries: [Double]) throws {
        let n = elements.count
        guard n > 0 else { throw AHPError.empty }
        guard entries.count == n * n else { throw AHPError.notSquare(elements: n, entries: entries.count) }
        try Self.checkNames(elements)
        var a = entries
        var notes: [PairwiseDiagnostic] = []
        for i in 0..<n {
            for j in 0..<n {
                let x = a[i * n + j]
                guard x.isFinite else { throw AHPError.nonFinite(row: elements[i], column: elements[j]) }
                guard x > 0 else { throw AHPError.nonPositive(row: elements[i], column: elements[j], value: x) }
            }
            let d = a[i * n + i]
            guard abs(d - 1) <= Self.exactTolerance else { throw AHPError.diagonalNotOne(element: elements[i], value: d) }
            a[i * n + i] = 1
        }
        for i in 0..<n {
            for j in (i + 1)..<n {
                let x = a[i * n + j], y = a[j * n + i]
                let deviation = abs(x * y - 1)
                if deviation <= Self.exactTolerance { continue }
                guard deviation <= Self.reciprocityTolerance else {
                    throw AHPError.notReciprocal(row: elements[i], column: elements[j], value: x, mirrorValue: y,
                                                 looksMirrored: Self.looksMirrored(a, n))
                }
                // Keep the judgment ≥ 1 (the integer a user typed) and make its mirror exact.
                if x >= 1 { a[j * n + i] = 1 / x } else { a[i * n + j] = 1 / y }
                notes.append(.reciprocalRepaired(row: elements[i], column: elements[j], value: x, mirrorValue: y))
            }
        }
        for i in 0..<n {
            for j in (i + 1)..<n where !SaatyScale.contains(a[i * n + j]) {
                notes.append(.offScale(row: elements[i], column: elements[j], value: a[i * n + j]))
            }
        }
        self.elements = elements
        self.entries = a
        self.diagnostics = notes
    }

    /// Creates a matrix from rows.
    public init(elements: [String], rows: [[Double]]) throws {
        guard rows.allSatisfy({ $0.count == elements.count }) else {
            throw AHPError.notSquare(elements: elements.count, entries: rows.reduce(0) { $0 + $1.count })
        }
        try self.init(elements: elements, entries: rows.flatMap { $0 })
    }

    static func checkNames(_ elements: [String]) throws {
        var seen = Set<String>()
        for name in elements where !seen.insert(name).inserted { throw AHPError.duplicateElement(name) }
    }

    /// True when at least half of the off-diagonal pairs that are not 1 hold the same value on both sides.
    private static func looksMirrored(_ a: [Double], _ n: Int) -> Bool {
        var pairs = 0, mirrored = 0
        for i in 0..<n {
            for j in (i + 1)..<n where abs(a[i * n + j] - 1) > 1e-12 || abs(a[j * n + i] - 1) > 1e-12 {
                pairs += 1
                if abs(a[i * n + j] - a[j * n + i]) <= 1e-9 * max(1, a[i * n + j]) { mirrored += 1 }
            }
        }
        return pairs > 0 && 2 * mirrored >= pairs
    }

    /// The same matrix with its elements in a new order: `permutation[k]` is the old index of new element k.
    public func permuted(by permutation: [Int]) -> PairwiseComparisonMatrix {
        precondition(permutation.sorted() == Array(0..<order), "not a permutation")
        let n = order
        var e = [Double](repeating: 0, count: n * n)
        for i in 0..<n { for j in 0..<n { e[i * n + j] = entries[permutation[i] * n + permutation[j]] } }
        return PairwiseComparisonMatrix(unchecked: permutation.map { elements[$0] }, entries: e, diagnostics: diagnostics)
    }

    /// For internal constructions that already guarantee the invariants.
    init(unchecked elements: [String], entries: [Double], diagnostics: [PairwiseDiagnostic] = []) {
        self.elements = elements
        self.entries = entries
        self.diagnostics = diagnostics
    }
}

/// A soft finding about a pairwise comparison matrix: reported, never fatal.
public enum PairwiseDiagnostic: Sendable, Equatable, CustomStringConvertible {
    /// The judgment is not one of 1/9 … 1/2, 1 … 9 (fine for ratio data; unusual for verbal judgments).
    case offScale(row: String, column: String, value: Double)
    /// The pair was nearly reciprocal and has been made exactly reciprocal.
    case reciprocalRepaired(row: String, column: String, value: Double, mirrorValue: Double)
    /// A missing judgment was filled in by the completion method.
    case completed(row: String, column: String, value: Double, method: CompletionMethod)

    public var description: String {
        switch self {
        case .offScale(let r, let c, let v):
            return "judgment (\(r), \(c)) = \(v) is not on Saaty's 1/9…9 scale"
        case .reciprocalRepaired(let r, let c, let v, let m):
            return "(\(r), \(c)) = \(v) and (\(c), \(r)) = \(m) were nearly reciprocal; the judgment ≥ 1 was kept and its mirror made exact"
        case .completed(let r, let c, let v, let method):
            return "missing judgment (\(r), \(c)) completed as \(v) by \(method.rawValue)"
        }
    }
}

/// Saaty's fundamental scale: 1 … 9 and their reciprocals.
public enum SaatyScale {
    /// The 17 values 1/9 … 1/2, 1, 2 … 9 in increasing order.
    public static let values: [Double] = (2...9).reversed().map { 1 / Double($0) } + (1...9).map(Double.init)

    /// True when `x` is a scale value (within 1e-9 relative).
    public static func contains(_ x: Double) -> Bool {
        values.contains { abs($0 - x) <= 1e-9 * max(1, x) }
    }

    /// The scale value closest to `x` on a logarithmic axis (the natural distance between ratios).
    public static func nearest(to x: Double) -> Double {
        values.min { abs(Double.log($0 / x)) < abs(Double.log($1 / x)) }!
    }

    /// A judgment written the way people write one: "3", "1/3", or the decimal ("1.13") otherwise.
    public static func label(_ x: Double) -> String {
        guard x.isFinite, x > 0, x < 1e9, x > 1e-9 else { return "\(x)" }
        if x >= 1 { let r = x.rounded(); return abs(r - x) < 1e-9 * x ? String(Int(r)) : "\(x)" }
        let r = (1 / x).rounded()
        return abs(r - 1 / x) < 1e-9 / x ? "1/\(Int(r))" : "\(x)"
    }
}

import LinearAlgebra
import RealModule

/// How missing judgments of an incomplete pairwise comparison matrix are filled in.
///
/// - ``harker``: Harker's method (Harker 1987, *Math. Modelling* 9(11), doi:10.1016/0270-0255(87)90503-3):
///   the principal eigenvector w of B, where bᵢⱼ = aᵢⱼ for known judgments, 0 for missing ones and
///   bᵢᵢ = 1 + (number of missing judgments in row i). Missing aᵢⱼ are then wᵢ / wⱼ, and w is also
///   the principal eigenvector of the completed matrix. The default.
/// - ``logarithmicLeastSquares``: minimise Σ over known pairs (ln aᵢⱼ − ln wᵢ + ln wⱼ)²
///   (Bozóki, Fülöp & Rónyai 2010, doi:10.1016/j.mcm.2009.11.011), a graph-Laplacian linear system
///   solved with LAPACK `dgesv`; missing aᵢⱼ = wᵢ / wⱼ, and w is also the row geometric mean of the
///   completed matrix.
///
/// Either needs the graph of known judgments to be connected.
public enum CompletionMethod: String, CaseIterable, Sendable, Codable {
    case harker = "harker"
    case logarithmicLeastSquares = "llsm"

    /// The method used when none is chosen.
    public static let `default` = CompletionMethod.harker
}

/// A pairwise comparison matrix in which some judgments are missing.
///
/// A judgment may be given on one side of the diagonal only: its mirror is then its reciprocal.
/// A pair is missing when neither side is given. Known entries are validated as in
/// ``PairwiseComparisonMatrix``.
public struct IncompleteComparisons: Sendable, Equatable {
    /// Element names.
    public let elements: [String]
    /// Row-major entries; nil where the judgment is missing (always present on the diagonal).
    public let entries: [Double?]

    /// The number of elements.
    public var order: Int { elements.count }

    /// True when no judgment is missing.
    public var isComplete: Bool { entries.allSatisfy { $0 != nil } }

    /// Creates the matrix, filling one-sided judgments with reciprocals.
    /// - Throws: ``AHPError`` for non-positive or non-finite known entries, a diagonal other than 1,
    ///   non-reciprocal pairs.
    public init(elements: [String], entries: [Double?]) throws {
        let n = elements.count
        guard n > 0 else { throw AHPError.empty }
        guard entries.count == n * n else { throw AHPError.notSquare(elements: n, entries: entries.count) }
        try PairwiseComparisonMatrix.checkNames(elements)
        var e = entries
        for i in 0..<n {
            if e[i * n + i] == nil { e[i * n + i] = 1 }
            for j in 0..<n {
                guard let x = e[i * n + j] else { continue }
                guard x.isFinite else { throw AHPError.nonFinite(row: elements[i], column: elements[j]) }
                guard x > 0 else { throw AHPError.nonPositive(row: elements[i], column: elements[j], value: x) }
            }
        }
        for i in 0..<n {
            for j in (i + 1)..<n {
                switch (e[i * n + j], e[j * n + i]) {
                case (let x?, nil): e[j * n + i] = 1 / x
                case (nil, let y?): e[i * n + j] = 1 / y
                default: break
                }
            }
        }
        self.elements = elements
        self.entries = e
    }

    /// The same judgments as a complete matrix, with none missing.
    public init(_ complete: PairwiseComparisonMatrix) {
        elements = complete.elements
        entries = complete.entries.map { $0 }
    }

    /// The groups of elements linked by known judgments (connected components), each in element order.
    public func connectedGroups() -> [[Int]] {
        let n = order
        var parent = Array(0..<n)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        for i in 0..<n { for j in (i + 1)..<n where entries[i * n + j] != nil { parent[find(i)] = find(j) } }
        var groups: [Int: [Int]] = [:]
        var order: [Int] = []
        for i in 0..<n {
            let r = find(i)
            if groups[r] == nil { order.append(r) }
            groups[r, default: []].append(i)
        }
        return order.map { groups[$0]! }
    }

    /// The complete matrix, with every missing judgment filled in by `method` and reported as a diagnostic.
    /// - Throws: ``AHPError/disconnectedComparisons(groups:)`` when the known judgments do not link all elements.
    public func completed(by method: CompletionMethod = .default) throws -> PairwiseComparisonMatrix {
        let n = order
        if isComplete { return try PairwiseComparisonMatrix(elements: elements, entries: entries.map { $0! }) }
        let groups = connectedGroups()
        guard groups.count == 1 else {
            throw AHPError.disconnectedComparisons(groups: groups.map { $0.map { elements[$0] } })
        }
        let w: [Double]
        switch method {
        case .harker: w = try harkerPriorities()
        case .logarithmicLeastSquares: w = try logLeastSquaresPriorities()
        }
        var full = [Double](repeating: 1, count: n * n)
        var filled: [PairwiseDiagnostic] = []
        for i in 0..<n {
            for j in 0..<n {
                if let x = entries[i * n + j] { full[i * n + j] = x; continue }
                full[i * n + j] = w[i] / w[j]
                if i < j { filled.append(.completed(row: elements[i], column: elements[j], value: w[i] / w[j], method: method)) }
            }
        }
        let checked = try PairwiseComparisonMatrix(elements: elements, entries: full)
        return PairwiseComparisonMatrix(unchecked: elements, entries: checked.entries,
                                        diagnostics: checked.diagnostics.filter {
                                            if case .offScale(let r, let c, _) = $0 {
                                                let i = elements.firstIndex(of: r)!, j = elements.firstIndex(of: c)!
                                                return entries[i * n + j] != nil
                                            }
                                            return true
                                        } + filled)
    }

    private func harkerPriorities() throws -> [Double] {
        let n = order
        var b = [Double](repeating: 0, count: n * n)
        for i in 0..<n {
            var missing = 0
            for j in 0..<n where j != i {
                if let x = entries[i * n + j] { b[i * n + j] = x } else { missing += 1 }
            }
            b[i * n + i] = 1 + Double(missing)
        }
        do { return try GeneralEigenSolver(order: n).principalEigenpair(rowMajor: b).vector } catch {
            throw AHPError.numericalFailure("\(error)")
        }
    }

    private func logLeastSquaresPriorities() throws -> [Double] {
        // Normal equations: for each i, Σ_{j known} (xᵢ − xⱼ) = Σ_{j known} ln aᵢⱼ, with x = ln w.
        // The Laplacian is singular (x is fixed up to a constant), so the first equation is replaced by x₀ = 0.
        let n = order
        var l = [Double](repeating: 0, count: n * n)
        var r = [Double](repeating: 0, count: n)
        for i in 0..<n {
            for j in 0..<n where j != i {
                guard let x = entries[i * n + j] else { continue }
                l[i * n + i] += 1
                l[i * n + j] -= 1
                r[i] += Double.log(x)
            }
        }
        for j in 0..<n { l[j] = j == 0 ? 1 : 0 }
        r[0] = 0
        let x: [Double]
        do { x = try solveLinearSystem(rowMajor: l, rightHandSide: r) } catch {
            throw AHPError.numericalFailure("\(error)")
        }
        let top = x.max() ?? 0
        let raw = x.map { Double.exp($0 - top) }
        let total = raw.reduce(0, +)
        return raw.map { $0 / total }
    }
}

import CLAPACK

/// Eigenvalues and right eigenvectors of a general real square matrix, by LAPACK's `dgeev`.
///
/// The solver owns its column-major copy of the matrix and the LAPACK workspace (sized once by a
/// workspace query with `lwork = -1`), so that many matrices of one order can be decomposed without
/// allocating. It is a reference type with mutable buffers: use one solver per thread.
///
/// Complexity: O(n³) time per decomposition, O(n²) memory.
///
/// Example:
/// ```swift
/// let solver = try GeneralEigenSolver(order: 2)
/// let pair = try solver.principalEigenpair(rowMajor: [1, 4, 0.25, 1])
/// // pair.value == 2, pair.vector == [0.8, 0.2]
/// ```
public final class GeneralEigenSolver {
    /// The order n of the matrices this solver takes.
    public let order: Int
    private var a: [Double]
    private var wr: [Double]
    private var wi: [Double]
    private var vr: [Double]
    private var work: [Double]
    private var dummyLeft: [Double] = [0]

    /// Creates a solver for n×n matrices.
    /// - Parameter order: n ≥ 1.
    public init(order: Int) {
        precondition(order >= 1 && order <= 46_340, "matrix order out of range")
        self.order = order
        a = [Double](repeating: 0, count: order * order)
        wr = [Double](repeating: 0, count: order)
        wi = [Double](repeating: 0, count: order)
        vr = [Double](repeating: 0, count: order * order)
        work = [0]
        // Workspace query: lwork = -1 returns the optimal size in work[0].
        var query = 0.0
        let info = call(lwork: -1, workspace: &query)
        precondition(info == 0, "dgeev workspace query failed with info = \(info)")
        work = [Double](repeating: 0, count: max(Int(query), 4 * order))
    }

    /// Runs `dgeev` on the matrix currently in `a`. Returns `info`.
    private func call(lwork: Int, workspace: UnsafeMutablePointer<Double>) -> Int {
        var n = Int32(order)
        var lda = n
        var ldvl: Int32 = 1
        var ldvr = n
        var lw = Int32(lwork)
        var info: Int32 = 0
        var jobvl = CChar(UInt8(ascii: "N"))
        var jobvr = CChar(UInt8(ascii: "V"))
        dgeev_(&jobvl, &jobvr, &n, &a, &lda, &wr, &wi, &dummyLeft, &ldvl, &vr, &ldvr,
               workspace, &lw, &info, 1, 1)
        return Int(info)
    }

    private func decompose(rowMajor matrix: UnsafeBufferPointer<Double>) throws {
        precondition(matrix.count == order * order, "matrix has \(matrix.count) entries, expected \(order * order)")
        let n = order
        for i in 0..<n {
            for j in 0..<n {
                let x = matrix[i * n + j]
                guard x.isFinite else { throw LAPACKError.nonFiniteInput }
                a[j * n + i] = x  // column-major
            }
        }
        let lwork = work.count
        let info = work.withUnsafeMutableBufferPointer { call(lwork: lwork, workspace: $0.baseAddress!) }
        precondition(info >= 0, "dgeev rejected argument \(-info): a bug in LinearAlgebra")
        if info > 0 { throw LAPACKError.eigenvaluesDidNotConverge(info: info) }
    }

    /// All eigenvalues of a row-major n×n matrix, as (real, imaginary) parts in LAPACK's order.
    public func eigenvalues(rowMajor matrix: [Double]) throws -> [(real: Double, imaginary: Double)] {
        try matrix.withUnsafeBufferPointer { try decompose(rowMajor: $0) }
        return (0..<order).map { (wr[$0], wi[$0]) }
    }

    /// The Perron eigenpair of a positive matrix: the eigenvalue with the largest real part among
    /// those with zero imaginary part, and its right eigenvector scaled to sum 1.
    ///
    /// For a positive matrix the Perron–Frobenius theorem guarantees that this eigenvalue is real,
    /// simple and the largest in modulus, and that its eigenvector can be chosen positive. The
    /// vector is returned in canonical form (`canonicalisePerronVector`: Σ = 1, rounded to 40
    /// significant bits and rescaled), the same bits whichever LAPACK build computed it, up to the
    /// rare component on a rounding boundary.
    /// - Parameter matrix: n×n entries, row-major.
    /// - Returns: `value` (λmax) and `vector` (Σ vector = 1).
    public func principalEigenpair(rowMajor matrix: [Double]) throws -> (value: Double, vector: [Double]) {
        var vector = [Double](repeating: 0, count: order)
        let value = try matrix.withUnsafeBufferPointer { buffer in
            try vector.withUnsafeMutableBufferPointer { out in
                try principalEigenpair(rowMajor: buffer, into: out)
            }
        }
        return (value, vector)
    }

    /// Allocation-free form of ``principalEigenpair(rowMajor:)-([Double])``: writes the
    /// normalised vector into `vector` (n entries) and returns λmax.
    public func principalEigenpair(rowMajor matrix: UnsafeBufferPointer<Double>,
                                   into vector: UnsafeMutableBufferPointer<Double>) throws -> Double {
        precondition(vector.count == order)
        try decompose(rowMajor: matrix)
        let n = order
        let best = perronIndex(real: wr, imaginary: wi)
        for i in 0..<n { vector[i] = vr[best * n + i] }
        if !canonicalisePerronVector(vector) {  // no finite nonzero sum: not a positive matrix; the caller sees NaN or ∞
            let sum = vector.reduce(0, +)
            for i in 0..<n { vector[i] /= sum }
        }
        return wr[best]
    }
}

/// The index of the Perron eigenvalue among n eigenvalues (real and imaginary parts, LAPACK's
/// order): the largest real part among those whose imaginary part is zero up to 10⁻¹⁰·max(1, |re|).
///
/// A real matrix of odd order always has a real eigenvalue; for even orders a real one exists for
/// every positive matrix (Perron). Without one the largest real part is taken.
func perronIndex(real wr: UnsafePointer<Double>, imaginary wi: UnsafePointer<Double>, count n: Int) -> Int {
    var best = -1
    for k in 0..<n {
        let tolerance = 1e-10 * max(1, abs(wr[k]))
        guard abs(wi[k]) <= tolerance else { continue }
        if best < 0 || wr[k] > wr[best] { best = k }
    }
    if best < 0 {
        best = 0
        for k in 1..<max(1, n) where wr[k] > wr[best] { best = k }
    }
    return best
}

/// ``perronIndex(real:imaginary:count:)`` for arrays of equal length.
func perronIndex(real wr: [Double], imaginary wi: [Double]) -> Int {
    wr.withUnsafeBufferPointer { r in wi.withUnsafeBufferPointer { i in perronIndex(real: r.baseAddress!, imaginary: i.baseAddress!, count: r.count) } }
}

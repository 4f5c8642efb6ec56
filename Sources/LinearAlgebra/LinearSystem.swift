import CLAPACK

/// Solves the square linear system A x = b by LU factorisation with partial pivoting (LAPACK `dgesv`).
///
/// - Parameters:
///   - matrix: n×n entries of A, row-major.
///   - rightHandSide: b, n entries.
/// - Returns: x.
/// - Throws: ``LAPACKError/singularMatrix(pivot:)`` when A is exactly singular,
///   ``LAPACKError/nonFiniteInput`` on NaN or infinity.
///
/// Complexity: O(n³).
///
/// Example: `try solveLinearSystem(rowMajor: [2, 0, 0, 4], rightHandSide: [2, 2])` is `[1, 0.5]`.
public func solveLinearSystem(rowMajor matrix: [Double], rightHandSide: [Double]) throws -> [Double] {
    let n = rightHandSide.count
    precondition(matrix.count == n * n, "matrix has \(matrix.count) entries, expected \(n * n)")
    guard matrix.allSatisfy(\.isFinite), rightHandSide.allSatisfy(\.isFinite) else {
        throw LAPACKError.nonFiniteInput
    }
    if n == 0 { return [] }
    var a = [Double](repeating: 0, count: n * n)
    for i in 0..<n { for j in 0..<n { a[j * n + i] = matrix[i * n + j] } }
    var b = rightHandSide
    var ipiv = [Int32](repeating: 0, count: n)
    var nn = Int32(n), nrhs: Int32 = 1, lda = Int32(n), ldb = Int32(n), info: Int32 = 0
    dgesv_(&nn, &nrhs, &a, &lda, &ipiv, &b, &ldb, &info)
    precondition(info >= 0, "dgesv rejected argument \(-info): a bug in LinearAlgebra")
    if info > 0 { throw LAPACKError.singularMatrix(pivot: Int(info)) }
    return b
}

/// A failure reported by a LAPACK routine through its `info > 0` result.
///
/// `info < 0` means that an argument was invalid, which is a bug of ours and stops the program
/// through `preconditionFailure`; only the data-dependent failures become this error.
public enum LAPACKError: Error, Equatable, Sendable, CustomStringConvertible {
    /// `dgeev`: the QR algorithm failed to compute all eigenvalues (`info` = the first index that failed).
    case eigenvaluesDidNotConverge(info: Int)
    /// `dgesv`: U(i,i) is exactly zero, so the matrix is singular (`pivot` is 1-based, as LAPACK reports it).
    case singularMatrix(pivot: Int)
    /// The matrix contains NaN or an infinity, which LAPACK cannot take.
    case nonFiniteInput
    /// ``PerronEigenSolver``: inverse iteration gave no eigenvector with a finite, nonzero sum
    /// (impossible for a positive matrix).
    case noPerronVector

    public var description: String {
        switch self {
        case .eigenvaluesDidNotConverge(let info):
            return "LAPACK dgeev did not converge (info = \(info)): the eigenvalues could not be computed"
        case .singularMatrix(let pivot):
            return "LAPACK dgesv: the matrix is singular (zero pivot at position \(pivot))"
        case .nonFiniteInput:
            return "the matrix contains NaN or an infinite value"
        case .noPerronVector:
            return "no eigenvector with a nonzero sum for the largest real eigenvalue (is the matrix positive?)"
        }
    }
}

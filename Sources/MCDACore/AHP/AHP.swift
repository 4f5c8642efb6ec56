import LinearAlgebra

/// Priorities and consistency of one pairwise comparison matrix.
///
/// Steps: the Perron eigenpair of A from LAPACK `dgeev` (λmax and, for the eigenvector method, the
/// priorities); the priorities by the chosen ``PriorityMethod``; CI, CR (with the chosen
/// ``RandomIndexTable``) and GCI; when CR exceeds 0.1, the judgments to revise.
///
/// Reference: T. L. Saaty, "A scaling method for priorities in hierarchical structures",
/// J. Math. Psychol. 15 (1977) 234–281, doi:10.1016/0022-2496(77)90033-5.
///
/// Example (Saaty 2008, drinks consumption in the USA, doi:10.1504/IJSSCI.2008.017590):
/// ```swift
/// let result = try AHP.analyze(drinks)          // eigenvector, Saaty 1980 RI
/// result.consistency.consistencyRatio           // ≈ 0.022
/// ```
public enum AHP {
    /// Analyses one matrix.
    /// - Parameters:
    ///   - matrix: a validated matrix.
    ///   - method: how priorities are derived (default eigenvector).
    ///   - randomIndex: the RI table for CR (default Saaty 1980).
    ///   - revisions: how many judgments to suggest for revision when CR > 0.1.
    /// - Throws: ``AHPError/randomIndexUnavailable(table:order:)`` when the table does not cover n.
    public static func analyze(_ matrix: PairwiseComparisonMatrix,
                               method: PriorityMethod = .default,
                               randomIndex: RandomIndexTable = .default,
                               revisions: Int = 3) throws -> AHPResult {
        let solver = GeneralEigenSolver(order: matrix.order)
        return try analyze(matrix, method: method, randomIndex: randomIndex, revisions: revisions, solver: solver)
    }

    /// As ``analyze(_:method:randomIndex:revisions:)``, reusing a solver (one per thread) in loops.
    public static func analyze(_ matrix: PairwiseComparisonMatrix, method: PriorityMethod,
                               randomIndex: RandomIndexTable, revisions: Int,
                               solver: GeneralEigenSolver) throws -> AHPResult {
        precondition(solver.order == matrix.order)
        let eigen: (value: Double, vector: [Double])
        do { eigen = try solver.principalEigenpair(rowMajor: matrix.entries) } catch {
            throw AHPError.numericalFailure("\(error)")
        }
        let priorities: [Double]
        switch method {
        case .eigenvector: priorities = eigen.vector
        case .geometricMean: priorities = matrix.geometricMeanPriorities()
        case .columnMean: priorities = matrix.columnMeanPriorities()
        }
        // λmax ≥ n holds for every positive reciprocal matrix (Saaty 1977), and priorities sum to 1:
        // judgments spanning hundreds of orders of magnitude (10³⁰⁸ against 10⁻³⁰⁸) break both in
        // double precision, and then the result would be noise presented as an answer.
        let n = Double(matrix.order), total = priorities.reduce(0, +)
        guard eigen.value >= n * (1 - 1e-9), priorities.allSatisfy({ $0.isFinite && $0 >= 0 }), abs(total - 1) < 1e-9 else {
            throw AHPError.numericalFailure("the judgments span too many orders of magnitude for double precision "
                                            + "(λmax = \(eigen.value) for n = \(matrix.order), priorities summing to \(total))")
        }
        let consistency = try ConsistencyReport(matrix: matrix, lambdaMax: eigen.value, table: randomIndex)
        let toRevise = consistency.isAcceptable ? [] : matrix.judgmentsToRevise(priorities: priorities, limit: revisions)
        return AHPResult(matrix: matrix, priorities: priorities, priorityMethod: method,
                         consistency: consistency, judgmentsToRevise: toRevise)
    }
}

/// The outcome of ``AHP/analyze(_:method:randomIndex:revisions:)``, with everything needed to explain it.
public struct AHPResult: Sendable, Equatable {
    /// The analysed matrix.
    public let matrix: PairwiseComparisonMatrix
    /// Priorities in the order of `matrix.elements`, summing to 1.
    public let priorities: [Double]
    /// The method that produced ``priorities``.
    public let priorityMethod: PriorityMethod
    /// λmax, CI, CR (with the table used) and GCI.
    public let consistency: ConsistencyReport
    /// When CR > 0.1: the judgments that contribute most to the inconsistency, worst first.
    public let judgmentsToRevise: [JudgmentRevision]

    /// Element names.
    public var elements: [String] { matrix.elements }
}

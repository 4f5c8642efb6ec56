import LinearAlgebra
import Testing
import _TestSupport

@Suite struct GeneralEigenSolverTests {
    /// Independent check: power iteration on a positive matrix converges to the Perron vector.
    func powerIteration(_ a: [Double], _ n: Int) -> (Double, [Double]) {
        var v = [Double](repeating: 1.0 / Double(n), count: n)
        var lambda = 0.0
        for _ in 0..<10_000 {
            var next = [Double](repeating: 0, count: n)
            for i in 0..<n { for j in 0..<n { next[i] += a[i * n + j] * v[j] } }
            let s = next.reduce(0, +)
            lambda = s  // Σ(Av) with Σv = 1 converges to λ
            next = next.map { $0 / s }
            let change = zip(next, v).map { abs($0 - $1) }.max()!
            v = next
            if change < 1e-16 { break }
        }
        return (lambda, v)
    }

    @Test func twoByTwoHasKnownEigenpair() throws {
        let pair = try GeneralEigenSolver(order: 2).principalEigenpair(rowMajor: [1, 4, 0.25, 1])
        #expect(abs(pair.value - 2) < 1e-14)
        #expect(allClose(pair.vector, [0.8, 0.2], tolerance: 1e-14))
    }

    @Test(arguments: [3, 5, 9, 15, 50])
    func agreesWithPowerIterationOnRandomPositiveMatrices(n: Int) throws {
        var rng = TestRNG(seed: UInt64(1000 + n))
        let solver = GeneralEigenSolver(order: n)
        for _ in 0..<5 {
            // Random reciprocal matrix with entries on Saaty's scale.
            var a = [Double](repeating: 1, count: n * n)
            for i in 0..<n {
                for j in (i + 1)..<n {
                    let x = Double(Int.random(in: 1...9, using: &rng))
                    a[i * n + j] = Bool.random(using: &rng) ? x : 1 / x
                    a[j * n + i] = 1 / a[i * n + j]
                }
            }
            let lapack = try solver.principalEigenpair(rowMajor: a)
            let power = powerIteration(a, n)
            #expect(abs(lapack.value - power.0) < 1e-12 * Double(n))
            #expect(allClose(lapack.vector, power.1, tolerance: 1e-12))
        }
    }

    @Test func rejectsNonFiniteInput() {
        #expect(throws: LAPACKError.nonFiniteInput) {
            try GeneralEigenSolver(order: 2).principalEigenpair(rowMajor: [1, .nan, 1, 1])
        }
    }

    @Test func solvesLinearSystemsAndReportsSingularity() throws {
        #expect(try solveLinearSystem(rowMajor: [2, 0, 0, 4], rightHandSide: [2, 2]) == [1, 0.5])
        #expect(throws: LAPACKError.self) { try solveLinearSystem(rowMajor: [1, 2, 2, 4], rightHandSide: [1, 1]) }
    }
}

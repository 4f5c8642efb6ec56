#if canImport(Glibc)
import Glibc
#endif
import LinearAlgebra
import Testing
import _TestSupport

@Suite struct PerronEigenSolverTests {
    /// A random reciprocal matrix: `spread` ≤ 0 draws Saaty-scale judgments (1 … 9 or their
    /// inverses), otherwise aᵢⱼ = exp(u), u uniform in [−spread, spread] (log 9 ≈ 2.2 is Saaty's
    /// range; 6 makes judgments up to ≈ 400 and very inconsistent matrices).
    func reciprocal(_ n: Int, spread: Double, _ rng: inout TestRNG) -> [Double] {
        var a = [Double](repeating: 1, count: n * n)
        for i in 0..<n {
            for j in (i + 1)..<n {
                var x: Double
                if spread <= 0 {
                    x = Double(Int.random(in: 1...9, using: &rng))
                    if Bool.random(using: &rng) { x = 1 / x }
                } else {
                    x = exp(Double.random(in: -spread...spread, using: &rng))
                }
                a[i * n + j] = x
                a[j * n + i] = 1 / x
            }
        }
        return a
    }

    @Test func twoByTwoHasKnownEigenpair() throws {
        let pair = try PerronEigenSolver(order: 2).perronEigenpair(rowMajor: [1, 4, 0.25, 1])
        #expect(abs(pair.value - 2) < 1e-14)
        #expect(allClose(pair.vector, [0.8, 0.2], tolerance: 1e-14))
    }

    /// A 1×1 matrix makes A − λI exactly zero: the zero-pivot remedy must still give w = [1].
    @Test func orderOneGivesTheUnitVector() throws {
        let pair = try PerronEigenSolver(order: 1).perronEigenpair(rowMajor: [7])
        #expect(pair.value == 7 && pair.vector == [1])
    }

    /// Consistent matrices (aᵢⱼ = wᵢ/wⱼ) have λ = n, often exactly in floating point, so the LU of
    /// A − λI meets an exactly zero pivot; the weights must still be exact up to the canonical
    /// form's rounding to 40 significant bits (at most 2⁻⁴¹ relative, 2.3·10⁻¹³ for w < 1).
    @Test(arguments: [3, 4, 9])
    func consistentMatricesGiveTheirGeneratingWeights(n: Int) throws {
        var rng = TestRNG(seed: UInt64(n))
        let solver = PerronEigenSolver(order: n)
        for trial in 0..<20 {
            let w = (0..<n).map { _ in Double(Int.random(in: 1...9, using: &rng)) }
            let total = w.reduce(0, +)
            // trial 0: all equal, A is the all-ones matrix.
            let weights = trial == 0 ? [Double](repeating: 1, count: n) : w
            let a = (0..<(n * n)).map { weights[$0 / n] / weights[$0 % n] }
            let pair = try solver.perronEigenpair(rowMajor: a)
            let expected = trial == 0 ? [Double](repeating: 1 / Double(n), count: n) : w.map { $0 / total }
            #expect(abs(pair.value - Double(n)) < 1e-13)
            #expect(allClose(pair.vector, expected, tolerance: 5e-13))
        }
    }

    /// The fast path against the full `dgeev` eigenvector path (GeneralEigenSolver), including very
    /// inconsistent matrices: the same λ (bit-for-bit with reference LAPACK, 1e-15 allowed), vectors
    /// within 1e-12 (absolute, Σ = 1; seen: 2e-14) and within 1e-10
    /// relative on every component (seen: 4e-12 on the smallest weights of the widest matrices).
    @Test(arguments: [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15])
    func agreesWithTheDgeevEigenvector(n: Int) throws {
        var rng = TestRNG(seed: UInt64(77 + n))
        let fast = PerronEigenSolver(order: n), reference = GeneralEigenSolver(order: n)
        for spread in [0, 2.2, 6] {
            var worstAbsolute = 0.0, worstRelative = 0.0, worstValue = 0.0
            for _ in 0..<200 {
                let a = reciprocal(n, spread: spread, &rng)
                let p = try fast.perronEigenpair(rowMajor: a), q = try reference.principalEigenpair(rowMajor: a)
                worstValue = max(worstValue, abs(p.value - q.value) / q.value)
                for i in 0..<n {
                    worstAbsolute = max(worstAbsolute, abs(p.vector[i] - q.vector[i]))
                    worstRelative = max(worstRelative, abs(p.vector[i] - q.vector[i]) / q.vector[i])
                }
                #expect(p.vector.allSatisfy { $0 > 0 })
            }
            #expect(worstValue < 1e-15, "λ differs by \(worstValue) (n = \(n), spread \(spread))")
            #expect(worstAbsolute < 1e-12, "w differs by \(worstAbsolute) (n = \(n), spread \(spread))")
            #expect(worstRelative < 1e-10, "w differs by \(worstRelative) relative (n = \(n), spread \(spread))")
        }
    }

    @Test func rejectsNonFiniteInput() {
        #expect(throws: LAPACKError.nonFiniteInput) {
            try PerronEigenSolver(order: 2).perronEigenpair(rowMajor: [1, .infinity, 1, 1])
        }
    }

    @Test func reusesItsBuffersAcrossCalls() throws {
        let solver = PerronEigenSolver(order: 3)
        let a = [1, 2, 6, 0.5, 1, 3, 1.0 / 6, 1.0 / 3, 1]  // consistent: w ∝ (6, 3, 1)
        let first = try solver.perronEigenpair(rowMajor: a)
        _ = try solver.perronEigenpair(rowMajor: [1, 9, 1.0 / 9, 1, 1, 0.2, 1, 5, 1])
        #expect(try solver.perronEigenpair(rowMajor: a) == first)
        #expect(allClose(first.vector, [0.6, 0.3, 0.1], tolerance: 5e-13))  // 40-bit canonical form
    }
}

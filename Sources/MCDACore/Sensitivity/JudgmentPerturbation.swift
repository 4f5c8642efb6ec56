import LinearAlgebra
import RealModule

/// Monte-Carlo perturbation of the judgments of an AHP pairwise comparison matrix: how much do the
/// priorities (and, with a scoring, the ranking of alternatives) move if each judgment could have
/// been a little different?
///
/// Every sample perturbs each upper-triangle judgment aᵢⱼ (i < j) independently, sets
/// aⱼᵢ = 1/aᵢⱼ, and recomputes the priorities as the Perron eigenvector (LAPACK `dgeev` for λmax,
/// then one inverse-iteration solve, one Perron eigen-solver of LinearAlgebra per block, reusing its buffers; its
/// vectors agree with `dgeev`'s own eigenvectors, which ``AHP`` reports, to 10⁻¹²):
/// - ``Noise/saatySteps(maxSteps:probability:)``: with the given probability the judgment moves
///   s ∈ {1, …, k} steps (uniform) up or down (equally likely) along Saaty's 17-value scale
///   1/9, 1/8, …, 1/2, 1, 2, …, 9, stopping at its ends (a judgment of 9 moved up stays 9);
///   off-scale judgments start from their nearest scale value when they move;
/// - ``Noise/logNormal(sigma:)``: aᵢⱼ·exp(σ·z), z ~ N(0, 1) (multiplicative error, Crawford &
///   Williams 1985, doi:10.1016/0022-2496(85)90005-7).
///
/// Blocks of ``SMAA/blockSize`` samples draw from their own streams of the seed, so results are
/// identical for any number of threads.
///
/// Example:
/// ```swift
/// let p = try JudgmentPerturbation(matrix: criteria, noise: .saatySteps(maxSteps: 1, probability: 0.5))
/// let spread = try p.weightDistribution(samples: 10_000, seed: 1)
/// spread.percentile5, spread.percentile95
/// ```
public struct JudgmentPerturbation: Sendable {
    /// How a judgment is perturbed.
    public enum Noise: Sendable, Equatable {
        /// Move ±1…`maxSteps` (1 … 16) positions on Saaty's scale with `probability` (0 … 1).
        case saatySteps(maxSteps: Int, probability: Double)
        /// Multiply by exp(σ·z), σ ≥ 0.
        case logNormal(sigma: Double)
    }

    /// The perturbed matrix.
    public let matrix: PairwiseComparisonMatrix
    /// The noise model.
    public let noise: Noise
    /// The nearest scale position of each upper-triangle judgment, row by row.
    let positions: [Int]

    /// - Throws: ``MCDAError/invalidParameter(name:value:expected:)`` for an out-of-range noise parameter.
    public init(matrix: PairwiseComparisonMatrix, noise: Noise) throws {
        switch noise {
        case .saatySteps(let k, let p):
            guard k >= 1 && k <= 16 else { throw MCDAError.invalidParameter(name: "steps", value: "\(k)", expected: "1 … 16") }
            guard p >= 0 && p <= 1 else { throw MCDAError.invalidParameter(name: "probability", value: "\(p)", expected: "0 … 1") }
        case .logNormal(let sigma):
            guard sigma >= 0 && sigma.isFinite else {
                throw MCDAError.invalidParameter(name: "sigma", value: "\(sigma)", expected: "a finite number ≥ 0")
            }
        }
        self.matrix = matrix
        self.noise = noise
        let n = matrix.order
        var positions: [Int] = []
        for i in 0..<n {
            for j in (i + 1)..<n {
                let x = matrix[i, j]
                positions.append(SaatyScale.values.indices.min { abs(Double.log(SaatyScale.values[$0] / x)) < abs(Double.log(SaatyScale.values[$1] / x)) }!)
            }
        }
        self.positions = positions
    }

    /// A short description for reports.
    public var summary: String {
        switch noise {
        case .saatySteps(let k, let p): return "AHP judgments ±\(k) Saaty step(s) with probability \(p)"
        case .logNormal(let sigma): return "AHP judgments × exp(\(sigma)·z)"
        }
    }

    /// The distribution of the priorities over `samples` perturbed matrices (1 … 100,000,000).
    /// - Throws: ``SensitivityError/numericalFailure(_:)`` if LAPACK fails on a perturbed matrix.
    public func weightDistribution(samples: Int, seed: UInt64, threads: Int = 1,
                                   progress: (@Sendable (Double) -> Void)? = nil) throws -> WeightDistribution {
        try SMAAOptions(samples: samples, seed: seed, threads: threads).validate(alternatives: 1)
        let n = matrix.order, size = SMAA.blockSize
        var values = [Double](repeating: 0, count: samples * n)
        try values.withUnsafeMutableBufferPointer { buffer in
            let out = SharedBuffer(base: buffer.baseAddress!)
            try ParallelBlocks.run(blockCount: ParallelBlocks.blockCount(samples: samples, blockSize: size),
                                   threads: threads, progress: progress) { _, block in
                var rng = Xoshiro256StarStar(seed: seed, stream: UInt64(block))
                var stream = try makeStream()
                for s in (block * size)..<min(samples, (block + 1) * size) {
                    try stream.next(into: UnsafeMutableBufferPointer(start: out.base + s * n, count: n), using: &rng)
                }
            }
        }
        return WeightDistribution(samples: values, criteria: matrix.elements)
    }

    /// SMAA rank acceptability of the alternatives of `scoring` when the criterion weights are the
    /// perturbed priorities (the scoring's criteria in the order of `matrix.elements`).
    public func rankAcceptability(_ scoring: some WeightedScoring, options: SMAAOptions = SMAAOptions(),
                                  progress: (@Sendable (Double) -> Void)? = nil) throws -> SMAAResult {
        try SMAA.simulate(weights: self, plan: .fixed(scoring), options: options, weightModel: summary, progress: progress)
    }
}

/// A raw pointer that blocks write to at disjoint offsets.
struct SharedBuffer: @unchecked Sendable {
    let base: UnsafeMutablePointer<Double>
}

extension JudgmentPerturbation: WeightSource {
    var criterionCount: Int { matrix.order }

    func makeStream() throws -> Stream { Stream(perturbation: self) }

    /// One block's solver and matrix buffer.
    struct Stream: WeightStreaming {
        let perturbation: JudgmentPerturbation
        let solver: PerronEigenSolver
        var entries: [Double]

        init(perturbation: JudgmentPerturbation) {
            self.perturbation = perturbation
            solver = PerronEigenSolver(order: perturbation.matrix.order)
            entries = perturbation.matrix.entries
        }

        mutating func next(into weights: UnsafeMutableBufferPointer<Double>, using rng: inout Xoshiro256StarStar) throws {
            let a = perturbation.matrix, n = a.order
            // The same draws, in the same order, as one judgment after another: for each judgment
            // above the diagonal, whether it moves (and then how far and which way), or its factor.
            a.entries.withUnsafeBufferPointer { base in
                entries.withUnsafeMutableBufferPointer { e in
                    switch perturbation.noise {
                    case .saatySteps(let steps, let probability):
                        SaatyScale.values.withUnsafeBufferPointer { scale in
                            perturbation.positions.withUnsafeBufferPointer { positions in
                                var k = 0
                                for i in 0..<n {
                                    for j in (i + 1)..<n {
                                        var x = base[i * n + j]
                                        if rng.nextUnit() < probability {
                                            let size = 1 + Int(rng.nextUnit() * Double(steps))
                                            let move = rng.next() & 1 == 0 ? size : -size
                                            x = scale[min(max(positions[k] + move, 0), scale.count - 1)]
                                        }
                                        e[i * n + j] = x
                                        e[j * n + i] = 1 / x
                                        k += 1
                                    }
                                }
                            }
                        }
                    case .logNormal(let sigma):
                        for i in 0..<n {
                            for j in (i + 1)..<n {
                                let x = base[i * n + j] * Double.exp(sigma * rng.nextNormal())
                                e[i * n + j] = x
                                e[j * n + i] = 1 / x
                            }
                        }
                    }
                }
            }
            do {
                _ = try entries.withUnsafeBufferPointer { try solver.perronEigenpair(rowMajor: $0, into: weights) }
            } catch {
                // Name the widest base judgment: the usual cause is judgments spanning hundreds of
                // orders of magnitude, which the judgment file or manifest should not hold.
                var widest: (row: Int, column: Int, value: Double)?
                for i in 0..<n { for j in 0..<n where i != j && a[i, j] > (widest?.value ?? 1) { widest = (i, j, a[i, j]) } }
                let hint = widest.map { "; its widest judgment, (\(a.elements[$0.row]), \(a.elements[$0.column])) = \($0.value), may be beyond what double precision resolves" } ?? ""
                throw SensitivityError.numericalFailure("eigenvector of a perturbed judgment matrix: \(error)\(hint)")
            }
        }
    }
}

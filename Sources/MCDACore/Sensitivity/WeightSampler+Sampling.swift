import RealModule

/// Where a simulation gets one weight vector per sample: a ``WeightSampler`` or perturbed AHP
/// judgments. A fresh stream is made for every block, so its state never crosses blocks.
protocol WeightSource: Sendable {
    associatedtype Stream: WeightStreaming
    var criterionCount: Int { get }
    func makeStream() throws -> Stream
    /// Throws when `samples` draws would take unreasonably long (hit-and-run); before any draw.
    func checkWork(samples: Int) throws
}

extension WeightSource {
    func checkWork(samples: Int) throws {}
}

/// The per-block state of a ``WeightSource`` (a hit-and-run chain, an eigen-solver…).
protocol WeightStreaming {
    /// Writes the next weight vector (Σ = 1) into `weights`.
    mutating func next(into weights: UnsafeMutableBufferPointer<Double>, using rng: inout Xoshiro256StarStar) throws
}

extension WeightSampler: WeightSource {
    func makeStream() -> Stream { Stream(sampler: self) }

    /// Draws from a ``WeightSampler``; holds the hit-and-run chain and scratch space.
    struct Stream: WeightStreaming {
        let sampler: WeightSampler
        private var point: [Double]
        private var scratch: [Double]
        private var order: [Int]
        private var chainStarted = false

        init(sampler: WeightSampler) {
            self.sampler = sampler
            let n = sampler.criterionCount
            if case .hitAndRun(let polytope, _, _) = sampler.kind { point = polytope.start } else {
                point = [Double](repeating: 0, count: n)
            }
            scratch = [Double](repeating: 0, count: n)
            order = [Int](repeating: 0, count: n)
        }

        mutating func next(into w: UnsafeMutableBufferPointer<Double>, using rng: inout Xoshiro256StarStar) {
            let n = sampler.criterionCount
            precondition(w.count == n)
            switch sampler.kind {
            case .simplex:
                Self.uniformSimplex(w, using: &rng)
            case .ranked(let ranking):
                Self.uniformSimplex(w, using: &rng)
                Self.assignSorted(w, along: ranking, scratch: &scratch)
            case .partialOrder(let extensions):
                Self.uniformSimplex(w, using: &rng)
                order.withUnsafeMutableBufferPointer { extensions.drawExtension(into: $0, using: &rng) }
                Self.assignSorted(w, along: order, scratch: &scratch)
            case .hitAndRun(let polytope, let burnIn, let thinning):
                point.withUnsafeMutableBufferPointer { x in
                    scratch.withUnsafeMutableBufferPointer { d in
                        let steps = chainStarted ? thinning : burnIn + thinning
                        for _ in 0..<steps { polytope.step(x, direction: d, using: &rng) }
                        polytope.renormalize(x)
                        for j in 0..<n { w[j] = x[j] }
                    }
                }
                chainStarted = true
            case .dirichlet(let alphas):
                var top = -Double.infinity
                for j in 0..<n {
                    w[j] = alphas[j] > 0 ? rng.nextLogGamma(shape: alphas[j]) : -.infinity
                    top = max(top, w[j])
                }
                var total = 0.0
                for j in 0..<n { w[j] = Double.exp(w[j] - top); total += w[j] }
                for j in 0..<n { w[j] /= total }
            }
        }

        /// Dirichlet(1, …, 1): normalised Exp(1) draws.
        @inline(__always)
        static func uniformSimplex(_ w: UnsafeMutableBufferPointer<Double>, using rng: inout Xoshiro256StarStar) {
            var total = 0.0
            for j in 0..<w.count { let e = rng.nextExponential(); w[j] = e; total += e }
            let inverse = 1 / total
            for j in 0..<w.count { w[j] *= inverse }
        }

        /// Sorts `w` decreasingly and gives the k-th largest value to criterion `ranking[k]`.
        static func assignSorted(_ w: UnsafeMutableBufferPointer<Double>, along ranking: [Int], scratch: inout [Double]) {
            for j in 0..<w.count { scratch[j] = w[j] }
            scratch.sort(by: >)
            for (k, j) in ranking.enumerated() { w[j] = scratch[k] }
        }
    }
}

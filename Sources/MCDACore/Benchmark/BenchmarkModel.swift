/// The generative model of a benchmark's problems, fixed so that studies can be compared and
/// repeated (Sałabun, Wątróbski & Shekhovtsov 2020, doi:10.3390/sym12091549, section 3, draw their
/// problems the same way).
///
/// A random problem of m alternatives and n criteria, drawn from one ``Xoshiro256StarStar``
/// stream in this order:
/// 1. directions: criterion j is a cost when Uⱼ < s (s the cost share, 0…1), else a benefit;
/// 2. weights: wⱼ = Eⱼ / Σₖ Eₖ with Eⱼ ~ Exp(1) = Gamma(1), i.e. Dirichlet(1, …, 1), uniform on
///    the simplex (Rubin 1981, doi:10.1214/aos/1176345338);
/// 3. values: xᵢⱼ = 1 + 9·Uᵢⱼ, iid uniform on [1, 10), row by row.
///
/// A perturbed problem keeps a real problem's directions and weights and draws, row by row,
/// xᵢⱼ·(1 + δ·(2Uᵢⱼ − 1)): each value varies uniformly by up to ±δ of itself (0 ≤ δ < 1 keeps
/// its sign).
///
/// Complexity: O(m·n) per problem, no allocation (buffers are reused).
public enum BenchmarkModel {
    /// The smallest value of a random problem.
    public static let lowestValue = 1.0
    /// The largest value of a random problem (excluded: values lie in [1, 10)).
    public static let highestValue = 10.0

    /// Draws a random problem: `cost[j]` (true for a cost criterion), `weights` (n) and `values`
    /// (m·n, row-major), in the order documented above.
    static func drawRandom(costShare: Double, cost: inout [Bool], weights: UnsafeMutableBufferPointer<Double>,
                           values: UnsafeMutableBufferPointer<Double>, using rng: inout Xoshiro256StarStar) {
        for j in cost.indices { cost[j] = rng.nextUnit() < costShare }
        WeightSampler.Stream.uniformSimplex(weights, using: &rng)
        let width = highestValue - lowestValue
        for k in values.indices { values[k] = lowestValue + width * rng.nextUnit() }
    }

    /// Draws a perturbation of `base` (m·n values, row-major) into `values`.
    static func drawPerturbed(_ base: [Double], spread: Double, values: UnsafeMutableBufferPointer<Double>,
                              using rng: inout Xoshiro256StarStar) {
        for k in values.indices { values[k] = base[k] * (1 + spread * (2 * rng.nextUnit() - 1)) }
    }
}

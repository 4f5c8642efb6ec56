@testable import MCDACore
import RealModule
import Testing

@Suite struct RandomVariatesTests {
    /// Sample mean and variance of `count` draws.
    func moments(_ count: Int, _ draw: () -> Double) -> (mean: Double, variance: Double) {
        var sum = 0.0, squares = 0.0
        for _ in 0..<count { let x = draw(); sum += x; squares += x * x }
        let mean = sum / Double(count)
        return (mean, squares / Double(count) - mean * mean)
    }

    @Test func exponentialHasUnitMeanAndVariance() {
        var rng = Xoshiro256StarStar(seed: 2)
        let (mean, variance) = moments(200_000) { rng.nextExponential() }
        #expect(abs(mean - 1) < 4 * (1.0 / 200_000).squareRoot())
        #expect(abs(variance - 1) < 0.03)
    }

    @Test func normalHasZeroMeanAndUnitVariance() {
        var rng = Xoshiro256StarStar(seed: 3)
        let (mean, variance) = moments(200_000) { rng.nextNormal() }
        #expect(abs(mean) < 4 * (1.0 / 200_000).squareRoot())
        #expect(abs(variance - 1) < 0.015)
    }

    /// Gamma(α, 1) has mean α and variance α, for shapes below and above 1.
    @Test(arguments: [0.05, 0.3, 1.0, 2.5, 40.0])
    func gammaHasMeanAndVarianceAlpha(alpha: Double) {
        var rng = Xoshiro256StarStar(seed: 4)
        let count = 100_000
        let (mean, variance) = moments(count) { Double.exp(rng.nextLogGamma(shape: alpha)) }
        #expect(abs(mean - alpha) < 5 * (alpha / Double(count)).squareRoot())
        #expect(abs(variance - alpha) < 0.08 * alpha + 0.002)
    }

    /// From the minimum shape to the largest double the logarithm is finite (below the minimum
    /// ln U / α overflowed to −∞ and the callers' normalisations gave NaN).
    @Test func logGammaIsFiniteOverTheWholeValidRange() {
        var rng = Xoshiro256StarStar(seed: 5)
        for shape in [Xoshiro256StarStar.minimumGammaShape, 1e-250, 1e-20, 0.7, 1e10, 1e300, Double.greatestFiniteMagnitude] {
            for _ in 0..<5000 { #expect(rng.nextLogGamma(shape: shape).isFinite, "shape \(shape)") }
        }
    }
}

@testable import MCDACore
import RealModule
import Testing

@Suite struct ValueDistributionTests {
    /// A distribution with its moments written out by hand (not taken from the code under test):
    /// mean, variance and excess kurtosis γ₂, which sets the standard error of a sample variance,
    /// σ²·√((γ₂ + 2)/N).
    struct Case: Sendable, CustomTestStringConvertible {
        let distribution: ValueDistribution
        let mean: Double, variance: Double, excessKurtosis: Double
        let support: ClosedRange<Double>
        var testDescription: String { distribution.parameterText }
    }

    /// Beta(α, β): mean α/(α+β), variance αβ/((α+β)²(α+β+1)),
    /// γ₂ = 6[(α−β)²(α+β+1) − αβ(α+β+2)] / [αβ(α+β+2)(α+β+3)].
    static func beta(_ a: Double, _ b: Double) -> Case {
        let s = a + b
        return Case(distribution: .beta(alpha: a, beta: b), mean: a / s, variance: a * b / (s * s * (s + 1)),
                    excessKurtosis: 6 * ((a - b) * (a - b) * (s + 1) - a * b * (s + 2)) / (a * b * (s + 2) * (s + 3)),
                    support: 0...1)
    }

    /// exp(N(μ, σ²)): mean e^(μ+σ²/2), variance (e^σ² − 1)e^(2μ+σ²), γ₂ = e^4σ² + 2e^3σ² + 3e^2σ² − 6.
    static func logNormal(_ mu: Double, _ s: Double) -> Case {
        let e = Double.exp(s * s)
        return Case(distribution: .logNormal(mu: mu, sigma: s), mean: Double.exp(mu + s * s / 2),
                    variance: (e - 1) * Double.exp(2 * mu + s * s), excessKurtosis: e * e * e * e + 2 * e * e * e + 3 * e * e - 6,
                    support: 0...Double.infinity)
    }

    static let cases: [Case] = [
        beta(20, 116), beta(1, 135), beta(0.3, 0.7), beta(2.5, 2.5),
        Case(distribution: .normal(mean: -3, sd: 2), mean: -3, variance: 4, excessKurtosis: 0, support: -Double.infinity...Double.infinity),
        logNormal(0.5, 0.4), logNormal(-1, 0.1),
        Case(distribution: .uniform(lower: 2, upper: 5), mean: 3.5, variance: 0.75, excessKurtosis: -1.2, support: 2...5),
    ]

    /// Seeded property test: the sample mean and variance of 200,000 draws lie within 5 standard
    /// errors (σ/√N for the mean, σ²√((γ₂ + 2)/N) for the variance) of the exact moments, and
    /// every draw lies in the support.
    @Test(arguments: cases)
    func momentsAndSupport(_ c: Case) {
        var rng = Xoshiro256StarStar(seed: 11)
        let count = 200_000
        var sum = 0.0, squares = 0.0, inside = true
        for _ in 0..<count {
            let x = c.distribution.draw(value: .nan, using: &rng)
            inside = inside && c.support.contains(x)
            sum += x
            squares += (x - c.mean) * (x - c.mean)
        }
        let n = Double(count)
        let mean = sum / n, variance = squares / n - (mean - c.mean) * (mean - c.mean)
        #expect(inside)
        #expect(abs(mean - c.mean) < 5 * (c.variance / n).squareRoot())
        #expect(abs(variance - c.variance) < 5 * c.variance * ((c.excessKurtosis + 2) / n).squareRoot())
        #expect(abs(c.distribution.mean(value: .nan) - c.mean) <= 1e-12 * abs(c.mean))
        #expect(abs(c.distribution.variance - c.variance) <= 1e-12 * c.variance)
    }

    /// Tiny beta shapes: the gamma variates underflow as numbers (Γ(10⁻³) is below 10⁻³⁰⁰ about
    /// half the time) but not as logarithms, so every draw is a number in [0, 1]; Beta(10⁻³, 10⁻³)
    /// is symmetric, almost all its mass sits near 0 and 1, and its mean is ½.
    @Test func tinyBetaShapesStayInTheUnitInterval() {
        var rng = Xoshiro256StarStar(seed: 12)
        let d = ValueDistribution.beta(alpha: 1e-3, beta: 1e-3)
        let count = 100_000
        var sum = 0.0, extreme = 0
        for _ in 0..<count {
            let x = d.draw(value: 0, using: &rng)
            #expect(x >= 0 && x <= 1)
            sum += x
            if x < 1e-6 || x > 1 - 1e-6 { extreme += 1 }
        }
        // Variance of Beta(a, a) is 1/(4(2a + 1)).
        #expect(abs(sum / Double(count) - 0.5) < 5 * (1 / (4 * 1.002) / Double(count)).squareRoot())
        #expect(extreme > count * 9 / 10)
        var one = Xoshiro256StarStar(seed: 13)
        for _ in 0..<1000 {
            let x = ValueDistribution.beta(alpha: 1e-12, beta: 50).draw(value: 0, using: &one)
            #expect(x >= 0 && x <= 1)
        }
    }

    /// Shapes below 10⁻³⁰⁰ (the subnormal 5·10⁻³²⁴ used to give NaN: both gamma logarithms −∞) are
    /// invalid; at the minimum Beta(a, b) is 1 with probability a/(a + b) and 0 otherwise (the
    /// limit of Beta(ta, tb) as t → 0).
    @Test func subnormalBetaShapesAreRejectedAndTheMinimumIsABernoulli() {
        for d: ValueDistribution in [.beta(alpha: Double.leastNonzeroMagnitude, beta: Double.leastNonzeroMagnitude), .beta(alpha: 1, beta: 1e-301)] {
            #expect(d.problem == "α and β of at least 1e-300 (smaller shapes overflow the gamma draws)")
        }
        var rng = Xoshiro256StarStar(seed: 15)
        let count = 20_000
        var ones = 0
        for _ in 0..<count {
            let x = ValueDistribution.beta(alpha: 1e-300, beta: 3e-300).draw(value: 0, using: &rng)
            #expect(x == 0 || x == 1)
            if x == 1 { ones += 1 }
        }
        #expect(abs(Double(ones) / Double(count) - 0.25) < 5 * (0.25 * 0.75 / Double(count)).squareRoot())
    }

    /// The widest valid parameters (draws within the ±1e150 a matrix takes, 13 standard deviations
    /// out) draw only finite values within that range; wider ones are refused.
    @Test func extremeValidParametersDrawFiniteValues() {
        var rng = Xoshiro256StarStar(seed: 16)
        let big = Double.greatestFiniteMagnitude, limit = DecisionMatrix.magnitudeLimit
        let cases: [ValueDistribution] = [.normal(mean: 0, sd: limit / 13.5), .normal(mean: -limit / 2, sd: limit / 27),
                                          .logNormal(mu: -big / 2, sigma: big / 27), .logNormal(mu: 300, sigma: 0.6),
                                          .uniform(lower: -limit, upper: limit), .beta(alpha: big, beta: 1e-300)]
        for d in cases {
            #expect(d.problem == nil, "\(d)")
            for _ in 0..<20_000 { let x = d.draw(value: 0, using: &rng); #expect(x.isFinite && abs(x) <= limit, "\(d)") }
        }
        for wide in [ValueDistribution.normal(mean: 0, sd: limit / 12), .normal(mean: 0, sd: big / 13.5), .logNormal(mu: 700, sigma: 0.6),
                     .uniform(lower: -big, upper: big)] {
            #expect(wide.problem != nil, "\(wide)")
        }
    }

    @Test func exactReturnsTheValueAndDrawsNothing() {
        var a = Xoshiro256StarStar(seed: 14), b = Xoshiro256StarStar(seed: 14)
        #expect(ValueDistribution.exact.draw(value: 7.5, using: &a) == 7.5)
        #expect(a.next() == b.next())
        #expect(ValueDistribution.exact.mean(value: 7.5) == 7.5 && ValueDistribution.exact.variance == 0)
    }

    @Test func invalidParametersAreNamed() {
        #expect(ValueDistribution.beta(alpha: 0, beta: 1).problem == "α > 0 and β > 0, both finite")
        #expect(ValueDistribution.beta(alpha: 1, beta: .infinity).problem != nil)
        #expect(ValueDistribution.normal(mean: 0, sd: 0).problem == "a finite mean and a finite sd > 0")
        #expect(ValueDistribution.normal(mean: .nan, sd: 1).problem != nil)
        #expect(ValueDistribution.logNormal(mu: 700, sigma: 1).problem != nil)  // e^713 overflows
        #expect(ValueDistribution.logNormal(mu: 300, sigma: 8).problem != nil)  // e^404 > 1e150
        #expect(ValueDistribution.logNormal(mu: 0, sigma: -1).problem != nil)
        #expect(ValueDistribution.uniform(lower: 2, upper: 1).problem == "finite bounds with lower ≤ upper")
        for d: ValueDistribution in [.exact, .uniform(lower: 1, upper: 1), .beta(alpha: 1e-9, beta: 3),
                                     .normal(mean: -5, sd: 1e-9), .logNormal(mu: 200, sigma: 8)] {
            #expect(d.problem == nil)
        }
    }
}

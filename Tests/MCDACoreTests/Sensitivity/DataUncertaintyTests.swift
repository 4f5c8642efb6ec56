@testable import MCDACore
import Testing

@Suite struct DataUncertaintyTests {
    let x = try! DecisionMatrix(alternatives: ["a", "b"], criteria: [Criterion(id: "p", direction: .benefit), Criterion(id: "q", direction: .cost)],
                                values: [10, 20, 30, 40])

    @Test func relativePerturbationStaysWithinItsFraction() {
        var rng = Xoshiro256StarStar(seed: 1)
        for _ in 0..<1000 {
            let y = DataUncertainty.relative([0.1, 0]).perturb(x, using: &rng)
            #expect(abs(y[0, 0] - 10) <= 1 && abs(y[1, 0] - 30) <= 3)
            #expect(y[0, 1] == 20 && y[1, 1] == 40)
            #expect(y.criteria == x.criteria && y.alternatives == x.alternatives)
        }
    }

    @Test func intervalsAreSampledUniformly() {
        var rng = Xoshiro256StarStar(seed: 2)
        let u = DataUncertainty.intervals(lower: [0, 20, 30, 40], upper: [1, 20, 30, 40])
        var sum = 0.0
        for _ in 0..<10_000 {
            let y = u.perturb(x, using: &rng)
            #expect(y[0, 0] >= 0 && y[0, 0] <= 1 && y[1, 1] == 40)
            sum += y[0, 0]
        }
        #expect(abs(sum / 10_000 - 0.5) < 4 * (1.0 / 12 / 10_000).squareRoot())
    }

    @Test func validationNamesTheCell() {
        #expect(throws: SensitivityError.dimensionMismatch(what: "relative uncertainty", expected: 2, found: 1)) {
            try DataUncertainty.relative([0.1]).validate(for: x)
        }
        let fraction = "a ± fraction from 0 to below 1 (0.1 for ±10 %), as in criterion files"
        #expect(throws: MCDAError.invalidParameter(name: "uncertainty of q", value: "-0.1", expected: fraction)) {
            try DataUncertainty.relative([0.1, -0.1]).validate(for: x)
        }
        // ±200 % would flip signs (found by fuzzing: the error then named a random sampled value).
        #expect(throws: MCDAError.invalidParameter(name: "uncertainty of p", value: "2.0", expected: fraction)) {
            try DataUncertainty.relative([2, 0.1]).validate(for: x)
        }
        #expect(throws: MCDAError.invalidParameter(name: "interval of b on p", value: "[31.0, 29.0]", expected: "finite bounds with lower ≤ upper")) {
            try DataUncertainty.intervals(lower: [0, 0, 31, 0], upper: [1, 1, 29, 1]).validate(for: x)
        }
        #expect(DataUncertainty.exact.isExact && !DataUncertainty.relative([0, 0]).isExact)
    }

    @Test func distributionsAreDrawnPerCellAndReproducibly() {
        let u = DataUncertainty.distributions([.beta(alpha: 2, beta: 3), .exact, .normal(mean: 30, sd: 1), .uniform(lower: 39, upper: 41)])
        var a = Xoshiro256StarStar(seed: 3), b = Xoshiro256StarStar(seed: 3)
        var sum = 0.0
        for _ in 0..<2000 {
            let y = u.perturb(x, using: &a), z = u.perturb(x, using: &b)
            #expect(y.values == z.values)
            #expect(y[0, 0] >= 0 && y[0, 0] <= 1 && y[0, 1] == 20 && y[1, 1] >= 39 && y[1, 1] <= 41)
            sum += y[1, 0]
        }
        #expect(abs(sum / 2000 - 30) < 5 / 2000.0.squareRoot())
        #expect(u.summary == "distributions (1 uniform, 1 beta, 1 normal, 1 exact)")
        #expect(!u.isExact)
    }

    @Test func distributionValidationNamesTheCell() throws {
        #expect(throws: SensitivityError.dimensionMismatch(what: "value distributions", expected: 4, found: 2)) {
            try DataUncertainty.distributions([.exact, .exact]).validate(for: x)
        }
        #expect(throws: MCDAError.invalidParameter(name: "distribution of b on p", value: "beta(1.0, 0.0)",
                                                   expected: "α > 0 and β > 0, both finite")) {
            try DataUncertainty.distributions([.exact, .exact, .beta(alpha: 1, beta: 0), .exact]).validate(for: x)
        }
        #expect(throws: MCDAError.invalidParameter(name: "distribution of a on q", value: "log-normal(0.0, -1.0)",
                                                   expected: "a finite μ and a finite σ > 0")) {
            try DataUncertainty.distributions([.exact, .logNormal(mu: 0, sigma: -1), .exact, .exact]).validate(for: x)
        }
        try DataUncertainty.distributions([.beta(alpha: 1, beta: 2), .normal(mean: 20, sd: 2), .logNormal(mu: 3, sigma: 0.1),
                                           .uniform(lower: 30, upper: 50)]).validate(for: x)
    }
}

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
        #expect(throws: MCDAError.invalidParameter(name: "uncertainty of q", value: "-0.1", expected: "a finite fraction ≥ 0")) {
            try DataUncertainty.relative([0.1, -0.1]).validate(for: x)
        }
        #expect(throws: MCDAError.invalidParameter(name: "interval of b on p", value: "[31.0, 29.0]", expected: "finite bounds with lower ≤ upper")) {
            try DataUncertainty.intervals(lower: [0, 0, 31, 0], upper: [1, 1, 29, 1]).validate(for: x)
        }
        #expect(DataUncertainty.exact.isExact && !DataUncertainty.relative([0, 0]).isExact)
    }
}

import MCDACore
import Testing
import RealModule

@Suite struct PreferenceFunctionTests {
    /// P(d) at chosen differences, from the definitions of Brans & Vincke (1985), doi:10.1287/mnsc.31.6.647
    /// (the table of the reference README): q = 1, p = 3, s = 2.
    @Test(arguments: [
        (PreferenceFunction.usual, [-1.0, 0, 0.5, 2, 4], [0.0, 0, 1, 1, 1]),
        (.uShape(q: 1), [-1, 0, 1, 1.5, 4], [0, 0, 0, 1, 1]),
        (.vShape(p: 3), [-1, 0, 1.5, 3, 4], [0, 0, 0.5, 1, 1]),
        (.level(q: 1, p: 3), [-1, 1, 2, 3, 4], [0, 0, 0.5, 0.5, 1]),
        (.linear(q: 1, p: 3), [-1, 1, 2, 3, 4], [0, 0, 0.5, 1, 1]),
        (.gaussian(s: 2), [-1, 0, 2, 4], [0, 0, 1 - Double.exp(-0.5), 1 - Double.exp(-2)]),
    ])
    func valuesFollowTheDefinitions(function: PreferenceFunction, d: [Double], expected: [Double]) {
        for (x, want) in zip(d, expected) {
            #expect(abs(function.value(x) - want) < 1e-15, "\(function) at \(x)")
        }
    }

    @Test func equalThresholdsNeverDivideByZero() {
        #expect(PreferenceFunction.vShape(p: 0).value(1e-300) == 1)
        #expect(PreferenceFunction.linear(q: 2, p: 2).value(2) == 0)
        #expect(PreferenceFunction.linear(q: 2, p: 2).value(2.000001) == 1)
    }

    @Test func invalidParametersNameTheCriterion() throws {
        #expect(throws: MCDAError.invalidParameter(name: "p of criterion 'cost'", value: "1.0", expected: "a finite threshold ≥ q = 2.0")) {
            try PreferenceFunction.linear(q: 2, p: 1).validate(criterion: "cost")
        }
        #expect(throws: MCDAError.self) { try PreferenceFunction.uShape(q: -1).validate(criterion: "c") }
        #expect(throws: MCDAError.self) { try PreferenceFunction.gaussian(s: 0).validate(criterion: "c") }
        #expect(throws: MCDAError.self) { try PreferenceFunction.vShape(p: .infinity).validate(criterion: "c") }
        #expect(throws: MCDAError.self) { try PreferenceFunction.level(q: .nan, p: 1).validate(criterion: "c") }
        try PreferenceFunction.level(q: 0, p: 0).validate(criterion: "c")
    }

    @Test func buildingFromAKindNeedsItsParameters() throws {
        #expect(try PreferenceFunction(kind: .linear, q: 1, p: 2, s: nil, criterion: "c") == .linear(q: 1, p: 2))
        #expect(try PreferenceFunction(kind: .usual, q: nil, p: nil, s: nil, criterion: "c") == .usual)
        #expect(throws: MCDAError.invalidParameter(name: "p of criterion 'speed'", value: "missing",
                                                   expected: "a threshold for the v-shape preference function")) {
            try PreferenceFunction(kind: .vShape, q: nil, p: nil, s: nil, criterion: "speed")
        }
        for kind in PreferenceFunction.Kind.allCases {
            let f = try PreferenceFunction(kind: kind, q: 1, p: 2, s: 3, criterion: "c")
            #expect(f.kind == kind)
        }
    }

    /// s beyond the range of values made 2s² overflow and every preference 0 (found by fuzzing).
    @Test func gaussianWidthIsBoundedByTheRangeOfValues() throws {
        try PreferenceFunction.gaussian(s: 1e150).validate(criterion: "c")
        #expect(throws: MCDAError.invalidParameter(name: "s of criterion 'c'", value: "1e+154", expected: "a finite number > 0, at most 1e150")) {
            try PreferenceFunction.gaussian(s: 1e154).validate(criterion: "c")
        }
    }
}

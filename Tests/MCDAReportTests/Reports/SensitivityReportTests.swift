import MCDACore
import MCDAReport
import Testing

@Suite struct SensitivityReportTests {
    /// Two benefit criteria, no normalisation: A = 0.2 + 0.8w, B = 1 − 0.7w, C = 0.7 − 0.1w with w the
    /// weight of x; closed-form crossings B = C at 1/2, A = B at 8/15, A = C at 5/9.
    let matrix = try! DecisionMatrix(alternatives: ["A", "B", "C"],
                                     criteria: [Criterion(id: "x", direction: .benefit), Criterion(id: "y", direction: .benefit)],
                                     values: [1, 0.2, 0.3, 1, 0.6, 0.7])
    var analysis: WeightSensitivityAnalysis {
        try! WeightSensitivityAnalysis(WeightedSumScoring(normalized: try! Normalization.none.apply(to: matrix)),
                                       weights: [0.6, 0.4], topK: 2, points: 3)
    }
    let subject = SensitivityReport.Subject(method: "wsm", settings: [("normalization", "none")],
                                            alternatives: ["Alpha", "Beta", "Gamma"], criteria: ["X", "Y"], notes: ["a note"])

    /// The member `key` of an object, or the element `key` of an array.
    func at(_ value: JSONValue?, _ path: Any...) -> JSONValue? {
        var v = value
        for step in path {
            switch (v, step) {
            case (.object(let members)?, let key as String): v = members.first { $0.0 == key }?.1
            case (.array(let items)?, let k as Int): v = k < items.count ? items[k] : nil
            default: return nil
            }
        }
        return v
    }

    func number(_ v: JSONValue?) -> Double? { if case .number(let x)? = v { return x }; return nil }

    @Test func jsonNamesEverythingAndKeepsFullPrecision() {
        let json = SensitivityReport.json(analysis, subject: subject)
        let text = json.serialized(pretty: false)
        #expect(text.hasPrefix("{\"method\":\"wsm\",\"settings\":{\"normalization\":\"none\"},\"alternatives\":[\"Alpha\",\"Beta\",\"Gamma\"],"
                               + "\"criteria\":[\"X\",\"Y\"],\"weights\":[0.6,0.4],\"breakpointMethod\":{\"kind\":\"exact\"},\"top\":[\"Alpha\",\"Gamma\"],"))
        // Along X: Beta passes Gamma for 1st at 1/2, Alpha passes Beta for 2nd at 8/15, Alpha passes Gamma for 1st at 5/9.
        let expected: [(Double, String, String, Int)] = [(1.0 / 2, "Gamma", "Beta", 1), (8.0 / 15, "Alpha", "Beta", 2), (5.0 / 9, "Alpha", "Gamma", 1)]
        for (k, (w, above, below, place)) in expected.enumerated() {
            let b = at(json, "sweeps", 0, "breakpoints", k)
            #expect(abs((number(at(b, "weight")) ?? 0) - w) < 1e-15)
            #expect(at(b, "above") == .string(above) && at(b, "below") == .string(below) && at(b, "place") == .integer(place))
        }
        // Grid 0, ½, 1: Alpha is 3rd, 3rd (0.6 < 0.65), 1st.
        #expect(at(json, "sweeps", 0, "grid", "ranks", 0) == .numbers([3, 3, 1]))
        #expect(at(json, "sweeps", 0, "grid", "alternatives") == .strings(["Alpha", "Gamma"]))
        #expect(at(json, "criticalChanges", "mostCritical", "relative") == .string("X"))
        #expect(at(json, "criticalChanges", "pairs", 0, "higher") == .string("Alpha"))
        #expect(abs((number(at(json, "stabilityIntervals", 0, "lower")) ?? 0) - 5.0 / 9) < 1e-15)
        #expect(at(json, "stabilityIntervals", 0, "upper") == .number(1))
        #expect(at(json, "notes") == .strings(["a note"]))
    }

    @Test func textGivesTheCriticalTableAndTheOrderChanges() {
        let text = SensitivityReport.text(analysis, subject: subject)
        #expect(text.contains("Weight sensitivity of wsm (normalization none)"))
        #expect(text.contains("Weights are exact"))
        #expect(text.contains("Top 2 at these weights: Alpha, Gamma"))
        let x = text.split(separator: "\n").first { $0.hasPrefix("  X ") }.map(String.init) ?? ""
        // Critical weight 5/9 = 0.5556, change −2/45 = −0.0444, relative 7.4 %, interval [0.5556, 1].
        #expect(x.contains("0.600") && x.contains("0.5556") && x.contains("-0.0444") && x.contains("7.4%") && x.contains("0.5556 – 1.0000"))
        #expect(text.contains("at 0.5000: Gamma passes Beta for place 1"))
        #expect(text.contains("at 0.5556: Alpha passes Gamma for place 1"))
        #expect(text.contains("places: 1 Alpha, 2 Gamma"))
        #expect(text.contains("Note: a note"))
    }
}

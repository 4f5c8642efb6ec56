import MCDAReport
import Testing
import _TestSupport

@Suite struct JSONValueTests {
    @Test func numbersRoundTripAndNonFiniteBecomesNull() {
        let v = JSONValue.object([("a", .numbers([1.0 / 3, 2, .nan])), ("s", .string("q\"\n"))])
        #expect(v.serialized(pretty: false) == "{\"a\":[0.3333333333333333,2,null],\"s\":\"q\\\"\\n\"}")
    }

    /// Short decimals in [0.0001, 1) take a fast path (JSONSink.appendShortDecimal); every number
    /// must still print exactly as Swift's shortest round-trip `description` (the oracle here; whole
    /// numbers print as integers).
    @Test func shortDecimalsPrintAsSwiftsShortestForm() {
        func check(_ x: Double) -> Bool {
            let printed = JSONValue.number(x).serialized()
            let expected = x == x.rounded() ? String(Int(x)) : x.description  // whole numbers print as integers
            guard printed == expected else { Issue.record("\(x): \(printed) ≠ \(expected)"); return false }
            return true
        }
        for k in 0...100_000 where !check(Double(k) / 100_000) { return }  // every share of 10⁵ samples
        var rng = TestRNG(seed: 8)
        for e in 1...10 {  // random decimals of e places (fast path up to 8), and their neighbours
            let scale = (0..<e).reduce(1.0) { p, _ in p * 10 }
            for _ in 0..<2_000 {
                let x = Double(UInt64.random(in: 0..<UInt64(scale), using: &rng)) / scale
                for y in [x, x.nextUp, x.nextDown] where !check(y) { return }
            }
        }
        for _ in 0..<20_000 where !check(Double.random(in: 0..<1, using: &rng)) { return }  // no short form
        for x in [0.0001, 0.0001.nextDown, 0.0001.nextUp, 0.00009, 1.0.nextDown, 0.99999999, 0.1, 1e-8, -0.25] where !check(x) { return }
    }

    @Test func fixedFormatting() {
        #expect(NumberFormat.fixed(0.12345, 3) == "0.123")
        #expect(NumberFormat.fixed(-2.5, 1) == "-2.5")
        #expect(NumberFormat.fixed(0.9996, 3) == "1.000")
        #expect(NumberFormat.percent(0.7123) == "71.2%")
    }
}

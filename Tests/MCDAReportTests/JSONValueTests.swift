import MCDAReport
import Testing

@Suite struct JSONValueTests {
    @Test func numbersRoundTripAndNonFiniteBecomesNull() {
        let v = JSONValue.object([("a", .numbers([1.0 / 3, 2, .nan])), ("s", .string("q\"\n"))])
        #expect(v.serialized(pretty: false) == "{\"a\":[0.3333333333333333,2,null],\"s\":\"q\\\"\\n\"}")
    }

    @Test func fixedFormatting() {
        #expect(NumberFormat.fixed(0.12345, 3) == "0.123")
        #expect(NumberFormat.fixed(-2.5, 1) == "-2.5")
        #expect(NumberFormat.fixed(0.9996, 3) == "1.000")
        #expect(NumberFormat.percent(0.7123) == "71.2%")
    }
}

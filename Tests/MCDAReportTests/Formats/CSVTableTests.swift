import Testing
import _TestSupport
@testable import MCDAReport

@Suite struct CSVTableTests {
    /// The documented example.
    @Test func example() {
        var t = CSVTable(headers: ["id", "name", "score"])
        t.add(["bronte", "Bronte, Sicily", CSVTable.number(0.4621)])
        #expect(t.render() == "id,name,score\r\nbronte,\"Bronte, Sicily\",0.4621\r\n")
    }

    /// A field with a comma, a quote, CR or LF is quoted and its quotes doubled; others are not.
    @Test func quotesWhatMustBeQuoted() {
        #expect(CSVTable.field("plain text; with – dashes") == "plain text; with – dashes")
        #expect(CSVTable.field("") == "")
        #expect(CSVTable.field("a,b") == "\"a,b\"")
        #expect(CSVTable.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVTable.field("two\nlines") == "\"two\nlines\"")
        #expect(CSVTable.field("cr\r\nlf") == "\"cr\r\nlf\"")
        #expect(CSVTable.field(" padded ") == " padded ")
        #expect(CSVTable.field("رفسنجان, کرمان") == "\"رفسنجان, کرمان\"")
    }

    /// Whatever the fields hold, the document reads back to them (RFC 4180 reader of the tests).
    @Test func readsBack() throws {
        let fields = ["a", "", "b,c", "\"", "x\"y\"", "line\nbreak", "cr\r\nlf", "東京", "e\u{301}", "'=1+1", " sp "]
        var rng = TestRNG(seed: 4180)
        for _ in 0..<200 {
            let width = Int.random(in: 1...5, using: &rng)
            let headers = (0..<width).map { _ in fields[Int.random(in: 0..<fields.count, using: &rng)] }
            var t = CSVTable(headers: headers)
            var rows: [[String]] = []
            for _ in 0..<Int.random(in: 0...4, using: &rng) {
                let row = (0..<width).map { _ in fields[Int.random(in: 0..<fields.count, using: &rng)] }
                rows.append(row)
                t.add(row)
            }
            let text = t.render()
            #expect(text.hasSuffix("\r\n"))
            #expect(try RFC4180.records(text) == [headers] + rows)
        }
    }

    /// Short rows get empty fields, long ones are cut to the header.
    @Test func recordsHaveTheHeadersWidth() {
        var t = CSVTable(headers: ["a", "b", "c"])
        t.add(["1"])
        t.add(["1", "2", "3", "4"])
        #expect(t.render() == "a,b,c\r\n1,,\r\n1,2,3\r\n")
    }

    /// Numbers as the JSON writes them: shortest round trip, whole numbers without a fraction,
    /// nil and non-finite values empty.
    @Test func numbersAsInTheJSON() {
        for x in [0.1 + 0.2, 1.0 / 3, 5.560000000000001, 3, -0.0007450096827130159, 1e-300, 123456789012345680000, 2.5] {
            #expect(CSVTable.number(x) == JSONValue.number(x).serialized(pretty: false))
            #expect(Double(CSVTable.number(x)) == x)
        }
        #expect(CSVTable.number(3) == "3")
        #expect(CSVTable.number(nil) == "" && CSVTable.number(.nan) == "" && CSVTable.number(.infinity) == "")
    }
}

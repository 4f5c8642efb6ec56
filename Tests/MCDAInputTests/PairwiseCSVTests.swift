import MCDACore
import Testing
@testable import MCDAInput

@Suite struct PairwiseCSVTests {
    @Test func readsFractionsAndUpperTriangleOnly() throws {
        let t = try CSVTable(text: ",a,b,c\na,1,3,1/2\nb,,1,?\nc,,,1\n", file: "m.csv")
        let m = try PairwiseCSV.parse(t)
        #expect(m.entries[3] == 1.0 / 3)
        #expect(m.entries[5] == nil)
        #expect(m.entries[2] == 0.5)
    }

    @Test func reportsLineAndColumnOfABadCell() {
        #expect(throws: InputError.self) { try PairwiseCSV.parse(CSVTable(text: ",a,b\na,1,zz\nb,1,1\n", file: "m.csv")) }
        do { _ = try PairwiseCSV.parse(CSVTable(text: ",a,b\na,1,zz\nb,1,1\n", file: "m.csv")) } catch {
            #expect("\(error)".hasPrefix("m.csv:2: column 'b': 'zz'"))
        }
    }

    @Test func csvQuotesAndLineNumbers() throws {
        let t = try CSVTable(text: "\u{FEFF}x,\"a, b\"\r\n\n y ,\"say \"\"hi\"\"\"\n", file: "q.csv")
        #expect(t.rows.count == 2)
        #expect(t.rows[0].fields == ["x", "a, b"])
        #expect(t.rows[1].fields == ["y", "say \"hi\""])
        #expect(t.rows[1].line == 3)
        #expect(throws: InputError.syntax(file: "q.csv", line: 1, message: "a quoted field is never closed")) {
            try CSVTable(text: "\"open", file: "q.csv")
        }
    }
}

import MCDACore
import Testing
@testable import MCDAInput

/// ``DecisionMatrixCSV/text(of:)`` reads back to the same matrix (the property the matrix fuzz
/// target checks on every input it reads), and inputs the fuzzer found.
@Suite struct DecisionMatrixCSVWritingTests {
    static func roundTrip(_ csv: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let m = try DecisionMatrixCSV.parse(text: csv, file: "m.csv")
        let again = try DecisionMatrixCSV.parse(text: DecisionMatrixCSV.text(of: m), file: "m.csv")
        #expect(again.alternatives == m.alternatives, sourceLocation: sourceLocation)
        #expect(again.criteria.map(\.id) == m.criteria.map(\.id), sourceLocation: sourceLocation)
        #expect(again.values.map(\.bitPattern) == m.values.map(\.bitPattern), sourceLocation: sourceLocation)
    }

    @Test func theDocumentedExample() throws {
        let m = try DecisionMatrix(alternatives: ["a, b"], criteria: [Criterion(id: "c1", direction: .benefit), Criterion(id: "c2", direction: .benefit)],
                                   values: [1, 0.5])
        #expect(DecisionMatrixCSV.text(of: m) == "alternative,c1,c2\n\"a, b\",1.0,0.5\n")
    }

    @Test func awkwardNamesAndNumbersReadBack() throws {
        try Self.roundTrip("alternative,\"price, €\",\" speed \"\n\"A \"\"one\"\"\",250,1e-3\n\" B\",-0.0,5e-324\n\"C\nD\",1e150,-1e150\n")
        try Self.roundTrip("alternative,x\n\u{FEFF}A,0.1\n")
    }

    /// A header without a final line break moved the scanner past the end of the bytes, and the
    /// body's slice trapped (Range requires lowerBound <= upperBound; `mcda rank` died with SIGILL).
    @Test func aHeaderWithoutAFinalLineBreakIsAnError() {
        for text in ["alternative,price", "a,b\u{0}", "\u{8A}\u{0}\u{0}\u{0}\u{0},\u{0}"] {
            #expect(throws: InputError.invalid(file: "m.csv", message: "no alternatives: the file has only a header row")) {
                try DecisionMatrixCSV.parse(text: text, file: "m.csv")
            }
        }
    }

    /// A doubled quote followed by a combining mark (U+0352) was not unescaped, since `"` + U+0352
    /// is one `Character`; the writer did not quote such a name either (found by fuzzing).
    @Test func aQuoteBeforeACombiningMark() throws {
        let m = try DecisionMatrixCSV.parse(text: "alternative,\"a\"\"\u{0352}b\"\n\" \u{0352}x\"\"\u{0352}\",1\n", file: "m.csv")
        #expect(m.criteria.map(\.id) == ["a\"\u{0352}b"])
        #expect(m.alternatives == [" \u{0352}x\"\u{0352}"])
        #expect(DecisionMatrixCSV.field("a\"\u{0352}b") == "\"a\"\"\u{0352}b\"")
        try Self.roundTrip("alternative,\"a\"\"\u{0352}b\"\n\" \u{0352}x\"\"\u{0352}\",1\n")
        let crash: [UInt8] = [0x61, 0x94, 0x8B, 0x9A, 0x93, 0x2E, 0x61, 0x74, 0x69, 0x00, 0x2C, 0x22, 0x22, 0x22, 0x22, 0x22, 0x22,
                              0x22, 0x22, 0x22, 0x22, 0x22, 0x22, 0x9A, 0x93, 0x2E, 0x61, 0x74, 0x69, 0x00, 0x2C, 0x22, 0x22,
                              0xCD, 0x92, 0x41, 0x32, 0x42, 0x42, 0x42, 0x42, 0x42, 0x42, 0x42, 0x42, 0x42, 0x42, 0x42, 0x42,
                              0xEF, 0xBF, 0xBD, 0xEF, 0xBF, 0xBD, 0xEF, 0xBF, 0xBD, 0xEF, 0xBF, 0xBD, 0xEF, 0xBF, 0xBD, 0x22,
                              0x22, 0x22, 0x22, 0x22, 0x22, 0x22, 0x22, 0x22, 0x22, 0x22, 0x22, 0x22, 0x22, 0x22, 0x22, 0x0A,
                              0x78, 0x2C, 0x30, 0x22, 0x22, 0x3A, 0x22, 0x22, 0x22, 0x22, 0x22, 0x0A, 0x78, 0x2C, 0x30, 0x65,
                              0x31, 0x34, 0x0A]
        if let m = try? DecisionMatrixCSV.parse(bytes: crash, file: "m.csv") {
            let again = try DecisionMatrixCSV.parse(text: DecisionMatrixCSV.text(of: m), file: "m.csv")
            #expect(again.criteria.map(\.id) == m.criteria.map(\.id) && again.alternatives == m.alternatives)
        }
    }
}

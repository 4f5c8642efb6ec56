import MCDACore
import Testing
@testable import MCDAInput

@Suite struct DecisionMatrixCSVTests {
    @Test func readsQuotedNamesSpacesAndCRLF() throws {
        let m = try DecisionMatrixCSV.parse(text: "alternative,price,speed\r\n\"Minas de Riotinto, ES\", 250 ,1.6e1\r\n\nA2,200,12\n",
                                            directions: [.cost, .benefit])
        #expect(m.alternatives == ["Minas de Riotinto, ES", "A2"])
        #expect(m.values == [250, 16, 200, 12])
        #expect(m.criteria.map(\.direction) == [.cost, .benefit])
    }

    @Test func errorsNameFileLineColumnAndAlternative() {
        #expect(throws: InputError.notANumber(file: "m.csv", line: 3, column: "speed", text: "fast",
                                              expected: "a finite number (alternative 'A2')")) {
            try DecisionMatrixCSV.parse(text: "a,price,speed\nA1,1,2\nA2,3,fast\n", file: "m.csv")
        }
        #expect(throws: InputError.fieldCount(file: "m.csv", line: 2, expected: 3, found: 2)) {
            try DecisionMatrixCSV.parse(text: "a,price,speed\nA1,1\n", file: "m.csv")
        }
        #expect(throws: InputError.duplicateName(file: "m.csv", line: 3, kind: "alternative", name: "A1")) {
            try DecisionMatrixCSV.parse(text: "a,p\nA1,1\nA1,2\n", file: "m.csv")
        }
        for bad in ["nan", "inf", "0x10", "1e999", ""] {
            #expect(throws: InputError.self) { try DecisionMatrixCSV.parse(text: "a,p\nA1,\(bad)\n", file: "m.csv") }
        }
        #expect(throws: InputError.invalid(file: "m.csv", message: "1 directions were given for 2 criteria (p, q)")) {
            try DecisionMatrixCSV.parse(text: "a,p,q\nA1,1,2\n", file: "m.csv", directions: [.cost])
        }
    }

    /// The byte-level number parser agrees with Swift's Double(String) on seeded random decimals.
    @Test func numbersRoundTripExactly() throws {
        var text = "a,x\n"
        var expected: [Double] = []
        var state: UInt64 = 99
        for i in 0..<2000 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let x = Double(bitPattern: (state >> 2) & 0x7FEF_FFFF_FFFF_FFFF) // finite, positive
            let v = i % 2 == 0 ? x : -Double(state % 100_000) / 7
            expected.append(v)
            text += "A\(i),\(v)\n"
        }
        let m = try DecisionMatrixCSV.parse(text: text)
        #expect(m.values == expected)
    }
}

import Testing
import _TestSupport
@testable import MCDAInput

@Suite struct CSVScannerTests {
    /// The rows of `text` as (line, field texts), read with `nextRow`.
    func rows(_ text: String, firstLine: Int = 1, skipsByteOrderMark: Bool = true) throws -> [(Int, [String])] {
        try Array(text.utf8).withUnsafeBufferPointer { buffer in
            var scanner = CSVScanner(bytes: buffer, file: "t.csv", firstLine: firstLine, skipsByteOrderMark: skipsByteOrderMark)
            var fields: [CSVField] = []
            var out: [(Int, [String])] = []
            while let line = try scanner.nextRow(into: &fields) { out.append((line, fields.map(scanner.string))) }
            return out
        }
    }

    @Test func rowsCarryTheirLinesFromTheFirstLineGiven() throws {
        let r = try rows("a,b\n\n\"x\ny\",2\r\nc, d \n", firstLine: 10)
        #expect(r.map(\.0) == [10, 12, 14])
        #expect(r.map(\.1) == [["a", "b"], ["x\ny", "2"], ["c", "d"]])
    }

    @Test func byteOrderMarkIsSkippedOnlyAtTheStartOfAFile() throws {
        let text = "\u{FEFF}a,b\n"
        #expect(try rows(text).map(\.1) == [["a", "b"]])
        #expect(try rows(text, skipsByteOrderMark: false).map(\.1) == [["\u{FEFF}a", "b"]])
    }

    @Test func syntaxErrorsNameTheirLine() {
        #expect(throws: InputError.syntax(file: "t.csv", line: 7, message: "a double quote inside an unquoted field")) {
            try rows("a,b\nc,d\"\n", firstLine: 6)
        }
        #expect(throws: InputError.syntax(file: "t.csv", line: 2, message: "a quoted field is never closed")) {
            try rows("a\n\"b,c\n\n")
        }
    }

    /// `number` (fast path, then strtod) gives exactly what strtod alone gives, on seeded random
    /// fields of every kind: plain decimals, exponents, too many digits, junk, spaces, signs.
    @Test func numberAgreesWithTheStrtodPath() {
        var rng = TestRNG(seed: 11)
        let pieces = ["0", "1", "9", "12", "000", "5", ".", "e", "E", "-", "+", "e-", "x", "inf", "n", "\u{0B}", "\u{0C}", "1234567890", "\"", "_"]
        var checked = 0
        for _ in 0..<100_000 {
            var text = ""
            for _ in 0..<Int.random(in: 1...6, using: &rng) { text += pieces[Int.random(in: 0..<pieces.count, using: &rng)] }
            Array(text.utf8).withUnsafeBufferPointer { buffer in
                let scanner = CSVScanner(bytes: buffer, file: "t.csv")
                let field = CSVField(start: 0, end: buffer.count, hasEscapedQuote: false)
                let a = scanner.number(field), b = scanner.slowNumber(field)
                #expect(a?.bitPattern == b?.bitPattern, "'\(text)': \(String(describing: a)) vs \(String(describing: b))")
                if a != nil { checked += 1 }
            }
        }
        #expect(checked > 10_000)
    }

    /// Unquoted fields of every length (the scanner skips eight bytes at a time): the same fields
    /// as splitting each line at commas and trimming spaces, tabs and CRs.
    @Test func plainFieldsOfEveryLength() throws {
        var rng = TestRNG(seed: 21)
        let alphabet = Array("abcXYZ0123456789.-+e \t\r;:/é".unicodeScalars)
        func trimmed(_ s: Substring) -> String {
            var t = s
            while let f = t.first, f == " " || f == "\t" { t.removeFirst() }
            while let l = t.last, l == " " || l == "\t" || l == "\r" { t.removeLast() }
            return String(t)
        }
        for _ in 0..<300 {
            var lines: [String] = []
            for _ in 0..<Int.random(in: 1...8, using: &rng) {
                let fields = (0..<Int.random(in: 1...6, using: &rng)).map { _ in
                    String(String.UnicodeScalarView((0..<Int.random(in: 0...30, using: &rng)).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &rng)] }))
                }
                lines.append(fields.joined(separator: ","))
            }
            let expected = lines.enumerated().compactMap { k, line -> (Int, [String])? in
                let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(trimmed)
                return fields == [""] ? nil : (k + 1, fields)
            }
            let got = try rows(lines.joined(separator: "\n"))
            #expect(got.map(\.0) == expected.map(\.0) && got.map(\.1) == expected.map(\.1), "\(lines)")
        }
    }
}

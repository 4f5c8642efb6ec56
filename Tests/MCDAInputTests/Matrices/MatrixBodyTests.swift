import MCDACore
import Testing
import _TestSupport
@testable import MCDAInput

/// The parallel reader gives what a plain serial reader gives: the same names and doubles, and on
/// bad input the same first error in file order, whatever the number of blocks.
@Suite struct MatrixBodyTests {
    static let criteria = ["c1", "c2", "c3"]

    /// A seeded random body: names A<k>, numbers printed by Swift, some blank and CRLF lines.
    static func body(rows: Int, seed: UInt64) -> [String] {
        var rng = TestRNG(seed: seed)
        var lines: [String] = []
        for k in 0..<rows {
            if Int.random(in: 0..<20, using: &rng) == 0 { lines.append(["", "  ", "\r"][Int.random(in: 0...2, using: &rng)]) }
            let values = (0..<criteria.count).map { _ in "\(Double.random(in: -1000...1000, using: &rng))" }
            lines.append((["A\(k)"] + values).joined(separator: Int.random(in: 0..<5, using: &rng) == 0 ? " , " : ",")
                         + (Int.random(in: 0..<10, using: &rng) == 0 ? "\r" : ""))
        }
        return lines
    }

    /// The serial algorithm the reader always followed, row by row: field count, empty name,
    /// repeated name, then each number.
    static func reference(_ lines: [String], file: String) throws -> ([String], [Double]) {
        let table = try CSVTable(text: (["alternative," + criteria.joined(separator: ",")] + lines).joined(separator: "\n") + "\n", file: file)
        var names: [String] = [], values: [Double] = [], seen = Set<String>()
        for row in table.rows.dropFirst() {
            guard row.fields.count == criteria.count + 1 else {
                throw InputError.fieldCount(file: file, line: row.line, expected: criteria.count + 1, found: row.fields.count)
            }
            let name = row.fields[0]
            if name.isEmpty { throw InputError.emptyName(file: file, line: row.line, kind: "alternative") }
            if !seen.insert(name).inserted { throw InputError.duplicateName(file: file, line: row.line, kind: "alternative", name: name) }
            names.append(name)
            for (j, text) in row.fields.dropFirst().enumerated() {
                guard let x = NumberParsing.decimal(text) else {
                    throw InputError.notANumber(file: file, line: row.line, column: criteria[j], text: text,
                                                expected: "a finite number (alternative '\(name)')")
                }
                values.append(x)
            }
        }
        return (names, values)
    }

    /// `MatrixBody.read` of the lines cut into `blocks` blocks (header on line 1).
    static func read(_ lines: [String], blocks: Int, file: String, finalNewline: Bool = true) throws -> ([String], [Double]) {
        let bytes = Array((lines.joined(separator: "\n") + (finalNewline ? "\n" : "")).utf8)
        return try bytes.withUnsafeBufferPointer { body in
            try MatrixBody.read(body, blocks: MatrixBody.cut(body, into: blocks), firstLine: 2, file: file, criteria: criteria)
        }
    }

    /// The outcome as a comparable value: the error, or the names and the doubles' bits.
    static func outcome(_ f: () throws -> ([String], [Double])) -> String {
        do {
            let (names, values) = try f()
            return "\(names) \(values.map(\.bitPattern))"
        } catch { return "error: \(error)" }
    }

    @Test func blocksJoinToTheSerialResult() throws {
        let lines = Self.body(rows: 3000, seed: 1)
        let expected = try Self.reference(lines, file: "m.csv")
        // Every block's room is its line count (one more for a last block without a final line
        // break), so rows fill it exactly unless there are blank lines: both cases, with and
        // without the final line break.
        for blocks in [1, 2, 3, 5, 8, 16, 64] {
            for finalNewline in [true, false] {
                let (names, values) = try Self.read(lines, blocks: blocks, file: "m.csv", finalNewline: finalNewline)
                #expect(names == expected.0)
                #expect(values.map(\.bitPattern) == expected.1.map(\.bitPattern), "\(blocks) blocks, final newline \(finalNewline)")
            }
        }
        let plain = (0..<500).map { "A\($0),\($0),\($0 * 2),0.5" }
        let expectedPlain = try Self.reference(plain, file: "p.csv")
        for blocks in [1, 4, 16] {
            for finalNewline in [true, false] {
                let (names, values) = try Self.read(plain, blocks: blocks, file: "p.csv", finalNewline: finalNewline)
                #expect(names == expectedPlain.0 && values == expectedPlain.1, "no blank lines, \(blocks) blocks, final newline \(finalNewline)")
            }
        }
    }

    /// Rows at the edges of ``CSVScanner/nextPlainRow(numbers:into:)`` (the one-pass reader of
    /// plain rows) and just past them, alone and mixed at random: the reader gives what the
    /// field-by-field reference gives, the same doubles to the bit or the same first error.
    @Test func plainRowEdgesMatchTheReference() {
        let names = ["A", "New York", "Río Tinto", "كرمان", " padded", "padded ", "\ttab", "a\tb", "x;y", "A\u{7F}"]
        let numbers = ["1", "+1", "-0", "0", "00012", "5.", ".5", "-.5", "1e3", "1E-3", "2.5e+22", "1e22", "1e23", "1e-22", "1e-23",
                       "9007199254740992", "9007199254740993", "1234567890123456789", "12345678901234567890", "0.000000000000000000001",
                       " 2", "2 ", "1e", ".", "-", "1.2.3", "0x", "inf", "nan", "1,5"]
        var rng = TestRNG(seed: 21)
        func row(_ k: Int) -> String {
            let name = names[Int.random(in: 0..<names.count, using: &rng)] + "\(k)"
            let values = (0..<Self.criteria.count).map { _ in
                Int.random(in: 0..<3, using: &rng) == 0 ? numbers[Int.random(in: 0..<numbers.count, using: &rng)] : "\(Int.random(in: 0..<1000, using: &rng)).25"
            }
            let ending = ["", "", "", "\r", ",", " "][Int.random(in: 0..<6, using: &rng)]
            return ([name] + values).joined(separator: ",") + ending
        }
        // Every edge case alone (two rows: it and a plain one), then random mixtures.
        var bodies: [[String]] = []
        for text in numbers { bodies.append(["P,1,2,3", "N,\(text),2,3"]); bodies.append(["P,1,2,3", "N,1,2,\(text)"]) }
        for name in names { bodies.append(["P,1,2,3", "\(name),1,2,3"]) }
        for trial in 0..<200 { bodies.append((0..<Int.random(in: 1...30, using: &rng)).map { row(trial * 100 + $0) }) }
        for lines in bodies {
            let expected = Self.outcome { try Self.reference(lines, file: "e.csv") }
            for finalNewline in [true, false] {
                #expect(Self.outcome { try Self.read(lines, blocks: 1, file: "e.csv", finalNewline: finalNewline) } == expected,
                        "\(lines), final newline \(finalNewline)")
            }
        }
    }

    @Test func cutEndsEveryBlockAtALineEnd() {
        let bytes = Array("a,1\nbb,2\n\nccc,3\nd,4".utf8)
        bytes.withUnsafeBufferPointer { body in
            for count in 1...12 {
                let blocks = MatrixBody.cut(body, into: count)
                #expect(blocks.count == count && blocks.first?.lowerBound == 0 && blocks.last?.upperBound == body.count)
                for (a, b) in zip(blocks, blocks.dropFirst()) { #expect(a.upperBound == b.lowerBound) }
                for b in blocks.dropLast() where !b.isEmpty { #expect(body[b.upperBound - 1] == 0x0A) }
            }
        }
    }

    /// One or two faults of random kinds at random rows: every block count reports what the serial
    /// algorithm reports (the first faulty row; in one row a repeated name before a bad number).
    @Test func firstErrorInFileOrderWhateverTheBlocks() {
        var rng = TestRNG(seed: 5)
        for trial in 0..<300 {
            var lines = Self.body(rows: 400, seed: UInt64(trial))
            let rowLines = lines.indices.filter { lines[$0].hasPrefix("A") }
            for _ in 0..<Int.random(in: 1...2, using: &rng) {
                let at = rowLines[Int.random(in: 0..<rowLines.count, using: &rng)]
                var fields = lines[at].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
                switch Int.random(in: 0..<5, using: &rng) {
                case 0: fields[Int.random(in: 1...3, using: &rng)] = "oops"
                case 1: fields.removeLast()
                case 2: fields[0] = ""
                case 3: fields[0] = lines[rowLines[Int.random(in: 0..<rowLines.count, using: &rng)]].split(separator: ",")[0].trimmingSpaces()
                default: fields[0] = lines[rowLines[0]].split(separator: ",")[0].trimmingSpaces(); fields[1] = "1e999"
                }
                lines[at] = fields.joined(separator: ",")
            }
            let expected = Self.outcome { try Self.reference(lines, file: "m.csv") }
            for blocks in [1, 2, 7, 16] {
                #expect(Self.outcome { try Self.read(lines, blocks: blocks, file: "m.csv") } == expected, "trial \(trial), \(blocks) blocks")
            }
        }
    }

    /// A file past the parallel threshold: the error names file, line, column and alternative.
    @Test func largeFileErrorsNameTheirPlace() throws {
        var lines = Self.body(rows: 40_000, seed: 9)
        let header = "alternative," + Self.criteria.joined(separator: ",")
        #expect(lines.joined(separator: "\n").utf8.count > MatrixBody.parallelThreshold)
        let clean = try DecisionMatrixCSV.parse(text: ([header] + lines).joined(separator: "\n"), file: "big.csv")
        let expected = try Self.reference(lines, file: "big.csv")
        #expect(clean.alternatives == expected.0 && clean.values == expected.1)
        let at = lines.count - 5  // line at + 2
        lines[at] = "\(lines[at].split(separator: ",")[0]),1,two,3"
        #expect(throws: InputError.notANumber(file: "big.csv", line: at + 2, column: "c2", text: "two",
                                              expected: "a finite number (alternative '\(lines[at].split(separator: ",")[0])')")) {
            try DecisionMatrixCSV.parse(text: ([header] + lines).joined(separator: "\n"), file: "big.csv")
        }
        lines[lines.count - 1] = "A0,1,2,3"  // a repeat after the bad number: the bad number still comes first
        #expect(throws: InputError.notANumber(file: "big.csv", line: at + 2, column: "c2", text: "two",
                                              expected: "a finite number (alternative '\(lines[at].split(separator: ",")[0])')")) {
            try DecisionMatrixCSV.parse(text: ([header] + lines).joined(separator: "\n"), file: "big.csv")
        }
        lines[20_000] = "A0,1,2,3"
        #expect(throws: InputError.duplicateName(file: "big.csv", line: 20_002, kind: "alternative", name: "A0")) {
            try DecisionMatrixCSV.parse(text: ([header] + lines).joined(separator: "\n"), file: "big.csv")
        }
    }

    /// Two million blank lines under a 5,000-criterion header: room is bounded by the bytes, so
    /// the answer is the usual error, not an allocation of 80 GB.
    @Test func blankLinesUnderAWideHeader() {
        let header = "alternative," + (1...5000).map { "c\($0)" }.joined(separator: ",") + "\n"
        let bytes = Array(header.utf8) + [UInt8](repeating: 0x0A, count: 2_000_000)
        #expect(throws: InputError.invalid(file: "wide.csv", message: "no alternatives: the file has only a header row")) {
            try DecisionMatrixCSV.parse(bytes: bytes, file: "wide.csv")
        }
    }

    /// A large file with a double quote anywhere in its body is read serially, with the same result.
    @Test func largeQuotedFileIsReadSerially() throws {
        let lines = Self.body(rows: 40_000, seed: 3)
        let header = "\u{FEFF}alternative," + Self.criteria.joined(separator: ",")
        let plain = try DecisionMatrixCSV.parse(text: ([header] + lines).joined(separator: "\r\n"), file: "q.csv")
        var quoted = lines
        quoted[30_000] = "\"" + quoted[30_000].replacingOccurrences(",", with: "\",", first: true)
        let m = try DecisionMatrixCSV.parse(text: ([header] + quoted).joined(separator: "\r\n"), file: "q.csv")
        #expect(m == plain)
        quoted[35_000] = "\"Minas de Riotinto, \"\"ES\"\"\",1,2,3"
        let named = try DecisionMatrixCSV.parse(text: ([header] + quoted).joined(separator: "\r\n"), file: "q.csv")
        #expect(named.alternatives.contains("Minas de Riotinto, \"ES\""))
    }
}

private extension String {
    func replacingOccurrences(_ target: Character, with replacement: String, first: Bool) -> String {
        guard let i = firstIndex(of: target) else { return self }
        return String(self[..<i]) + replacement + String(self[index(after: i)...])
    }
}

private extension Substring {
    func trimmingSpaces() -> String { String(self).trimmingSpaces() }
}

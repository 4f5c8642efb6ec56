#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One field of a CSV row as a span of the input bytes (no copy).
struct CSVField {
    /// Byte range of the content: inside the quotes for a quoted field, trimmed of spaces otherwise.
    var start: Int
    var end: Int
    /// The field held a doubled quote (`""`), so its text must be unescaped.
    var hasEscapedQuote: Bool
}

/// The single-pass RFC 4180 scanner behind ``CSVTable`` and ``DecisionMatrixCSV``: comma
/// separator, optional double quotes (a quote inside is doubled), LF or CRLF line ends, a UTF-8
/// byte-order mark skipped, blank lines skipped, unquoted fields trimmed of spaces and tabs.
///
/// It yields one row at a time (``nextRow(into:)``) as byte spans, so numeric cells are parsed
/// straight from the input without creating strings, and a scanner can start anywhere a row
/// starts (a block of a large file, with its first line number); that is what makes a million-row
/// matrix cheap to read (see `Benchmarks/`). Complexity: O(bytes), no allocation per field.
///
/// Example: `var s = CSVScanner(bytes: b, file: "m.csv"); while let line = try s.nextRow(into: &fields) { … }`
struct CSVScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    let file: String
    /// The byte where the next row starts.
    private(set) var position = 0
    /// The line number of `position` (1-based).
    private(set) var line: Int

    /// A scanner of `bytes`, whose first byte is on line `firstLine`. A UTF-8 byte-order mark is
    /// skipped only when `skipsByteOrderMark` (the start of a file, not a block cut from its middle).
    init(bytes: UnsafeBufferPointer<UInt8>, file: String, firstLine: Int = 1, skipsByteOrderMark: Bool = true) {
        self.bytes = bytes
        self.file = file
        self.line = firstLine
        if skipsByteOrderMark, bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { position = 3 }
    }

    /// Calls `row(line, fields)` for every non-blank row, in order. `fields` is reused between rows.
    func scan(_ row: (Int, [CSVField]) throws -> Void) throws {
        var scanner = self
        var fields: [CSVField] = []
        fields.reserveCapacity(16)
        while let line = try scanner.nextRow(into: &fields) { try row(line, fields) }
    }

    /// Reads the next non-blank row into `fields` (replacing their content) and returns its line
    /// number, or returns nil at the end of the input.
    mutating func nextRow(into fields: inout [CSVField]) throws -> Int? {
        var i = position
        // The last field of a file without a final line break moves i one past the end.
        defer { position = min(i, bytes.count) }
        let count = bytes.count
        while i < count {
            let rowLine = line
            fields.removeAll(keepingCapacity: true)
            var endOfRow = false
            while !endOfRow {
                // One field.
                while i < count, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
                var field = CSVField(start: i, end: i, hasEscapedQuote: false)
                if i < count, bytes[i] == 0x22 {  // quoted
                    i += 1
                    field.start = i
                    var closed = false
                    while i < count {
                        let b = bytes[i]
                        if b == 0x22 {
                            if i + 1 < count, bytes[i + 1] == 0x22 { field.hasEscapedQuote = true; i += 2; continue }
                            closed = true
                            break
                        }
                        if b == 0x0A { line += 1 }
                        i += 1
                    }
                    guard closed else { throw InputError.syntax(file: file, line: rowLine, message: "a quoted field is never closed") }
                    field.end = i
                    i += 1
                    while i < count, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0D { i += 1 }
                    if i < count, bytes[i] != 0x2C, bytes[i] != 0x0A {
                        throw InputError.syntax(file: file, line: line, message: "text after a closing double quote")
                    }
                } else {
                    i = skipPlainBytes(from: i)
                    while i < count {
                        let b = bytes[i]
                        if b == 0x2C || b == 0x0A { break }
                        if b == 0x22 { throw InputError.syntax(file: file, line: line, message: "a double quote inside an unquoted field") }
                        i += 1
                    }
                    var end = i
                    while end > field.start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 || bytes[end - 1] == 0x0D { end -= 1 }
                    field.end = end
                }
                fields.append(field)
                if i >= count || bytes[i] == 0x0A {
                    endOfRow = true
                    if i < count { line += 1 }
                }
                i += 1  // past the comma or newline
            }
            let blank = fields.count == 1 && fields[0].start == fields[0].end && !(fields[0].start > 0 && bytes[fields[0].start - 1] == 0x22)
            if !blank { return rowLine }
        }
        return nil
    }

    /// Reads the next row when it is *plain*: a name field then exactly `count` numbers, each a
    /// decimal of ``DecimalFastPath``'s exact syntax, separated by single commas and ended by LF,
    /// CRLF or the end of the input, with no quote, space or tab at the edge of any field and no
    /// quote or control byte in the name. Writes the numbers to `values[0..<count]`, moves past the
    /// row and returns its line and the name's byte range. Any other row (quoted, padded, blank,
    /// wrongly counted, a number outside the fast path) returns nil and moves nothing, and
    /// ``nextRow(into:)`` reads it: a plain row gives the same fields, name and doubles either way.
    ///
    /// Why: a million-row matrix is almost all plain rows, and reading each byte once here (no
    /// field list, no second pass for the number) halves the reading time (Benchmarks/README.md).
    @inline(__always)
    mutating func nextPlainRow(numbers count: Int, into values: UnsafeMutablePointer<Double>) -> (line: Int, name: Range<Int>)? {
        let bytes = self.bytes, end = bytes.count
        let start = position
        var i = start
        // The name: up to the first comma; printable bytes (UTF-8 sequences included), not a quote.
        while i < end {
            let b = bytes[i]
            if b == 0x2C || b < 0x20 || b == 0x22 { break }
            i += 1
        }
        guard i < end, bytes[i] == 0x2C, i > start else { return nil }
        guard bytes[start] != 0x20, bytes[i - 1] != 0x20 else { return nil }  // padded: trimmed by nextRow
        let name = start..<i
        i += 1
        for j in 0..<count {
            guard let (x, after) = DecimalFastPath.prefix(bytes, from: i) else { return nil }
            values[j] = x
            i = after
            if j + 1 < count {
                guard i < end, bytes[i] == 0x2C else { return nil }
                i += 1
            }
        }
        let rowLine = line
        if i < end {
            if bytes[i] == 0x0D { i += 1 }
            guard i < end, bytes[i] == 0x0A else { return nil }
            i += 1
            line += 1
        }
        position = i
        return (rowLine, name)
    }

    /// The first index at or after `i` (up to 7 bytes before the end) whose byte may be a comma,
    /// a newline or a double quote, found eight bytes at a time: in t = word ⊕ pattern a byte is
    /// zero exactly when its high bit is set in ¬(((t ∧ 0x7F…) + 0x7F…) ∨ t ∨ 0x7F…). Only bytes
    /// the byte-by-byte loop would pass over anyway are skipped.
    @inline(__always)
    private func skipPlainBytes(from start: Int) -> Int {
        #if _endian(little)
        guard let base = bytes.baseAddress else { return start }
        let raw = UnsafeRawPointer(base)
        let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        @inline(__always) func zeroBytes(_ t: UInt64) -> UInt64 { ~(((t & low) &+ low) | t | low) }
        var i = start
        while i + 8 <= bytes.count {
            let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            let hits = zeroBytes(word ^ 0x2C2C_2C2C_2C2C_2C2C) | zeroBytes(word ^ 0x0A0A_0A0A_0A0A_0A0A) | zeroBytes(word ^ 0x2222_2222_2222_2222)
            if hits != 0 { return i + hits.trailingZeroBitCount / 8 }
            i += 8
        }
        return i
        #else
        return start
        #endif
    }

    /// The text of a field.
    func string(_ f: CSVField) -> String {
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[f.start..<f.end]), as: UTF8.self)
        return f.hasEscapedQuote ? text.replacingDoubledQuotes() : text
    }

    /// The field as a finite decimal number, parsed without creating a string, or nil: the exact
    /// fast path of ``DecimalFastPath`` for short decimals, else C `strtod` (correctly rounded).
    @inline(__always)
    func number(_ f: CSVField) -> Double? {
        if let x = DecimalFastPath.value(UnsafeBufferPointer(rebasing: bytes[f.start..<f.end])) { return x }
        return slowNumber(f)
    }

    /// `strtod` on the field's bytes, accepting plain finite decimals only.
    func slowNumber(_ f: CSVField) -> Double? {
        let length = f.end - f.start
        guard length > 0, length < 64 else { return length >= 64 ? NumberParsing.decimal(string(f)) : nil }
        return withUnsafeTemporaryAllocation(of: CChar.self, capacity: 65) { buffer -> Double? in
            for k in 0..<length { buffer[k] = CChar(bitPattern: bytes[f.start + k]) }
            buffer[length] = 0
            var end: UnsafeMutablePointer<CChar>?
            let x = strtod(buffer.baseAddress!, &end)
            guard let end, end == buffer.baseAddress! + length, x.isFinite else { return nil }
            // strtod also reads hexadecimal floats and "infinity"; accept plain decimals only.
            for k in 0..<length where buffer[k] == 0x78 || buffer[k] == 0x58 || buffer[k] == 0x6E || buffer[k] == 0x4E { return nil }
            return x
        }
    }
}

extension String {
    /// `a""b` → `a"b`, by Unicode scalar: a quote followed by a combining mark is one `Character`
    /// (`"` + U+0352), so a loop over characters missed that pair (found by fuzzing).
    func replacingDoubledQuotes() -> String {
        var out = String.UnicodeScalarView()
        var previousQuote = false
        for u in unicodeScalars {
            if u == "\"" && previousQuote { previousQuote = false; continue }
            previousQuote = u == "\""
            out.append(u)
        }
        return String(out)
    }
}

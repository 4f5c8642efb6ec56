/// A parsed CSV file: rows of string fields, each with its 1-based line number.
///
/// Parsed by `CSVScanner` (RFC 4180: quotes, CRLF, byte-order mark, blank lines skipped).
/// For small files (pairwise matrices, dataset tables); decision matrices are read by
/// ``DecisionMatrixCSV`` straight from the scanner's byte spans.
public struct CSVTable: Sendable {
    /// One row: its line number in the file (1-based) and its fields.
    public struct Row: Sendable {
        public let line: Int
        public let fields: [String]
    }

    /// The file name used in error messages.
    public let file: String
    /// All non-blank rows, the header included.
    public let rows: [Row]

    /// Reads and parses a file.
    public init(contentsOf path: String) throws {
        let bytes = try FileReader.bytes(of: path)
        try self.init(bytes: bytes, file: path)
    }

    /// Parses UTF-8 text.
    public init(text: String, file: String = "<input>") throws {
        try self.init(bytes: Array(text.utf8), file: file)
    }

    /// Parses UTF-8 bytes.
    public init(bytes: [UInt8], file: String) throws {
        self.file = file
        var rows: [Row] = []
        try bytes.withUnsafeBufferPointer { buffer in
            let scanner = CSVScanner(bytes: buffer, file: file)
            try scanner.scan { line, fields in rows.append(Row(line: line, fields: fields.map(scanner.string))) }
        }
        self.rows = rows
    }
}

extension String {
    /// The string without leading and trailing spaces and tabs.
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" { s.removeLast() }
        return String(s)
    }
}

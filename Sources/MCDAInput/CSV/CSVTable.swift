/// A parsed CSV file: rows of string fields, each with its 1-based line number.
///
/// A focused RFC 4180 reader: comma separator, fields optionally in double quotes (a quote inside
/// a quoted field is doubled), CRLF or LF line ends, a UTF-8 byte-order mark ignored, blank lines
/// skipped, leading and trailing spaces of unquoted fields trimmed. It works on the raw UTF-8
/// bytes in one pass, which is what lets `mcda` read a million-row matrix in well under a second
/// (see `Benchmarks/`: SwiftCSV, the library alternative, builds a dictionary per row).
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
        var fields: [String] = []
        var field: [UInt8] = []
        var line = 1, rowLine = 1
        var i = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { i = 3 }
        var quoted = false, wasQuoted = false
        func finishField() {
            if wasQuoted {
                fields.append(String(decoding: field, as: UTF8.self))
            } else {
                fields.append(String(decoding: field, as: UTF8.self).trimmingSpaces())
            }
            field.removeAll(keepingCapacity: true)
            wasQuoted = false
        }
        func finishRow() {
            finishField()
            if !(fields.count == 1 && fields[0].isEmpty) { rows.append(Row(line: rowLine, fields: fields)) }
            fields.removeAll(keepingCapacity: true)
        }
        while i < bytes.count {
            let b = bytes[i]
            if quoted {
                if b == UInt8(ascii: "\"") {
                    if i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "\"") { field.append(b); i += 2; continue }
                    quoted = false
                } else {
                    if b == UInt8(ascii: "\n") { line += 1 }
                    field.append(b)
                }
                i += 1
                continue
            }
            switch b {
            case UInt8(ascii: ","):
                finishField()
            case UInt8(ascii: "\""):
                if field.allSatisfy({ $0 == UInt8(ascii: " ") }) {
                    field.removeAll(keepingCapacity: true)
                    quoted = true
                    wasQuoted = true
                } else {
                    throw InputError.syntax(file: file, line: line, message: "a double quote inside an unquoted field")
                }
            case UInt8(ascii: "\r"):
                break
            case UInt8(ascii: "\n"):
                finishRow()
                line += 1
                rowLine = line
            default:
                if wasQuoted && b != UInt8(ascii: " ") {
                    throw InputError.syntax(file: file, line: line, message: "text after a closing double quote")
                }
                if !wasQuoted { field.append(b) }
            }
            i += 1
        }
        if quoted { throw InputError.syntax(file: file, line: rowLine, message: "a quoted field is never closed") }
        if !field.isEmpty || !fields.isEmpty || wasQuoted { finishRow() }
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

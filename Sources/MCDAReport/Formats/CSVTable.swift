/// A table as comma-separated values for spreadsheets (RFC 4180): a header row, then one record a
/// row, every line ending in CRLF (as the RFC says; spreadsheets and CSV readers also take it on
/// Linux), UTF-8 without a byte-order mark. A field holding a comma, a double quote, CR or LF is
/// quoted, its quotes doubled; other fields are written as they are.
///
/// Example:
/// ```swift
/// var t = CSVTable(headers: ["id", "name", "score"])
/// t.add(["bronte", "Bronte, Sicily", CSVTable.number(0.4621)])
/// t.render()  // "id,name,score\r\nbronte,\"Bronte, Sicily\",0.4621\r\n"
/// ```
public struct CSVTable: Sendable {
    public let headers: [String]
    private var rows: [[String]] = []

    public init(headers: [String]) { self.headers = headers }

    /// Adds a record; missing fields are empty, extra ones are dropped.
    public mutating func add(_ fields: [String]) { rows.append(fields) }

    /// A number as the JSON output writes it (the shortest text that reads back to the same
    /// double, whole numbers below 10¹⁵ without a fraction); empty for nil and non-finite values
    /// (JSON's null).
    public static func number(_ x: Double?) -> String {
        guard let x, x.isFinite else { return "" }
        var sink = JSONSink()
        JSONValue.write(x, into: &sink)
        return String(decoding: sink.bytes, as: UTF8.self)
    }

    /// One field, quoted when it holds a comma, a double quote, CR or LF.
    static func field(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0D || $0 == 0x0A }) else { return text }
        var out = "\""
        for ch in text.unicodeScalars {
            if ch == "\"" { out += "\"\"" } else { out.unicodeScalars.append(ch) }
        }
        return out + "\""
    }

    /// The document.
    /// Complexity: O(total text size).
    public func render() -> String {
        var out = ""
        for record in [headers] + rows {
            out += headers.indices.map { $0 < record.count ? Self.field(record[$0]) : "" }.joined(separator: ",") + "\r\n"
        }
        return out
    }
}

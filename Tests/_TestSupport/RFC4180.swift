/// A small reader of comma-separated values as RFC 4180 defines them, for tests that read back
/// the CSV `mcda` writes: records end in CRLF (a lone LF is taken too), a quoted field may hold
/// commas, CR, LF and doubled quotes. A final line break does not start a record.
public enum RFC4180 {
    public struct Malformed: Error, CustomStringConvertible {
        public let description: String
    }

    /// The records of `text`, each a list of fields.
    public static func records(_ text: String) throws -> [[String]] {
        var records: [[String]] = [], record: [String] = [], field = ""
        var quoted = false, afterQuote = false, started = false
        var scalars = Array(text.unicodeScalars)[...]
        while let c = scalars.popFirst() {
            if quoted {
                if c == "\"" {
                    if scalars.first == "\"" { field.unicodeScalars.append("\""); scalars.removeFirst() } else { quoted = false; afterQuote = true }
                } else {
                    field.unicodeScalars.append(c)
                }
                continue
            }
            switch c {
            case ",":
                record.append(field); field = ""; afterQuote = false; started = true
            case "\r", "\n":
                if c == "\r" && scalars.first == "\n" { scalars.removeFirst() }
                record.append(field); records.append(record)
                record = []; field = ""; afterQuote = false; started = false
            case "\"":
                guard field.isEmpty && !afterQuote else { throw Malformed(description: "a quote inside an unquoted field: \(field)") }
                quoted = true; started = true
            default:
                guard !afterQuote else { throw Malformed(description: "text after a closing quote: \(field)") }
                field.unicodeScalars.append(c); started = true
            }
        }
        guard !quoted else { throw Malformed(description: "an unclosed quote") }
        if started || !field.isEmpty { record.append(field); records.append(record) }
        return records
    }
}

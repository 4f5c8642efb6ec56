/// A JSON document built in memory and written with shortest round-trip number formatting.
///
/// Doubles are printed with Swift's shortest representation that reads back to the same bit
/// pattern (the same digits Python's `repr` prints), so a value survives a round trip exactly.
/// Non-finite doubles have no JSON form: they are written as `null`, and the engine's results are
/// designed never to contain them.
public enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case integer(Int)
    case string(String)
    case array([JSONValue])
    /// Keys keep their insertion order, so documents read the same every run.
    case object([(String, JSONValue)])
    /// A number array, written exactly as `.array` of `.number`s but without one `JSONValue` per
    /// element, and formatted on every core when long (a million scores).
    case numbers([Double])
    /// A string array, written exactly as `.array` of `.string`s, likewise.
    case strings([String])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool { lhs.serialized() == rhs.serialized() }

    /// An optional number (nil → null).
    public static func optional(_ value: Double?) -> JSONValue { value.map(JSONValue.number) ?? .null }

    /// The document as text; `pretty` indents with two spaces.
    public func serialized(pretty: Bool = true) -> String {
        String(decoding: bytes(pretty: pretty), as: UTF8.self)
    }

    /// The document as UTF-8 bytes, the fast path for large results (a million scores).
    public func bytes(pretty: Bool = true) -> [UInt8] {
        var out = JSONSink()
        out.bytes.reserveCapacity(sizeEstimate)  // one allocation for a million-row document
        write(into: &out, indent: pretty ? 0 : nil)
        return out.bytes
    }

    /// The document as consecutive pieces of UTF-8 whose concatenation is ``bytes(pretty:)``: the
    /// pieces of long lists, formatted on every core, are handed over as they are instead of being
    /// copied into one buffer (for a million-row ranking, 39 MB of fresh memory and a copy less).
    /// For writing to a file or a pipe.
    public func chunks(pretty: Bool = true) -> [[UInt8]] {
        var out = JSONSink()
        out.finished = []
        out.bytes.reserveCapacity(Swift.min(sizeEstimate, 1 << 16))
        write(into: &out, indent: pretty ? 0 : nil)
        return out.finished! + [out.bytes]
    }

    /// ``chunks(pretty:)`` handed to `deliver` in order, a batch each time a long list has been
    /// formatted, so that the caller can write one batch (on another thread) while the next list
    /// is formatted. The concatenation of all batches is ``bytes(pretty:)``.
    ///
    /// Example: `value.stream { batch in queue.async { write(batch) } }`
    public func stream(pretty: Bool = true, _ deliver: @escaping ([[UInt8]]) -> Void) {
        var out = JSONSink()
        out.finished = []
        out.deliver = deliver
        out.bytes.reserveCapacity(Swift.min(sizeEstimate, 1 << 16))
        write(into: &out, indent: pretty ? 0 : nil)
        deliver(out.finished! + [out.bytes])
    }

    func write(into out: inout JSONSink, indent: Int?) {
        switch self {
        case .null: out.append("null")
        case .bool(let b): out.append(b ? "true" : "false")
        case .integer(let i): out.append(integer: i)
        case .number(let x): Self.write(x, into: &out)
        case .string(let s): Self.quote(s, into: &out)
        case .numbers(let values):
            values.withUnsafeBufferPointer { v in
                Self.writeList(v.count, pretty: indent != nil, into: &out) { Self.writeNumbers(v, range: $0, pretty: indent != nil, into: &$1) }
            }
        case .strings(let values):
            Self.writeList(values.count, pretty: indent != nil, into: &out) { range, sink in
                for k in range {
                    if k > 0 { sink.append(indent != nil ? ", " : ",") }
                    Self.quote(values[k], into: &sink)
                }
            }
        case .array(let items):
            if items.isEmpty { out.append("[]"); return }
            // Arrays of scalars stay on one line: matrices read as rows.
            let flat = items.allSatisfy(\.isScalar)
            if let indent, !flat, Self.writeRowsInParallel(items, indent: indent, into: &out) { return }
            out.append("[")
            for (k, item) in items.enumerated() {
                if k > 0 { out.append(",") }
                if let indent, !flat { out.newline(indent + 2) } else if k > 0 && indent != nil { out.append(" ") }
                item.write(into: &out, indent: indent.map { $0 + 2 })
            }
            if let indent, !flat { out.newline(indent) }
            out.append("]")
        case .object(let members):
            if members.isEmpty { out.append("{}"); return }
            out.append("{")
            for (k, (key, value)) in members.enumerated() {
                if k > 0 { out.append(",") }
                if let indent { out.newline(indent + 2) }
                Self.quote(key, into: &out)
                out.append(indent == nil ? ":" : ": ")
                value.write(into: &out, indent: indent.map { $0 + 2 })
            }
            if let indent { out.newline(indent) }
            out.append("}")
        }
    }

    /// About the length of the compact text (more when there is much to escape), so the buffer is
    /// allocated once; untouched capacity costs no memory.
    var sizeEstimate: Int {
        switch self {
        case .null, .bool, .number, .integer: return 24
        case .string(let s): return s.utf8.count + 8
        case .numbers(let values): return 26 * values.count + 2
        case .strings(let values): return values.reduce(2) { $0 + $1.utf8.count + 4 }
        case .array(let items): return items.reduce(2) { $0 + $1.sizeEstimate + 2 }
        case .object(let members): return members.reduce(2) { $0 + $1.0.utf8.count + $1.1.sizeEstimate + 8 }
        }
    }

    /// Not an array or an object (of any kind).
    var isScalar: Bool {
        switch self {
        case .array, .object, .numbers, .strings: return false
        case .null, .bool, .number, .integer, .string: return true
        }
    }

    /// Whole numbers below 10^15 print without a fraction ("3"); others in Swift's shortest
    /// round-trip form; non-finite values as null.
    static func write(_ x: Double, into out: inout JSONSink) {
        guard x.isFinite else { out.append("null"); return }
        if out.appendShortDecimal(x) { return }  // first: it needs no rounding call for the test below
        if x == x.rounded(), abs(x) < 1e15 { out.append(integer: Int(x)); return }
        x.write(to: &out)
    }

    static func quote(_ s: String, into out: inout JSONSink) {
        out.bytes.append(0x22)
        defer { out.bytes.append(0x22) }
        // Nothing to escape: one copy. Through the contiguous UTF-8 when the string has it (all
        // native strings, small ones included), so a million names cost a scan and a copy each.
        let plain = s.utf8.withContiguousStorageIfAvailable { utf8 -> Bool in
            var clean = true
            for b in utf8 where b < 0x20 || b == 0x22 || b == 0x5C { clean = false; break }
            if clean { out.bytes.append(contentsOf: utf8) }
            return clean
        }
        if plain == true { return }
        if plain == nil, s.utf8.allSatisfy({ $0 >= 0x20 && $0 != 0x22 && $0 != 0x5C }) {
            out.bytes.append(contentsOf: s.utf8)
            return
        }
        for byte in s.utf8 {
            switch byte {
            case 0x22: out.append("\\\"")
            case 0x5C: out.append("\\\\")
            case 0x0A: out.append("\\n")
            case 0x0D: out.append("\\r")
            case 0x09: out.append("\\t")
            case 0..<0x20:
                let hex = String(byte, radix: 16)
                out.append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
            default:
                out.bytes.append(byte)  // other bytes, multi-byte UTF-8 included, are copied as they are
            }
        }
    }
}

import Foundation

/// A JSON document as a request body gives it, read strictly: numbers keep whether they were
/// written as integers, and objects keep their keys in order so errors name the first bad one.
enum RequestJSON: Sendable, Equatable, Decodable {
    case null
    case bool(Bool)
    case integer(Int64)
    case number(Double)
    case string(String)
    case array([RequestJSON])
    case object([(String, RequestJSON)])

    static func == (a: RequestJSON, b: RequestJSON) -> Bool { a.text == b.text }

    /// Parses `bytes`.
    /// - Throws: ``WorkbenchError/invalid(key:message:)`` with key `body` when it is not JSON.
    static func parse(_ bytes: [UInt8]) throws(WorkbenchError) -> RequestJSON {
        do {
            return try JSONDecoder().decode(RequestJSON.self, from: Data(bytes))
        } catch {
            let start = String(decoding: bytes.prefix(40), as: UTF8.self)
            throw .invalid(key: "body", message: "'\(start)\(bytes.count > 40 ? "…" : "")' is not JSON")
        }
    }

    /// The value as compact JSON-like text, for error messages.
    var text: String {
        switch self {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .integer(let i): return String(i)
        case .number(let d): return d.isFinite ? "\(d)" : "null"
        case .string(let s): return "\"" + s + "\""
        case .array(let a): return "[" + a.map(\.text).joined(separator: ", ") + "]"
        case .object(let o): return "{" + o.map { "\"\($0.0)\": \($0.1.text)" }.joined(separator: ", ") + "}"
        }
    }

    /// The value as a number, if it is one.
    var number: Double? {
        switch self {
        case .integer(let i): return Double(i)
        case .number(let d): return d
        default: return nil
        }
    }
}

extension RequestJSON {
    /// Decodes strictly: a boolean is never a number, an integer stays an integer.
    init(from decoder: any Decoder) throws {
        if let c = try? decoder.container(keyedBy: AnyKey.self) {
            self = .object(try c.allKeys.sorted { $0.stringValue < $1.stringValue }.map { ($0.stringValue, try c.decode(RequestJSON.self, forKey: $0)) })
            return
        }
        if var c = try? decoder.unkeyedContainer() {
            var items: [RequestJSON] = []
            while !c.isAtEnd { items.append(try c.decode(RequestJSON.self)) }
            self = .array(items)
            return
        }
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .null }
        else if let b = try? c.decode(Bool.self) { self = .bool(b) }
        else if let i = try? c.decode(Int64.self) { self = .integer(i) }
        else if let d = try? c.decode(Double.self) { self = .number(d) }
        else { self = .string(try c.decode(String.self)) }
    }

    private struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}

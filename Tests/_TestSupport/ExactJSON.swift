import Foundation

/// A JSON document read with `JSONDecoder`, whose numbers read back exactly: `JSONSerialization`
/// on Linux rounds some doubles in their last digit (0.4713202368030687 becomes
/// 0.4713202368030688), which tests comparing numbers digit for digit must not.
public indirect enum ExactJSON: Decodable, Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([ExactJSON])
    case object([String: ExactJSON])

    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .null } else if let b = try? c.decode(Bool.self) { self = .bool(b) }
        else if let x = try? c.decode(Double.self) { self = .number(x) } else if let s = try? c.decode(String.self) { self = .string(s) }
        else if let a = try? c.decode([ExactJSON].self) { self = .array(a) } else { self = .object(try c.decode([String: ExactJSON].self)) }
    }

    public static func parse(_ text: String) throws -> ExactJSON { try JSONDecoder().decode(ExactJSON.self, from: Data(text.utf8)) }

    /// A member of an object.
    public subscript(key: String) -> ExactJSON? {
        if case .object(let o) = self { return o[key] }
        return nil
    }

    public var double: Double? { if case .number(let x) = self { return x }; return nil }
    public var string: String? { if case .string(let s) = self { return s }; return nil }
    public var array: [ExactJSON]? { if case .array(let a) = self { return a }; return nil }
    /// An array of numbers (null as nil).
    public var numbers: [Double?]? { array?.map(\.double) }
    public var strings: [String]? { array?.compactMap(\.string) }
}

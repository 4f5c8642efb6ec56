import Foundation
import MCDACore
import MCDAInput

/// One what-if, as the body of `POST /api/analysis` gives it, every value checked against the
/// dataset. Every key is optional; an empty body (or `{}`) asks for the dataset as it is.
///
/// ```json
/// {"weights": {"copper": 0, "pistachio": 2}, "exclude": ["bamako"], "methods": ["topsis", "wsm"],
///  "primary": "topsis", "samples": 5000, "seed": 7}
/// ```
public struct WorkbenchRequest: Sendable, Equatable {
    /// The largest body read (1 MB); a larger one is ``WorkbenchError/tooLarge(limit:)``.
    public static let maximumBodySize = 1 << 20
    /// The range of `samples`.
    public static let sampleRange = 1...1_000_000
    /// The keys a body may have.
    public static let keys = ["weights", "judgments", "methods", "primary", "exclude", "samples", "seed"]

    /// Given weights in criterion order (criteria not named get 0), not yet normalised.
    public var weights: [Double]?
    /// AHP judgments in place of the manifest's.
    public var judgments: [AHPJudgments.Judgment]?
    /// Methods in place of the manifest's, in the order given.
    public var methods: [String]?
    /// The method behind the scenarios and critical weight changes (default topsis).
    public var primary: String?
    /// Alternatives left out.
    public var exclude: [String] = []
    public var samples: Int?
    public var seed: UInt64?

    public init() {}

    /// Reads and checks `body` against `dataset` and `catalogue`.
    /// - Throws: ``WorkbenchError`` naming the key and the value: not JSON, not an object, an unknown
    ///   key, a wrong type, an unknown criterion, alternative or method, a negative or non-finite
    ///   weight, all weights zero, samples outside 1…1,000,000, a judgment off Saaty's scale, both
    ///   weights and judgments, or judgments that leave a criterion unconnected.
    public init(body: [UInt8], dataset: Dataset, catalogue: MethodCatalogue = .standard) throws(WorkbenchError) {
        guard body.count <= Self.maximumBodySize else { throw .tooLarge(limit: Self.maximumBodySize) }
        if body.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { return }
        guard case .object(let fields) = try RequestJSON.parse(body) else {
            throw .invalid(key: "body", message: "must be a JSON object with the keys \(Self.keys.joined(separator: ", "))")
        }
        for (key, value) in fields {
            switch key {
            case "weights": weights = try Self.weights(value, criteria: dataset.criteria.map(\.criterion.id))
            case "judgments": judgments = try Self.judgments(value)
            case "methods": methods = try Self.methods(value, catalogue: catalogue)
            case "primary":
                guard case .string(let name) = value else { throw .invalid(key: "primary", message: "\(value.text) is not a method name (a string)") }
                primary = try Self.method(name, key: "primary", catalogue: catalogue)
            case "exclude": exclude = try Self.strings(value, key: "exclude")
            case "samples":
                guard case .integer(let n) = value, let count = Int(exactly: n), Self.sampleRange.contains(count) else {
                    throw .invalid(key: "samples", message: "\(value.text) is not a whole number from 1 to 1000000")
                }
                samples = count
            case "seed":
                guard case .integer(let n) = value, n >= 0 else { throw .invalid(key: "seed", message: "\(value.text) is not a whole number >= 0") }
                seed = UInt64(n)
            default:
                throw .invalid(key: key, message: "unknown key (the keys are \(Self.keys.joined(separator: ", ")))")
            }
        }
        if weights != nil && judgments != nil {
            throw .invalid(key: "judgments", message: "given together with weights; give weights or judgments, not both")
        }
    }

    static func weights(_ value: RequestJSON, criteria: [String]) throws(WorkbenchError) -> [Double] {
        guard case .object(let pairs) = value else {
            throw .invalid(key: "weights", message: "\(value.text) is not an object of criterion ids and numbers")
        }
        var given: [String: Double] = [:]
        for (id, v) in pairs {
            guard criteria.contains(id) else {
                throw .invalid(key: "weights.\(id)", message: "'\(id)' is not a criterion of this dataset (one of \(criteria.joined(separator: ", ")))")
            }
            guard let w = v.number else { throw .invalid(key: "weights.\(id)", message: "\(v.text) is not a number") }
            guard w.isFinite, w >= 0 else { throw .invalid(key: "weights.\(id)", message: "\(v.text) is negative; a weight is a number >= 0") }
            guard w == 0 || w >= Weights.smallestNonZero else {
                throw .invalid(key: "weights.\(id)", message: "\(v.text) is too small; give 0 or at least \(Weights.smallestNonZero)")
            }
            given[id] = w
        }
        let w = criteria.map { given[$0] ?? 0 }
        guard w.contains(where: { $0 > 0 }) else {
            throw .invalid(key: "weights", message: "\(value.text): every weight is zero; give at least one positive weight")
        }
        return w
    }

    static func judgments(_ value: RequestJSON) throws(WorkbenchError) -> [AHPJudgments.Judgment] {
        guard case .array(let items) = value else {
            throw .invalid(key: "judgments", message: "\(value.text) is not a list of [a, b, \"value\"] judgments")
        }
        var out: [AHPJudgments.Judgment] = []
        for (k, item) in items.enumerated() {
            guard case .array(let parts) = item, parts.count == 3, case .string(let a) = parts[0], case .string(let b) = parts[1] else {
                throw .invalid(key: "judgments[\(k)]", message: "\(item.text) is not [a, b, value] with two criterion ids")
            }
            let v: Double?
            switch parts[2] {
            case .string(let text): v = Self.ratio(text)
            default: v = parts[2].number
            }
            guard let v, v.isFinite, v > 0 else {
                throw .invalid(key: "judgments[\(k)]", message: "\(item.text): the value is not a positive number or fraction (\"3\", \"1/3\")")
            }
            out.append(.init(a: a, b: b, value: v))
        }
        return out
    }

    /// "3", "1/3", "0.5" as a number.
    static func ratio(_ text: String) -> Double? {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        guard (1...2).contains(parts.count), let a = Double(parts[0]) else { return nil }
        if parts.count == 1 { return a }
        guard let b = Double(parts[1]), b != 0 else { return nil }
        return a / b
    }

    static func methods(_ value: RequestJSON, catalogue: MethodCatalogue) throws(WorkbenchError) -> [String] {
        let names = try strings(value, key: "methods")
        guard !names.isEmpty else { throw .invalid(key: "methods", message: "[] names no method; give at least one") }
        var seen = Set<String>()
        for name in names {
            _ = try method(name, key: "methods", catalogue: catalogue)
            guard seen.insert(name).inserted else { throw .invalid(key: "methods", message: "'\(name)' is named twice") }
        }
        return names
    }

    static func method(_ name: String, key: String, catalogue: MethodCatalogue) throws(WorkbenchError) -> String {
        guard catalogue.names.contains(name) else {
            throw .invalid(key: key, message: "'\(name)' is not a method (one of \(catalogue.names.joined(separator: ", ")))")
        }
        return name
    }

    static func strings(_ value: RequestJSON, key: String) throws(WorkbenchError) -> [String] {
        guard case .array(let items) = value else { throw .invalid(key: key, message: "\(value.text) is not a list of strings") }
        var out: [String] = []
        for item in items {
            guard case .string(let s) = item else { throw .invalid(key: key, message: "\(item.text) is not a string") }
            out.append(s)
        }
        return out
    }
}

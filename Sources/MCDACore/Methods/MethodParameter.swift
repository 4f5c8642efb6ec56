/// One parameter a ranking method takes: its name, what it means, what values it accepts and its
/// default. The catalogue (``MethodCatalogue``) lists each method's parameters, so that the command
/// line, the manifest reader and the help text read them from one place.
///
/// A parameter is shared by name: every method that takes `normalization` means the same thing by
/// it, so one `--normalization` (or a manifest's `analysis.normalization`) reaches each of them.
///
/// Example:
/// ```swift
/// let v = MethodParameter.fraction("v", summary: "weight of the group-utility strategy", default: 0.5)
/// try v.parse("0.7")   // .number(0.7)
/// try v.parse("2")     // throws MethodCatalogueError.invalidValue
/// ```
public struct MethodParameter: Sendable {
    /// The name, as written after `--` on the command line and as a key in a manifest.
    public let name: String
    /// What the parameter does, in a few words.
    public let summary: String
    /// What a valid value looks like ("a number between 0 and 1").
    public let expected: String
    /// The value used when none is given; nil when the default depends on the data (one
    /// preference function per criterion, say).
    public let defaultValue: MethodParameterValue?
    /// Whether the value can be written as text (on the command line, in a manifest); false for
    /// PROMETHEE's preference functions, which criterion files and their own options give.
    public let readsText: Bool
    private let parser: @Sendable (String) -> MethodParameterValue?

    /// A parameter with a parser from text; `parser` returns nil for invalid text.
    public init(name: String, summary: String, expected: String, defaultValue: MethodParameterValue?,
                readsText: Bool = true, parser: @escaping @Sendable (String) -> MethodParameterValue?) {
        self.name = name
        self.summary = summary
        self.expected = expected
        self.defaultValue = defaultValue
        self.readsText = readsText
        self.parser = parser
    }

    /// The typed value of `text`.
    /// - Throws: ``MethodCatalogueError/invalidValue(parameter:value:expected:)``.
    public func parse(_ text: String) throws -> MethodParameterValue {
        guard let value = parser(text.trimmingSpaces) else {
            throw MethodCatalogueError.invalidValue(parameter: name, value: text, expected: expected)
        }
        return value
    }

    /// A number in [0, 1] (VIKOR's v, WASPAS's λ).
    public static func fraction(_ name: String, summary: String, default value: Double) -> MethodParameter {
        MethodParameter(name: name, summary: summary, expected: "a number between 0 and 1", defaultValue: .number(value)) {
            guard let x = Double($0), x >= 0, x <= 1 else { return nil }
            return .number(x)
        }
    }

    /// A finite number in `range` (default: any finite number).
    public static func number(_ name: String, summary: String, default value: Double,
                              in range: ClosedRange<Double> = -Double.greatestFiniteMagnitude...Double.greatestFiniteMagnitude,
                              expected: String = "a finite number") -> MethodParameter {
        MethodParameter(name: name, summary: summary, expected: expected, defaultValue: .number(value)) {
            guard let x = Double($0), x.isFinite, range.contains(x) else { return nil }
            return .number(x)
        }
    }

    /// One finite number per criterion, comma-separated (`--esp=1,2,3`); no default value (the
    /// method documents what it does without one).
    public static func numbers(_ name: String, summary: String) -> MethodParameter {
        MethodParameter(name: name, summary: summary, expected: "finite numbers, one per criterion, comma-separated",
                        defaultValue: nil) { text in
            var values: [Double] = []
            for part in text.split(separator: ",", omittingEmptySubsequences: false) {
                guard let x = Double(String(part).trimmingSpaces), x.isFinite else { return nil }
                values.append(x)
            }
            return .numbers(values)
        }
    }

    /// One interval per criterion, `lo:hi` comma-separated (`--bounds=0:10,1:5`); a single value
    /// `v` stands for `v:v`. The ends are kept in the order given (a method may read `hi:lo`).
    public static func ranges(_ name: String, summary: String) -> MethodParameter {
        MethodParameter(name: name, summary: summary, expected: "lo:hi intervals of finite numbers, one per criterion, comma-separated",
                        defaultValue: nil) { text in
            var values: [ValueRange] = []
            for part in text.split(separator: ",", omittingEmptySubsequences: false) {
                let ends = part.split(separator: ":", omittingEmptySubsequences: false).map { Double(String($0).trimmingSpaces) }
                guard ends.count == 1 || ends.count == 2, let a = ends[0], let b = ends[ends.count - 1], a.isFinite, b.isFinite else { return nil }
                values.append(ValueRange(a, b))
            }
            return .ranges(values)
        }
    }

    /// One of named `choices` (`--param copras-formula=paper`), stored and shown by its name. For
    /// values written before names were stored, the index of a choice (`0`, `1`) reads as that choice.
    public static func choice(_ name: String, summary: String, choices: [String], default value: String) -> MethodParameter {
        precondition(choices.contains(value), "the default must be one of the choices")
        return MethodParameter(name: name, summary: summary, expected: choices.joined(separator: " or "),
                               defaultValue: .choice(value)) { text in
            if choices.contains(text) { return .choice(text) }
            guard let x = Double(text), let k = choices.indices.first(where: { Double($0) == x }) else { return nil }
            return .choice(choices[k])
        }
    }

    /// The column normalisation of a method (``Normalization``), shared by every method that takes one.
    public static func normalization(default value: Normalization) -> MethodParameter {
        MethodParameter(name: "normalization", summary: "column normalisation",
                        expected: "one of " + Normalization.allCases.map(\.rawValue).joined(separator: ", "),
                        defaultValue: .normalization(value)) { Normalization(rawValue: $0).map(MethodParameterValue.normalization) }
    }

    /// TOPSIS's distance to the ideal points (``TOPSIS/Distance``).
    public static let distance = MethodParameter(
        name: "distance", summary: "distance to the ideal and anti-ideal points",
        expected: "one of " + TOPSIS.Distance.allCases.map(\.rawValue).joined(separator: ", "),
        defaultValue: .distance(.euclidean)) { TOPSIS.Distance(rawValue: $0).map(MethodParameterValue.distance) }

    /// PROMETHEE's preference functions, one per criterion. They are built from criterion files or
    /// from `--preference`, `--q`, `--p` and `--s`, never parsed from a single text.
    public static let preferenceFunctions = MethodParameter(
        name: "preference", summary: "preference function per criterion (usual, u-shape, v-shape, level, linear, gaussian)",
        expected: "preference functions from criterion files or --preference", defaultValue: .preferenceFunctions([.usual]),
        readsText: false) { _ in nil }
}

/// A typed value of a ``MethodParameter``.
public enum MethodParameterValue: Sendable, Equatable, CustomStringConvertible {
    case number(Double)
    case normalization(Normalization)
    case distance(TOPSIS.Distance)
    /// One per criterion, or one for all.
    case preferenceFunctions([PreferenceFunction])
    /// One number per criterion.
    case numbers([Double])
    /// One interval per criterion.
    case ranges([ValueRange])
    /// One of a parameter's named choices.
    case choice(String)

    public var description: String {
        switch self {
        case .number(let x): return "\(x)"
        case .numbers(let x): return x.map { "\($0)" }.joined(separator: ",")
        case .ranges(let r): return r.map { "\($0.first):\($0.second)" }.joined(separator: ",")
        case .normalization(let n): return n.rawValue
        case .distance(let d): return d.rawValue
        case .preferenceFunctions(let f): return f.map(\.description).joined(separator: ", ")
        case .choice(let c): return c
        }
    }
}

/// Parameter values by parameter name: what a manifest or the command line gave. A method reads
/// the ones it takes, each with its default when absent (``CatalogueMethod/init(parameters:)``).
///
/// Example:
/// ```swift
/// var p = MethodParameters()
/// p["v"] = .number(0.6)
/// let vikor = try VIKOR(parameters: p)   // v = 0.6
/// ```
public struct MethodParameters: Sendable, Equatable {
    private var values: [String: MethodParameterValue]

    /// No values: every parameter takes its default.
    public init() { values = [:] }

    /// The value given for the parameter called `name`, if any.
    public subscript(name: String) -> MethodParameterValue? {
        get { values[name] }
        set { values[name] = newValue }
    }

    /// The names given, sorted.
    public var names: [String] { values.keys.sorted() }

    /// These values with `other`'s in place of any given in both (a command-line option overriding
    /// a manifest's).
    public func overridden(by other: MethodParameters) -> MethodParameters {
        var result = self
        result.values.merge(other.values) { _, new in new }
        return result
    }

    /// Only the values of `parameters` (what one method takes).
    public func restricted(to parameters: [MethodParameter]) -> MethodParameters {
        var result = MethodParameters()
        for p in parameters { result.values[p.name] = values[p.name] }
        return result
    }

    /// The value of `p`, or its default.
    /// - Throws: ``MethodCatalogueError/invalidValue(parameter:value:expected:)`` when absent
    ///   without a default.
    public func value(_ p: MethodParameter) throws -> MethodParameterValue {
        guard let v = values[p.name] ?? p.defaultValue else {
            throw MethodCatalogueError.invalidValue(parameter: p.name, value: "none", expected: p.expected)
        }
        return v
    }

    /// The number given for `p` (or its default).
    public func number(_ p: MethodParameter) throws -> Double {
        guard case .number(let x) = try value(p) else { throw mismatch(p) }
        return x
    }

    /// The choice given for `p` (or its default), as one of the raw values of `type`; a number
    /// set in code before choices had names (`.number(1)`) reads as the choice of that index.
    public func choice<T: RawRepresentable & CaseIterable>(_ p: MethodParameter, as type: T.Type) throws -> T where T.RawValue == String {
        switch try value(p) {
        case .choice(let name):
            if let x = T(rawValue: name) { return x }
        case .number(let index):
            let all = Array(T.allCases)
            if let k = all.indices.first(where: { Double($0) == index }) { return all[k] }
            throw MethodCatalogueError.invalidValue(parameter: p.name, value: "\(index)", expected: p.expected)
        default:
            break
        }
        throw mismatch(p)
    }

    /// The normalisation given for `p` (or its default).
    public func normalization(_ p: MethodParameter) throws -> Normalization {
        guard case .normalization(let x) = try value(p) else { throw mismatch(p) }
        return x
    }

    /// The distance given for `p` (or its default).
    public func distance(_ p: MethodParameter) throws -> TOPSIS.Distance {
        guard case .distance(let x) = try value(p) else { throw mismatch(p) }
        return x
    }

    /// The numbers given for `p`, nil when none were (it has no default).
    public func numbers(_ p: MethodParameter) throws -> [Double]? {
        guard let v = values[p.name] ?? p.defaultValue else { return nil }
        guard case .numbers(let x) = v else { throw mismatch(p) }
        return x
    }

    /// The intervals given for `p`, nil when none were (it has no default).
    public func ranges(_ p: MethodParameter) throws -> [ValueRange]? {
        guard let v = values[p.name] ?? p.defaultValue else { return nil }
        guard case .ranges(let x) = v else { throw mismatch(p) }
        return x
    }

    /// The preference functions given for `p` (or its default).
    public func preferenceFunctions(_ p: MethodParameter) throws -> [PreferenceFunction] {
        guard case .preferenceFunctions(let x) = try value(p) else { throw mismatch(p) }
        return x
    }

    private func mismatch(_ p: MethodParameter) -> MethodCatalogueError {
        .invalidValue(parameter: p.name, value: values[p.name]?.description ?? "none", expected: p.expected)
    }
}

extension String {
    /// Without leading and trailing spaces and tabs.
    var trimmingSpaces: String {
        var s = Substring(self)
        while let c = s.first, c == " " || c == "\t" { s.removeFirst() }
        while let c = s.last, c == " " || c == "\t" { s.removeLast() }
        return String(s)
    }
}

/// Two numbers given as `first:second`, in the order written (an interval, or a pair a method reads
/// in its own way).
public struct ValueRange: Sendable, Equatable {
    public var first: Double
    public var second: Double

    public init(_ first: Double, _ second: Double) {
        self.first = first
        self.second = second
    }

    /// The smaller end.
    public var lower: Double { Swift.min(first, second) }
    /// The larger end.
    public var upper: Double { Swift.max(first, second) }
}

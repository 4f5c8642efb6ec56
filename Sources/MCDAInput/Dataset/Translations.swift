import MCDACore

/// Texts of a dataset in other languages, written beside the default one with the language's code
/// as a suffix: `name_fa:` beside `name:` in a criterion file, `title_fa:` in the manifest, a
/// `name_fa` or `country_fa` column in `alternatives.csv`. Any lowercase two- or three-letter code
/// is accepted; a missing translation falls back to the default text.
public struct Translations: Sendable, Equatable {
    /// field → language → text.
    public private(set) var texts: [String: [String: String]] = [:]

    public init() {}

    /// The text of `field` in `language`, if given.
    public func text(_ field: String, _ language: String) -> String? { texts[field]?[language] }

    /// The languages that have at least one text.
    public var languages: Set<String> { Set(texts.values.flatMap(\.keys)) }

    /// These translations with `other`'s added.
    mutating func merge(_ other: Translations) {
        for (field, byLanguage) in other.texts { for (language, text) in byLanguage { set(field, language, text) } }
    }

    mutating func set(_ field: String, _ language: String, _ text: String) { texts[field, default: [:]][language] = text }

    /// `(field, language)` when `key` is `field_xx` for one of `fields` and a language code xx.
    static func split(_ key: String, fields: [String]) -> (field: String, language: String)? {
        guard let underscore = key.lastIndex(of: "_") else { return nil }
        let field = String(key[..<underscore]), code = String(key[key.index(after: underscore)...])
        guard fields.contains(field), (2...3).contains(code.count), code.allSatisfy({ $0 >= "a" && $0 <= "z" }) else { return nil }
        return (field, code)
    }

    /// The keys of a YAML mapping that translate one of `fields` (to add to its allowed keys).
    static func keys(in node: YAMLNode, fields: [String]) -> [String] {
        guard case .mapping(let m) = node.node else { return [] }
        return m.compactMap { k, _ in k.scalar?.string }.filter { split($0, fields: fields) != nil }
    }

    /// The translations among the fields of a YAML mapping.
    static func read(_ fields: [String: YAMLNode], of names: [String]) throws -> Translations {
        var t = Translations()
        for (key, node) in fields {
            if let (field, language) = split(key, fields: names) { t.set(field, language, try node.string(key)) }
        }
        return t
    }

    /// The translations among the columns of a CSV row: `name_fa`, `country_fa`, …
    static func read(columns: [(String, String)], fields: [String]) -> Translations {
        var t = Translations()
        for (key, value) in columns where !value.isEmpty {
            if let (field, language) = split(key, fields: fields) { t.set(field, language, value) }
        }
        return t
    }
}

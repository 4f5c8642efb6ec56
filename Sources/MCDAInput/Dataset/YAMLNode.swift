import Yams

/// A YAML node with the file it came from, and typed accessors whose errors say file, line and
/// column. Built on Yams (libyaml).
///
/// Dataset files are small and hand-written, so the reader is strict: unknown keys are errors (with
/// a "did you mean" suggestion), and anchors and aliases are refused outright, which also rules out
/// documents that expand without bound ("billion laughs").
struct YAMLNode {
    let node: Node
    let file: String

    /// Largest dataset file read (a criterion file for 100,000 alternatives is ~3 MB).
    static let maximumBytes = 64 << 20

    /// Parses a whole file.
    static func load(path: String) throws -> YAMLNode {
        let bytes = try FileReader.bytes(of: path)
        guard bytes.count <= maximumBytes else {
            throw InputError.dataset(file: path, line: nil, column: nil, message: "the file is larger than \(maximumBytes >> 20) MiB")
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw InputError.dataset(file: path, line: nil, column: nil, message: "the file is not valid UTF-8")
        }
        // The parser holds the anchors strongly (nodes refer to them weakly), so it stays alive
        // until the anchor check has run.
        let parser: Parser
        let root: Node?
        do {
            // No implicit tags: every value is read as the text it is and typed by the accessors
            // below, so the default resolver's regular expressions (run on every scalar when the
            // composer hashes keys: a third of the time to load a 100,000-value criterion file)
            // would only be work thrown away.
            parser = try Parser(yaml: text, resolver: .basic)
            root = try parser.singleRoot()
        } catch let error as YamlError {
            throw Self.translate(error, file: path)
        }
        guard let root else { throw InputError.dataset(file: path, line: nil, column: nil, message: "the file is empty") }
        let node = YAMLNode(node: root, file: path)
        try withExtendedLifetime(parser) { try node.refuseAnchors() }
        return node
    }

    static func translate(_ error: YamlError, file: String) -> InputError {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let detail = context.map { "\($0.text): " } ?? ""
            return .dataset(file: file, line: mark.line, column: mark.column, message: "YAML syntax error: \(detail)\(problem)")
        default:
            return .dataset(file: file, line: nil, column: nil, message: "YAML error: \(error)")
        }
    }

    var line: Int? { node.mark?.line }
    var column: Int? { node.mark?.column }

    /// An error located at this node.
    func error(_ message: String) -> InputError {
        .dataset(file: file, line: line, column: column, message: message)
    }

    private func refuseAnchors() throws {
        var stack = [node]
        var visited = 0
        while let n = stack.popLast() {
            visited += 1
            if n.anchor != nil {
                throw YAMLNode(node: n, file: file).error("YAML anchors and aliases (&name, *name) are not allowed in dataset files; write the values out")
            }
            switch n {
            case .alias:
                throw YAMLNode(node: n, file: file).error("YAML aliases (*name) are not allowed in dataset files")
            case .mapping(let m):
                for (k, v) in m { stack.append(k); stack.append(v) }
            case .sequence(let s):
                stack.append(contentsOf: s)
            case .scalar:
                break
            }
            if visited > 10_000_000 { throw error("the document has more than 10 million nodes") }
        }
    }

    // MARK: Typed access

    /// The node as a mapping with string keys, in file order; keys outside `allowed` are errors.
    func mapping(allowed: [String], what: String) throws -> [(key: String, value: YAMLNode)] {
        guard case .mapping(let m) = node else { throw error("\(what) must be a mapping (key: value lines)") }
        var result: [(String, YAMLNode)] = []
        var seen = Set<String>()
        for (k, v) in m {
            let keyNode = YAMLNode(node: k, file: file)
            guard let key = k.scalar?.string else { throw keyNode.error("keys in \(what) must be plain names") }
            if !allowed.isEmpty && !allowed.contains(key) {
                var message = "unknown key '\(key)' in \(what)"
                if let guess = Self.closest(to: key, in: allowed) { message += "; did you mean '\(guess)'?" }
                message += " (allowed: \(allowed.joined(separator: ", ")))"
                throw keyNode.error(message)
            }
            guard seen.insert(key).inserted else { throw keyNode.error("key '\(key)' appears twice in \(what)") }
            result.append((key, YAMLNode(node: v, file: file)))
        }
        return result
    }

    /// A plain string (any scalar, as written).
    func string(_ what: String) throws -> String {
        guard case .scalar(let s) = node else { throw error("\(what) must be a single value, not a list or mapping") }
        return s.string
    }

    /// A finite number; fractions such as `1/3` allowed when `fractions` is true.
    func number(_ what: String, fractions: Bool = false) throws -> Double {
        let text = try string(what).trimmingSpaces()
        let x = fractions ? NumberParsing.decimalOrFraction(text) : NumberParsing.decimal(text)
        guard let x else { throw error("\(what) must be a finite number\(fractions ? " or a fraction like 1/3" : ""), found '\(text)'") }
        return x
    }

    /// True when the node is YAML null (`~`, `null` or empty).
    var isNull: Bool {
        if case .scalar(let s) = node { return s.tag.rawValue == Tag.Name.null.rawValue || (s.style == .plain && ["", "~", "null", "Null", "NULL"].contains(s.string)) }
        return false
    }

    /// The node as a list.
    func list(_ what: String) throws -> [YAMLNode] {
        guard case .sequence(let s) = node else { throw error("\(what) must be a list") }
        return s.map { YAMLNode(node: $0, file: file) }
    }

    /// A list of plain strings.
    func stringList(_ what: String) throws -> [String] {
        if case .scalar = node { return [try string(what)] }
        return try list(what).map { try $0.string("an entry of \(what)") }
    }

    /// The allowed name closest to `key` by edit distance, when close enough to be a typo.
    static func closest(to key: String, in allowed: [String]) -> String? {
        let scored = allowed.map { ($0, editDistance(key.lowercased(), $0.lowercased())) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= max(2, key.count / 3) else { return nil }
        return best.0
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + [Int](repeating: 0, count: b.count)
            for j in 1...max(1, b.count) where !b.isEmpty {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}

import MCDACore

/// An AHP hierarchy read from a YAML file, with what the file says about it.
public struct HierarchyDocument: Sendable {
    /// The file it was read from.
    public let file: String
    /// The decision goal (`goal:`).
    public let goal: String?
    /// Where the judgments come from (`source:`).
    public let source: String?
    /// The validated hierarchy, every matrix complete (missing judgments filled in).
    public let hierarchy: AHPHierarchy
    /// The `published:` block flattened to dotted paths, lists by position: `global_priorities.0`, ….
    public let published: [String: Double]

    /// A published list in order (`key.0`, `key.1`, … until the first gap); nil when there is none.
    public func publishedList(_ key: String) -> [Double]? {
        var values: [Double] = []
        while let x = published["\(key).\(values.count)"] { values.append(x) }
        return values.isEmpty ? nil : values
    }
}

/// Reads an AHP hierarchy from YAML (the shape of Datasets/literature/saaty-best-city/hierarchy.yaml
/// and of the shared `ahp_hierarchy` reference cases).
///
/// ```yaml
/// goal: Best city to live in            # optional
/// source: "Saaty (2005) …"              # optional
/// hierarchy:                            # a node
///   name: Goal                          # optional for the root; a child's name is its key
///   elements: [Culture, Family]         # what the node compares
///   matrix:                             # rows of judgments: entry (i, j) = how many times element i
///     - ["1", "1/5"]                    #   is preferred to element j; decimals or fractions;
///     - ["5", "1"]                      #   "?" or "" for a missing judgment
///   children:                           # each element: a node, or null for a bare criterion;
///     Culture: {elements: [A, B], matrix: [["1", "2"], ["1/2", "1"]], children: null}
///     Family: {elements: [B, A], matrix: [["1", "3"], ["?", "1"]]}
/// alternatives: [A, B]                  # optional: the order of the global priorities
/// published: {global_priorities: [0.6, 0.4]}   # optional: numbers to check against
/// ```
///
/// A node without `children` (or with `children: null`) is a leaf whose elements are the
/// alternatives; either every leaf compares the alternatives or none does (criteria weighting only).
/// A judgment given on one side of the diagonal implies its reciprocal; pairs missing on both sides
/// are completed by `completion` (Harker 1987 by default; see `CompletionMethod`).
///
/// Errors name the file, line and column and the node: unknown keys (with a suggestion), elements
/// and children that do not match, rows of the wrong length, entries that are not judgments, matrices
/// that are not reciprocal, leaves that compare different alternatives.
///
/// Complexity: O(total number of matrix entries) plus the completion of each incomplete matrix (O(n³)).
public enum HierarchyYAML {
    /// Deepest hierarchy accepted (hand-written hierarchies have a handful of levels).
    public static let maximumDepth = 64

    /// Reads and validates the file at `path`.
    /// - Throws: ``InputError`` with file, line and column.
    public static func read(path: String, completion: CompletionMethod = .default) throws -> HierarchyDocument {
        let root = try YAMLNode.load(path: path)
        let fields = Dictionary(try root.mapping(allowed: ["goal", "source", "hierarchy", "alternatives", "published"], what: "the hierarchy file")
                                    .map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
        guard let top = fields["hierarchy"] else {
            throw root.error("the file needs `hierarchy:` (a node with name, elements, matrix and children)")
        }
        var reader = NodeReader(completion: completion)
        let tree = try reader.node(top, name: nil, depth: 0)
        let alternatives = try fields["alternatives"].map { try $0.stringList("alternatives") }
        let hierarchy: AHPHierarchy
        do { hierarchy = try AHPHierarchy(root: tree, alternatives: alternatives) } catch let error as HierarchyError {
            throw reader.place(of: error, default: fields["alternatives"] ?? top).error(error.description)
        }
        return HierarchyDocument(file: path, goal: try fields["goal"]?.string("goal"), source: try fields["source"]?.string("source"),
                                 hierarchy: hierarchy, published: try fields["published"].map { try Dataset.readPublished($0).numbers } ?? [:])
    }
}

/// The recursive part of ``HierarchyYAML/read(path:completion:)``.
private struct NodeReader {
    let completion: CompletionMethod
    /// Where each node (by name) was written, for errors found after reading.
    var places: [String: YAMLNode] = [:]

    init(completion: CompletionMethod) { self.completion = completion }

    func place(of error: HierarchyError, default fallback: YAMLNode) -> YAMLNode {
        switch error {
        case .emptyNode(let name), .duplicateName(let name), .missingChild(let name, _), .unexpectedChild(let name, _),
             .missingAlternativeComparisons(let name), .missingAlternative(let name, _), .unexpectedAlternative(let name, _),
             .analysisFailed(let name, _):
            return places[name] ?? fallback
        case .duplicateAlternative:
            return fallback
        }
    }

    /// A node; `name` is the key it was written under (nil for the root).
    mutating func node(_ yaml: YAMLNode, name key: String?, depth: Int) throws -> HierarchyNode {
        guard depth < HierarchyYAML.maximumDepth else { throw yaml.error("the hierarchy is deeper than \(HierarchyYAML.maximumDepth) levels") }
        let fields = Dictionary(try yaml.mapping(allowed: ["name", "elements", "matrix", "children"], what: key.map { "node '\($0)'" } ?? "the hierarchy")
                                    .map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
        var name = key ?? "Goal"
        if let n = fields["name"] {
            name = try n.string("name")
            if let key, name != key { throw n.error("the node under '\(key)' is named '\(name)'; a child's name must be the element it stands for") }
        }
        let what = "node '\(name)'"
        places[name] = yaml
        guard let elementsNode = fields["elements"] else { throw yaml.error("\(what) needs `elements:` (the names it compares)") }
        let elements = try elementsNode.stringList("the elements of \(what)")
        guard !elements.isEmpty else { throw elementsNode.error("\(what) compares no elements") }
        var seen = Set<String>()
        for e in elements where !seen.insert(e).inserted { throw elementsNode.error("element '\(e)' appears twice in \(what)") }
        guard let matrixNode = fields["matrix"] else { throw yaml.error("\(what) needs `matrix:` (one row of judgments per element)") }
        let comparisons = try matrix(matrixNode, elements: elements, node: name)
        guard let childrenNode = fields["children"], !childrenNode.isNull else {
            return .alternatives(criterion: name, comparisons: comparisons)
        }
        var written: [String: YAMLNode] = [:]
        for (child, value) in try childrenNode.mapping(allowed: [], what: "the children of \(what)") {
            guard seen.contains(child) else {
                var message = "\(what) has a child '\(child)' that is not one of its elements"
                if let guess = YAMLNode.closest(to: child, in: elements) { message += "; did you mean '\(guess)'?" }
                throw value.error(message + " (elements: \(elements.joined(separator: ", ")))")
            }
            written[child] = value
        }
        var children: [HierarchyNode] = []
        for e in elements {
            guard let value = written[e] else {
                throw childrenNode.error("\(what) has no child for its element '\(e)'; add `\(e): null` (a criterion with nothing below it) or a node")
            }
            if value.isNull {
                places[e] = value
                children.append(.criterion(e))
            } else {
                children.append(try node(value, name: e, depth: depth + 1))
            }
        }
        return .criteria(name: name, comparisons: comparisons, children: children)
    }

    /// The node's matrix, completed.
    func matrix(_ yaml: YAMLNode, elements: [String], node name: String) throws -> PairwiseComparisonMatrix {
        let n = elements.count
        let rows = try yaml.list("the matrix of node '\(name)'")
        guard rows.count == n else {
            throw yaml.error("the matrix of node '\(name)' has \(rows.count) rows; its \(n) elements need \(n) rows of \(n) judgments")
        }
        var entries = [Double?](repeating: nil, count: n * n)
        for (i, row) in rows.enumerated() {
            let cells = try row.list("row \(i + 1) of the matrix of node '\(name)'")
            guard cells.count == n else {
                throw row.error("row \(i + 1) ('\(elements[i])') of the matrix of node '\(name)' has \(cells.count) entries; expected \(n)")
            }
            for (j, cell) in cells.enumerated() where !cell.isNull {
                let text = try cell.string("a judgment").trimmingSpaces()
                if text.isEmpty || text == "?" { continue }
                guard let x = NumberParsing.decimalOrFraction(text), x > 0 else {
                    throw cell.error("node '\(name)', entry (\(elements[i]), \(elements[j])): '\(text)' is not a judgment "
                        + "(a positive number such as 3, 0.5 or 1/3; \"?\" or \"\" when missing)")
                }
                entries[i * n + j] = x
            }
        }
        do {
            return try IncompleteComparisons(elements: elements, entries: entries).completed(by: completion)
        } catch let error as AHPError {
            throw yaml.error("node '\(name)': \(error)")
        }
    }
}

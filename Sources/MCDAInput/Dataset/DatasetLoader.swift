import Foundation
import MCDACore

extension Dataset {
    /// The manifest file name inside a dataset folder.
    public static let manifestName = "manifest.yaml"

    /// Reads and validates a dataset folder.
    ///
    /// Every error names the file, and the line and column where the YAML parser knows them:
    /// syntax errors, unknown keys (with a suggestion), unknown or duplicate alternative ids,
    /// criterion files whose id differs from their name, judgments that name unknown criteria or
    /// contradict each other, paths that leave the folder, YAML anchors and aliases.
    ///
    /// Method names and parameters in `analysis:` are checked against `catalogue`.
    public static func load(folder: String, catalogue: MethodCatalogue = .standard) throws -> Dataset {
        let root = URL(fileURLWithPath: folder).standardizedFileURL.resolvingSymlinksInPath()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw InputError.unreadable(file: folder, reason: "not a dataset folder (expected a folder holding \(manifestName))")
        }
        let manifestPath = root.appendingPathComponent(manifestName).path
        let manifest = try YAMLNode.load(path: manifestPath)
        let keys = ["format", "title", "goal", "alternatives", "reference", "criteria", "weights", "analysis", "display",
                    "published", "source", "sources", "notes"]
        let translated = Translations.keys(in: manifest, fields: ["title", "goal", "display"])
        let fields = Dictionary(try manifest.mapping(allowed: keys + translated, what: "the manifest").map { ($0.key, $0.value) },
                                uniquingKeysWith: { a, _ in a })
        if let format = fields["format"] {
            let text = try format.string("format")
            guard text == "mcda-dataset/1" else { throw format.error("unsupported format '\(text)'; this mcda reads mcda-dataset/1") }
        }
        let title = try fields["title"]?.string("title") ?? root.lastPathComponent
        let goal = try fields["goal"]?.string("goal")

        let alternativesFile = try contained(fields["alternatives"].map { try $0.string("alternatives") } ?? "alternatives.csv",
                                             in: root, node: fields["alternatives"] ?? manifest)
        let alternatives = try readAlternatives(path: alternativesFile)
        let reference = try fields["reference"].map { try readReference($0, alternatives: alternatives) }

        let criteriaFolder = try contained(fields["criteria"].map { try $0.string("criteria") } ?? "criteria",
                                           in: root, node: fields["criteria"] ?? manifest)
        let criteria = try CriterionFileReader.readAll(folder: criteriaFolder, alternatives: alternatives,
                                                       reference: reference)
        guard !criteria.isEmpty else {
            throw InputError.dataset(file: criteriaFolder, line: nil, column: nil, message: "no criterion files (*.yaml) in the criteria folder")
        }
        let ids = criteria.map(\.criterion.id)
        let weights = try fields["weights"].map { try WeightSpecificationReader.read($0, criteria: ids) } ?? .objective(.equal)
        let analysis = try fields["analysis"].map { try AnalysisSettingsReader.read($0, catalogue: catalogue) }
            ?? AnalysisSettings(catalogue: catalogue)
        let display = try fields["display"].map { try readDisplay($0, alternatives: alternatives, file: alternativesFile) } ?? []
        let published = try fields["published"].map(readPublished) ?? (numbers: [:], notes: [:])
        var translations = try Translations.read(fields, of: ["title", "goal"])
        // `display_fa: [کشور]`: the headings of the display columns, in the order of `display`.
        for (key, node) in fields {
            guard let (field, language) = Translations.split(key, fields: ["display"]), field == "display" else { continue }
            let labels = try node.stringList(key)
            guard labels.count == display.count else {
                throw node.error("\(key) has \(labels.count) headings for the \(display.count) columns of display")
            }
            for (column, label) in zip(display, labels) { translations.set("display." + column, language, label) }
        }
        if let weightsNode = fields["weights"], case .mapping = weightsNode.node {
            let weightFields = Dictionary(try weightsNode.mapping(allowed: [], what: "weights").map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
            translations.merge(try Translations.read(weightFields, of: ["assumption"]))
        }
        let given = folder.count > 1 && folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        return Dataset(folder: given, title: title, translations: translations, goal: goal, alternatives: alternatives, reference: reference,
                       criteria: criteria, weights: weights, analysis: analysis, display: display,
                       published: published.numbers, publishedNotes: published.notes)
    }

    /// Resolves `relative` inside `root`, refusing absolute paths and paths that leave the folder
    /// (also through symbolic links).
    static func contained(_ relative: String, in root: URL, node: YAMLNode) throws -> String {
        guard !relative.hasPrefix("/") else { throw node.error("'\(relative)' is an absolute path; files must be inside the dataset folder") }
        let resolved = root.appendingPathComponent(relative).standardizedFileURL.resolvingSymlinksInPath()
        let base = root.path.hasSuffix("/") ? root.path : root.path + "/"
        guard resolved.path == root.path || resolved.path.hasPrefix(base) else {
            throw node.error("'\(relative)' points outside the dataset folder; files must be inside it")
        }
        return resolved.path
    }

    static func readAlternatives(path: String) throws -> [Alternative] {
        let table = try CSVTable(contentsOf: path)
        guard let header = table.rows.first else { throw InputError.emptyFile(file: path) }
        guard header.fields.count >= 2, header.fields[0] == "id", header.fields[1] == "name" else {
            throw InputError.dataset(file: path, line: header.line, column: nil,
                                     message: "the header must start with 'id,name' (found '\(header.fields.prefix(2).joined(separator: ","))')")
        }
        var seen = Set<String>()
        var result: [Alternative] = []
        for row in table.rows.dropFirst() {
            guard row.fields.count == header.fields.count else {
                throw InputError.fieldCount(file: path, line: row.line, expected: header.fields.count, found: row.fields.count)
            }
            let id = row.fields[0]
            guard !id.isEmpty else { throw InputError.emptyName(file: path, line: row.line, kind: "alternative id") }
            guard seen.insert(id).inserted else { throw InputError.duplicateName(file: path, line: row.line, kind: "alternative id", name: id) }
            let name = row.fields[1].isEmpty ? id : row.fields[1]
            result.append(Alternative(id: id, name: name, attributes: Array(zip(header.fields.dropFirst(2), row.fields.dropFirst(2)))))
        }
        guard !result.isEmpty else { throw InputError.dataset(file: path, line: nil, column: nil, message: "no alternatives") }
        return result
    }

    /// `display: [country]`: columns of the alternatives file, each at most once.
    static func readDisplay(_ node: YAMLNode, alternatives: [Alternative], file: String) throws -> [String] {
        let columns = alternatives.first?.attributes.map(\.0) ?? []
        var seen = Set<String>()
        return try node.list("display").map { item in
            let name = try item.string("a display column")
            guard columns.contains(name) else {
                let known = columns.isEmpty ? "it has no columns beyond id and name" : "its columns beyond id and name are " + columns.joined(separator: ", ")
                throw item.error("display names '\(name)', which is not a column of \(file) (\(known))")
            }
            guard seen.insert(name).inserted else { throw item.error("display names '\(name)' twice") }
            return name
        }
    }

    static func readReference(_ node: YAMLNode, alternatives: [Alternative]) throws -> Alternative {
        let translated = Translations.keys(in: node, fields: ["name"])
        let fields = Dictionary(try node.mapping(allowed: ["id", "name"] + translated, what: "reference").map { ($0.key, $0.value) },
                                uniquingKeysWith: { a, _ in a })
        guard let idNode = fields["id"] else { throw node.error("reference needs an id") }
        let id = try idNode.string("reference id")
        if alternatives.contains(where: { $0.id == id }) {
            throw idNode.error("the reference '\(id)' is also an alternative; the reference is the entity targets refer to and is not ranked")
        }
        let names = try translated.map { ($0, try fields[$0]?.string($0) ?? "") }
        return Alternative(id: id, name: try fields["name"]?.string("reference name") ?? id, attributes: names)
    }

    /// Flattens the `published:` block to dotted paths: `exact.values.closeness.a1` → 0.6432…,
    /// `exact.tolerance` → 1e-10. Text entries (sources) are kept apart in ``Dataset/publishedNotes``.
    static func readPublished(_ node: YAMLNode) throws -> (numbers: [String: Double], notes: [String: String]) {
        var numbers: [String: Double] = [:], notes: [String: String] = [:]
        func walk(_ node: YAMLNode, _ path: String) throws {
            switch node.node {
            case .mapping:
                for (key, value) in try node.mapping(allowed: [], what: "published") {
                    try walk(value, path.isEmpty ? key : path + "." + key)
                }
            case .sequence:
                for (k, item) in try node.list("published").enumerated() { try walk(item, path + "." + String(k)) }
            default:
                let text = try node.string("published")
                if let x = NumberParsing.decimalOrFraction(text) { numbers[path] = x } else { notes[path] = text }
            }
        }
        try walk(node, "")
        return (numbers, notes)
    }
}

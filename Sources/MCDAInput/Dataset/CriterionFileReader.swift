import Foundation
import MCDACore

/// Reads the `criteria/` folder: one YAML file per criterion.
enum CriterionFileReader {
    static let keys = ["id", "name", "direction", "target", "scale", "unit", "description", "sources", "source",
                       "referenceValue", "values", "preference", "q", "p", "s", "uncertainty", "notes"]

    /// Every `*.yaml` / `*.yml` file of `folder`, ordered by file name.
    static func readAll(folder: String, alternatives: [Dataset.Alternative], reference: Dataset.Alternative?) throws -> [CriterionData] {
        let names: [String]
        do { names = try FileManager.default.contentsOfDirectory(atPath: folder) } catch {
            throw InputError.unreadable(file: folder, reason: "cannot list the criteria folder")
        }
        let files = names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
        var seen: [String: String] = [:]
        var result: [CriterionData] = []
        for name in files {
            let data = try read(path: folder + "/" + name, alternatives: alternatives, reference: reference)
            if let other = seen[data.criterion.id] {
                throw InputError.dataset(file: data.file, line: nil, column: nil, message: "criterion id '\(data.criterion.id)' is also used by \(other)")
            }
            seen[data.criterion.id] = data.file
            result.append(data)
        }
        return result
    }

    static func read(path: String, alternatives: [Dataset.Alternative], reference: Dataset.Alternative?) throws -> CriterionData {
        let root = try YAMLNode.load(path: path)
        let translated = Translations.keys(in: root, fields: ["name", "description", "unit"])
        let fields = Dictionary(try root.mapping(allowed: keys + translated, what: "a criterion file").map { ($0.key, $0.value) },
                                uniquingKeysWith: { a, _ in a })
        guard let idNode = fields["id"] else { throw root.error("a criterion file needs an id") }
        let id = try idNode.string("id")
        let stem = (path as NSString).lastPathComponent.replacingOccurrences(of: ".yaml", with: "").replacingOccurrences(of: ".yml", with: "")
        guard id == stem else {
            throw idNode.error("the id '\(id)' differs from the file name '\(stem)'; after copying a criterion file, change its id to match the new name")
        }
        let referenceValue = try fields["referenceValue"]?.number("referenceValue")
        let scale: ValueScale
        if let s = fields["scale"] {
            let text = try s.string("scale")
            guard let v = ValueScale(rawValue: text) else { throw s.error("scale must be linear or log, found '\(text)'") }
            scale = v
        } else { scale = .linear }
        guard let directionNode = fields["direction"] else { throw root.error("criterion '\(id)' needs a direction: benefit, cost or target") }
        let direction: Direction
        switch try directionNode.string("direction") {
        case "benefit", "max", "+": direction = .benefit
        case "cost", "min", "-": direction = .cost
        case "target":
            guard let t = fields["target"] else { throw directionNode.error("a target criterion needs `target:` (a number, or `reference`)") }
            if (try? t.string("target")) == "reference" {
                guard reference != nil else { throw t.error("`target: reference` needs a `reference:` entity in the manifest") }
                guard let referenceValue else { throw t.error("`target: reference` needs `referenceValue:` (the reference's own value)") }
                direction = .target(referenceValue)
            } else {
                direction = .target(try t.number("target"))
            }
        case let other:
            throw directionNode.error("direction must be benefit, cost or target, found '\(other)'")
        }
        if case .target(let t) = direction, scale == .log, !(t > 0) {
            throw (fields["target"] ?? root).error("a log-scale target must be positive, found \(t)")
        }
        var sources = try fields["sources"].map { try $0.stringList("sources") } ?? []
        if let s = fields["source"] { sources.append(try s.string("source")) }

        guard let valuesNode = fields["values"] else { throw root.error("criterion '\(id)' has no `values:`") }
        let index = Dictionary(uniqueKeysWithValues: alternatives.enumerated().map { ($1.id, $0) })
        var values = [Double?](repeating: nil, count: alternatives.count)
        var valueSources = [String?](repeating: nil, count: alternatives.count)
        var distributions = [ValueDistribution?](repeating: nil, count: alternatives.count)
        for (alternative, node) in try valuesNode.mapping(allowed: [], what: "values") {
            guard let i = index[alternative] else {
                var message = "unknown alternative id '\(alternative)' (not in alternatives.csv)"
                if let guess = YAMLNode.closest(to: alternative, in: alternatives.map(\.id)) { message += "; did you mean '\(guess)'?" }
                throw node.error(message)
            }
            if case .mapping = node.node {
                let f = Dictionary(try node.mapping(allowed: ["value", "source", "note", "distribution"], what: "the value of '\(alternative)'")
                    .map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
                if let v = f["value"], !v.isNull { values[i] = try Self.value(v, of: alternative) }
                if let d = f["distribution"] {
                    switch ValueDistributionSyntax.parse(try d.string("the distribution of '\(alternative)'")) {
                    case .success(let x):
                        distributions[i] = x
                        if values[i] == nil {
                            guard x.mean(value: 0).isFinite else { throw d.error("the mean of \(x.parameterText) is not finite; give `value:`") }
                            values[i] = x.mean(value: 0)
                        }
                    case .failure(let message): throw d.error(message.text)
                    }
                }
                valueSources[i] = try f["source"]?.string("source")
            } else if !node.isNull {
                values[i] = try Self.value(node, of: alternative)
            }
        }
        let preference = try readPreference(fields, criterion: id)
        let uncertainty = try fields["uncertainty"].map { node -> Double in
            let x = try node.number("uncertainty")
            guard x >= 0 && x < 1 else { throw node.error("uncertainty is a ± fraction of each value, from 0 to below 1 (0.1 for ±10 %), found \(x)") }
            return x
        }
        return CriterionData(criterion: Criterion(id: id, name: try fields["name"]?.string("name") ?? id, direction: direction, scale: scale),
                             file: path, unit: try fields["unit"]?.string("unit"),
                             description: try fields["description"]?.string("description"), sources: sources,
                             referenceValue: referenceValue, values: values, valueSources: valueSources, preference: preference,
                            uncertainty: uncertainty, distributions: distributions,
                            translations: try Translations.read(fields, of: ["name", "description", "unit"]))
    }

    /// Markers of a missing value, bare or after `value:` (Datasets/README.md).
    static let missingMarkers: Set<String> = ["?", "unknown", "n/a"]

    /// A value node: a number, or nil for a missing-value marker.
    static func value(_ node: YAMLNode, of alternative: String) throws -> Double? {
        let text = try node.string("the value of '\(alternative)'")
        return missingMarkers.contains(text) ? nil : try node.number("the value of '\(alternative)'")
    }

    /// The PROMETHEE preference function of `preference`, `q`, `p` and `s`, checked here so that an
    /// unknown function or a bad threshold is an error at its line.
    static func readPreference(_ fields: [String: YAMLNode], criterion id: String) throws -> PreferenceFunction? {
        guard let f = fields["preference"] else {
            if let stray = fields["q"] ?? fields["p"] ?? fields["s"] { throw stray.error("q, p and s need `preference:` (the PROMETHEE preference function)") }
            return nil
        }
        let kind: PreferenceFunction.Kind = try AHPJudgmentsReader.choice(f, "preference")
        let (q, p, s) = (try fields["q"]?.number("q"), try fields["p"]?.number("p"), try fields["s"]?.number("s"))
        for (name, given, used) in [("q", q != nil, kind.usesQ), ("p", p != nil, kind.usesP), ("s", s != nil, kind.usesS)] where given && !used {
            throw fields[name]!.error("\(name) is not a parameter of the \(kind.rawValue) preference function")
        }
        do {
            let function = try PreferenceFunction(kind: kind, q: q, p: p, s: s, criterion: id)
            try function.validate(criterion: id)
            return function
        } catch {
            throw (fields["q"] ?? fields["p"] ?? fields["s"] ?? f).error("\(error)")
        }
    }
}

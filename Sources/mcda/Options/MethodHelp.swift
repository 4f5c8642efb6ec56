import MCDACore

/// Help text read from the method catalogue.
enum MethodHelp {
    /// One line per method: "  topsis        closeness to the ideal point …; normalization [vector], distance [euclidean]".
    static func catalogue(_ catalogue: MethodCatalogue) -> String {
        let width = (catalogue.names.map(\.count).max() ?? 0) + 2
        return catalogue.methods.map { m in
            let parameters = m.parameters.map { p in "\(p.name) [\(p.defaultValue.map { "\($0)" } ?? "per criterion")]" }
            let name = m.name + String(repeating: " ", count: max(1, width - m.name.count))
            return "  " + name + m.summary + (parameters.isEmpty ? "" : "; " + parameters.joined(separator: ", "))
        }.joined(separator: "\n")
    }

    /// "topsis, wsm, wpm, waspas, vikor, promethee-ii".
    static func names(_ catalogue: MethodCatalogue) -> String { catalogue.names.joined(separator: ", ") }
}

import MCDACore

/// Help text read from the method catalogue.
enum MethodHelp {
    /// Two lines per method: its name and summary, then its parameters with their defaults.
    static func catalogue(_ catalogue: MethodCatalogue) -> String {
        catalogue.methods.map { m in
            let parameters = m.parameters.map { p in "\(p.name) (\(p.defaultValue.map { "\($0)" } ?? "none"))" }
            return "  \(m.name): \(m.summary)"
                + (parameters.isEmpty ? "" : "\n      parameters: " + parameters.joined(separator: ", "))
        }.joined(separator: "\n")
    }

    /// "topsis, wsm, wpm, waspas, vikor, promethee-ii".
    static func names(_ catalogue: MethodCatalogue) -> String { catalogue.names.joined(separator: ", ") }
}

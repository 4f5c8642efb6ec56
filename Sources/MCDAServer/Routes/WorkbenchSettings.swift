import MCDACore
import MCDAInput

/// "Download these settings": the what-if as a fragment of `manifest.yaml`, to paste into the
/// dataset by hand (the server never writes it).
enum WorkbenchSettings {
    /// The fragment: `weights:` (given values or AHP judgments) when the what-if changes them,
    /// `analysis:` methods and simulation settings, and the alternatives left out as a comment.
    static func yaml(_ request: WorkbenchRequest, dataset: Dataset) -> String {
        var lines = ["# A what-if from the workbench for \(dataset.folder).",
                     "# Paste these keys into manifest.yaml in place of the ones with the same names."]
        let ids = dataset.criteria.map(\.criterion.id)
        if let weights = request.weights {
            let total = weights.reduce(0, +)
            lines += ["weights:", "  method: given", "  values:"]
            lines += zip(ids, weights).map { "    \($0): \($1 / total)" }
        } else if let judgments = request.judgments {
            lines += ["weights:", "  method: ahp", "  # [a, b, v]: criterion a is v times as important as criterion b (Saaty 1-9 scale).", "  judgments:"]
            lines += judgments.map { "    - [\($0.a), \($0.b), \"\(SaatyScale.label($0.value))\"]" }
        }
        let methods = request.methods ?? dataset.analysis.methods.map { $0.method.name }
        lines += ["analysis:", "  methods: [\(methods.joined(separator: ", "))]",
                  "  smaa: { samples: \(request.samples ?? dataset.analysis.samples), seed: \(request.seed ?? dataset.analysis.seed) }"]
        if let primary = request.primary { lines.append("# primary method (mcda analyze --primary): \(primary)") }
        if !request.exclude.isEmpty {
            lines.append("# left out (remove their rows from alternatives.csv by hand): \(request.exclude.joined(separator: ", "))")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

import MCDACore

/// Criteria in words.
public enum CriterionWords {
    /// "higher is better", "lower is better" or "closest to 161909 (Rafsanjan), log scale".
    public static func direction(_ c: Criterion, referenceName: String?) -> String {
        switch c.direction {
        case .benefit: return "higher is better"
        case .cost: return "lower is better"
        case .target(let t):
            let value = t == t.rounded() && abs(t) < 1e15 ? String(Int(t)) : "\(t)"
            return "closest to \(value)" + (referenceName.map { " (\($0))" } ?? "") + (c.scale == .log ? ", log scale" : "")
        }
    }
}

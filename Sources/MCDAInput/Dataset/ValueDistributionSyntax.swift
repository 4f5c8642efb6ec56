import MCDACore

/// The `distribution:` of a value in a criterion file: `beta(α, β)`, `normal(mean, sd)`,
/// `lognormal(μ, σ)` (of the logarithm) or `uniform(lower, upper)`.
///
/// Example (in `criteria/bleeding.yaml`):
/// ```yaml
/// values:
///   heparin: { distribution: beta(1, 135) }          # value: the mean, 1/136
///   enoxaparin: { value: 0.04, distribution: beta(5, 124) }
/// ```
enum ValueDistributionSyntax {
    static let forms = "beta(α, β), normal(mean, sd), lognormal(μ, σ) or uniform(lower, upper)"

    /// The distribution written in `text`, or a message saying what is wrong.
    static func parse(_ text: String) -> Result<ValueDistribution, Message> {
        let t = text.trimmingSpaces()
        guard let open = t.firstIndex(of: "("), t.hasSuffix(")") else {
            return .failure(Message(text: "a distribution is written \(forms), found '\(t)'"))
        }
        let name = String(t[..<open]).trimmingSpaces().lowercased()
        let inner = t[t.index(after: open)..<t.index(before: t.endIndex)]
        let parts = inner.split(separator: ",", omittingEmptySubsequences: false).map { NumberParsing.decimal(String($0).trimmingSpaces()) }
        guard parts.count == 2, let a = parts[0], let b = parts[1] else {
            return .failure(Message(text: "\(name)(…) takes two finite numbers, found '\(t)'"))
        }
        let d: ValueDistribution
        switch name {
        case "beta": d = .beta(alpha: a, beta: b)
        case "normal": d = .normal(mean: a, sd: b)
        case "lognormal", "log-normal": d = .logNormal(mu: a, sigma: b)
        case "uniform": d = .uniform(lower: a, upper: b)
        default: return .failure(Message(text: "unknown distribution '\(name)'; write \(forms)"))
        }
        if let expected = d.problem { return .failure(Message(text: "\(d.parameterText) needs \(expected)")) }
        return .success(d)
    }

    /// Why a distribution could not be read.
    struct Message: Error { let text: String }
}

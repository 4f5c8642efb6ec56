import MCDACore

/// Parsing of list-valued command-line options such as `--weights=0.2,0.3,0.5` and `--directions=+,-,+`.
public enum ListParsing {
    /// Comma-separated finite decimals (fractions such as `1/3` allowed).
    public static func numbers(_ text: String, option: String) throws -> [Double] {
        try text.split(separator: ",", omittingEmptySubsequences: false).map { part in
            let s = String(part).trimmingSpaces()
            guard let x = NumberParsing.decimalOrFraction(s) else {
                throw InputError.option(name: option, message: "'\(s)' is not a finite number")
            }
            return x
        }
    }

    /// Comma-separated directions: `+`, `benefit`, `max` for benefit; `-`, `cost`, `min` for cost;
    /// `target:VALUE` (or `=VALUE`) for a target criterion.
    public static func directions(_ text: String) throws -> [Direction] {
        try text.split(separator: ",", omittingEmptySubsequences: false).map { part in
            let s = String(part).trimmingSpaces().lowercased()
            switch s {
            case "+", "benefit", "max", "1": return .benefit
            case "-", "cost", "min", "-1": return .cost
            default:
                for prefix in ["target:", "="] where s.hasPrefix(prefix) {
                    if let t = NumberParsing.decimal(String(s.dropFirst(prefix.count))) { return .target(t) }
                }
                throw InputError.option(name: "directions",
                                         message: "'\(s)' is not a direction: use + (benefit), - (cost) or target:VALUE")
            }
        }
    }
}

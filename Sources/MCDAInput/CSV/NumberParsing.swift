/// Parsing of numeric cells: decimals (`0.25`, `1e-3`) and, for judgments, fractions (`1/3`).
enum NumberParsing {
    /// A finite decimal number, or nil.
    static func decimal(_ text: String) -> Double? {
        guard let x = Double(text), x.isFinite else { return nil }
        return x
    }

    /// A decimal or a fraction `p/q` of two decimals, finite, or nil.
    static func decimalOrFraction(_ text: String) -> Double? {
        if let x = decimal(text) { return x }
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2,
              let p = decimal(String(parts[0]).trimmingSpaces()),
              let q = decimal(String(parts[1]).trimmingSpaces()), q != 0 else { return nil }
        let x = p / q
        return x.isFinite ? x : nil
    }
}

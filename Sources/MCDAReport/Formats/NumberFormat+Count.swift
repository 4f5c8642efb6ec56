extension NumberFormat {
    /// `n` with thousands separators: 100000 → "100,000".
    public static func count(_ n: Int) -> String {
        var digits = String(n.magnitude), out = ""
        while digits.count > 3 { out = "," + digits.suffix(3) + out; digits.removeLast(3) }
        return (n < 0 ? "-" : "") + digits + out
    }

    /// "A", "A and B", "A, B and C".
    public static func list(_ items: [String]) -> String {
        guard let last = items.last else { return "" }
        return items.count <= 2 ? items.joined(separator: " and ") : items.dropLast().joined(separator: ", ") + " and " + last
    }
}

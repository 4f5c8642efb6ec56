/// Numbers inside the engine's error messages and weighting notes. Reports format every number
/// they show with MCDAReport's `NumberFormat`; this is only for text the engine itself must write
/// (an error has no report around it).
enum MessageNumbers {
    /// `n` with thousands separators: 100000 → "100,000".
    static func grouped(_ n: Int) -> String {
        var digits = String(n.magnitude), out = ""
        while digits.count > 3 { out = "," + digits.suffix(3) + out; digits.removeLast(3) }
        return (n < 0 ? "-" : "") + digits + out
    }

}

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

    /// `x` rounded to `d` decimals, at least `d` shown: fixed(0.28316, 4) = "0.2832"; non-finite
    /// values as Swift prints them.
    static func fixed(_ x: Double, _ d: Int) -> String {
        guard x.isFinite else { return "\(x)" }
        var scale = 1.0
        for _ in 0..<d { scale *= 10 }
        let r = (x * scale).rounded() / scale
        var text = "\(r)"
        if let dot = text.firstIndex(of: "."), !text.contains("e") {
            let decimals = text.distance(from: dot, to: text.endIndex) - 1
            if decimals < d { text += String(repeating: "0", count: d - decimals) }
        }
        return text
    }
}

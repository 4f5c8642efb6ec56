/// Colour-blind-safe colours for the charts.
///
/// Categorical: Okabe & Ito (2008), "Color Universal Design", the eight colours distinguishable
/// under the common colour-vision deficiencies. Sequential: five stops of viridis (van der Walt &
/// Smith 2015, matplotlib), perceptually uniform and readable in grey.
public enum ChartPalette {
    /// Orange, sky blue, bluish green, yellow, blue, vermillion, reddish purple, black.
    public static let okabeIto = ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#000000"]

    /// The categorical colour of item `i` (cycling).
    public static func category(_ i: Int) -> String { okabeIto[((i % okabeIto.count) + okabeIto.count) % okabeIto.count] }

    /// Viridis at t ∈ [0, 1] (0: dark purple, 1: yellow), interpolated between nine stops.
    public static func viridis(_ t: Double) -> String {
        let stops: [(Double, Double, Double)] = [(68, 1, 84), (72, 40, 120), (62, 74, 137), (49, 104, 142), (38, 130, 142),
                                                 (31, 158, 137), (53, 183, 121), (110, 206, 88), (253, 231, 37)]
        let x = max(0, min(1, t.isFinite ? t : 0)) * Double(stops.count - 1)
        let i = min(Int(x), stops.count - 2), f = x - Double(i)
        let (a, b) = (stops[i], stops[i + 1])
        func mix(_ u: Double, _ v: Double) -> Int { Int((u + (v - u) * f).rounded()) }
        return hex(mix(a.0, b.0), mix(a.1, b.1), mix(a.2, b.2))
    }

    /// Black or white text, whichever reads better on the viridis colour at t.
    public static func textOnViridis(_ t: Double) -> String { t > 0.55 ? "#111" : "#fff" }

    static func hex(_ r: Int, _ g: Int, _ b: Int) -> String {
        let digits = Array("0123456789ABCDEF")
        return "#" + [r, g, b].map { v in let c = max(0, min(255, v)); return String([digits[c / 16], digits[c % 16]]) }.joined()
    }
}

/// Which Kendall rank correlation to compute when there are ties.
///
/// With S = Σ_{i<j} sign(xᵢ − xⱼ) · sign(yᵢ − yⱼ) (concordant minus discordant pairs),
/// n₀ = N(N − 1)/2, n₁ = pairs tied in x and n₂ = pairs tied in y:
///
/// - ``tauA``: τ_a = S / n₀ (Kendall 1938, doi:10.1093/biomet/30.1-2.81; pymcdm `kendall_tau`,
///   pyrepo-mcda `kendall`). The default, as in the reference cases.
/// - ``tauB``: τ_b = S / √((n₀ − n₁)(n₀ − n₂)) (Kendall 1945, doi:10.1093/biomet/33.3.239; scipy
///   `kendalltau`, pyrepo-mcda `kendall_tau`). 0 when either ranking is constant (0/0).
///
/// Both agree when there are no ties; with ties they differ (by up to 0.196 in the reference cases).
public enum KendallVariant: String, CaseIterable, Sendable, Codable {
    case tauA = "tau-a"
    case tauB = "tau-b"

    /// The variant used when none is chosen.
    public static let `default` = KendallVariant.tauA
}

extension RankCorrelation {
    /// Kendall's rank correlation τ between two rank vectors (see ``KendallVariant`` for the formulas).
    ///
    /// Counted with Knight's algorithm (1966, doi:10.1080/01621459.1966.10480879): sort the pairs
    /// by (x, y), count the tied groups, and count discordant pairs as the inversions of y in that
    /// order with a merge sort. Exact integer counts, so the result does not depend on summation order.
    ///
    /// - Parameters: `x`, `y`: rank vectors of equal length N ≥ 2, values in [1, N]; `variant`:
    ///   τ_a (default) or τ_b.
    /// - Returns: τ ∈ [−1, 1].
    /// - Throws: ``RankVectorError``.
    ///
    /// Complexity: O(N log N) time, O(N) memory, so N = 10⁶ takes well under a second.
    ///
    /// Example: `try RankCorrelation.kendallTau([1, 2, 3, 4, 5], [1, 3, 2, 4, 5])` is 0.8.
    public static func kendallTau(_ x: [Double], _ y: [Double], variant: KendallVariant = .default) throws -> Double {
        try validate(x, y)
        let c = kendallCounts(x, y)
        switch variant {
        case .tauA:
            return Double(c.s) / Double(c.pairs)
        case .tauB:
            let denominator = (Double(c.pairs - c.tiedX) * Double(c.pairs - c.tiedY)).squareRoot()
            return denominator > 0 ? Swift.min(1, Swift.max(-1, Double(c.s) / denominator)) : 0
        }
    }

    /// Pair counts: n₀, pairs tied in x, pairs tied in y, and S = concordant − discordant.
    static func kendallCounts(_ x: [Double], _ y: [Double]) -> (pairs: Int, tiedX: Int, tiedY: Int, s: Int) {
        let n = x.count
        let order = (0..<n).sorted { x[$0] < x[$1] || (x[$0] == x[$1] && y[$0] < y[$1]) }
        var tiedX = 0, tiedXY = 0
        var start = 0
        while start < n {
            var end = start + 1
            while end < n, x[order[end]] == x[order[start]] { end += 1 }
            tiedX += (end - start) * (end - start - 1) / 2
            var inner = start
            while inner < end {
                var stop = inner + 1
                while stop < end, y[order[stop]] == y[order[inner]] { stop += 1 }
                tiedXY += (stop - inner) * (stop - inner - 1) / 2
                inner = stop
            }
            start = end
        }
        var ys = order.map { y[$0] }
        let discordant = sortCountingInversions(&ys)
        var tiedY = 0
        start = 0
        while start < n {
            var end = start + 1
            while end < n, ys[end] == ys[start] { end += 1 }
            tiedY += (end - start) * (end - start - 1) / 2
            start = end
        }
        let pairs = n * (n - 1) / 2
        // Untied pairs = concordant + discordant = n₀ − n₁ − n₂ + n₃.
        let s = pairs - tiedX - tiedY + tiedXY - 2 * discordant
        return (pairs, tiedX, tiedY, s)
    }

    /// Sorts `a` ascending (bottom-up merge sort) and returns the number of pairs i < j with a[i] > a[j].
    static func sortCountingInversions(_ a: inout [Double]) -> Int {
        let n = a.count
        var buffer = a
        var inversions = 0
        var width = 1
        while width < n {
            var lo = 0
            while lo < n {
                let mid = Swift.min(lo + width, n), hi = Swift.min(lo + 2 * width, n)
                var i = lo, j = mid, k = lo
                while i < mid && j < hi {
                    if a[j] < a[i] {
                        buffer[k] = a[j]; j += 1
                        inversions += mid - i
                    } else {
                        buffer[k] = a[i]; i += 1
                    }
                    k += 1
                }
                while i < mid { buffer[k] = a[i]; i += 1; k += 1 }
                while j < hi { buffer[k] = a[j]; j += 1; k += 1 }
                lo = hi
            }
            swap(&a, &buffer)
            width *= 2
        }
        return inversions
    }
}

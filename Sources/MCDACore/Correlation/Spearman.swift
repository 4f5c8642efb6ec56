extension RankCorrelation {
    /// Spearman's rank correlation r_s, computed as the Pearson correlation of the two rank vectors:
    ///
    ///     r_s = Σ (xᵢ − x̄)(yᵢ − ȳ) / √(Σ (xᵢ − x̄)² · Σ (yᵢ − ȳ)²)
    ///
    /// This is exact with ties (average ranks), unlike the shortcut 1 − 6 Σ dᵢ² / (N(N² − 1)),
    /// which holds only without ties (pyrepo-mcda uses the shortcut; pymcdm and this function the
    /// Pearson form; they differ by up to 0.108 with ties in the reference cases). Spearman (1904),
    /// Am. J. Psychol. 15(1):72–101, doi:10.2307/1412159.
    ///
    /// - Parameters: `x`, `y`: rank vectors of equal length N ≥ 2, values in [1, N].
    /// - Returns: r_s ∈ [−1, 1]; **0 when either vector is constant** (every alternative tied),
    ///   where the correlation is 0/0. Clamped to [−1, 1] against rounding.
    /// - Throws: ``RankVectorError``.
    ///
    /// Complexity: O(N), two passes.
    ///
    /// Example: `try RankCorrelation.spearman([1, 2, 3, 4, 5], [1, 3, 2, 4, 5])` is 0.9.
    public static func spearman(_ x: [Double], _ y: [Double]) throws -> Double {
        try validate(x, y)
        return pearson(x, y)
    }

    /// Pearson correlation of two equal-length vectors (N ≥ 1); 0 when either is constant.
    static func pearson(_ x: [Double], _ y: [Double]) -> Double {
        let n = Double(x.count)
        let mx = x.reduce(0, +) / n, my = y.reduce(0, +) / n
        var sxy = 0.0, sxx = 0.0, syy = 0.0
        for i in x.indices {
            let dx = x[i] - mx, dy = y[i] - my
            sxy += dx * dy; sxx += dx * dx; syy += dy * dy
        }
        guard sxx > 0, syy > 0 else { return 0 }
        return Swift.min(1, Swift.max(-1, sxy / (sxx.squareRoot() * syy.squareRoot())))
    }
}

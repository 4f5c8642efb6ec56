extension RankCorrelation {
    /// The weighted Spearman coefficient r_w (Dancelli, Manisera & Vezzoli 2013; Pinto da Costa &
    /// Soares 2005, doi:10.1111/j.1467-842X.2005.00413.x), which weighs disagreements near the top
    /// of the rankings more:
    ///
    ///     r_w = 1 − 6 Σᵢ (xᵢ − yᵢ)² ((N − xᵢ + 1) + (N − yᵢ + 1)) / (N⁴ + N³ − N² − N)
    ///
    /// as used by Sałabun & Urbaniak (2020, doi:10.1007/978-3-030-50417-5_47), whose example
    /// x = [1 2 3 4 5], y = [1 3 2 4 5] gives 0.8833. Symmetric in x and y. With ties the formula
    /// is applied to the average ranks as they are (as pymcdm and pyrepo-mcda do).
    ///
    /// - Parameters: `x`, `y`: rank vectors of equal length N ≥ 2, values in [1, N].
    /// - Returns: r_w, 1 for identical rankings and −1 for reversed ones (without ties).
    /// - Throws: ``RankVectorError``.
    ///
    /// Complexity: O(N).
    ///
    /// Example: `try RankCorrelation.weightedSpearman([1, 2, 3, 4, 5], [1, 3, 2, 4, 5])` is 0.88333….
    public static func weightedSpearman(_ x: [Double], _ y: [Double]) throws -> Double {
        try validate(x, y)
        let n = Double(x.count)
        var sum = 0.0
        for i in x.indices {
            let d = x[i] - y[i]
            sum += d * d * ((n - x[i] + 1) + (n - y[i] + 1))
        }
        let n2 = n * n
        return 1 - 6 * sum / (n2 * n2 + n2 * n - n2 - n)
    }
}

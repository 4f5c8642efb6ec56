import RealModule

extension RankCorrelation {
    /// The WS rankings-similarity coefficient of Sałabun & Urbaniak (2020), "A new coefficient of
    /// rankings similarity in decision-making problems", doi:10.1007/978-3-030-50417-5_47:
    ///
    ///     WS = 1 − Σᵢ 2^(−xᵢ) · |xᵢ − yᵢ| / max(|xᵢ − 1|, |xᵢ − N|)
    ///
    /// `reference` (x) is the reference ranking: a difference counts more the higher the
    /// alternative stands **in the reference**, and it is scaled by the largest difference
    /// possible at that reference position. WS is therefore **not symmetric**: swapping the
    /// arguments can change it. WS ∈ [0, 1] for rankings without ties, 1 for identical rankings.
    /// With ties the formula is applied to the average ranks as they are.
    ///
    /// - Parameters: `reference`, `ranking`: rank vectors of equal length N ≥ 2, values in [1, N]
    ///   (N ≥ 2 keeps the denominator ≥ (N − 1)/2 > 0).
    /// - Returns: WS. 2^(−xᵢ) underflows to 0 for xᵢ > 1074, so alternatives that far down the
    ///   reference do not count (their contribution is below 2⁻¹⁰⁷⁴ anyway).
    /// - Throws: ``RankVectorError``.
    ///
    /// Complexity: O(N).
    ///
    /// Example: `try RankCorrelation.wsSimilarity(reference: [1, 2, 3, 4, 5], ranking: [1, 3, 2, 4, 5])`
    /// is 0.854166… (printed as 0.8542 in the paper).
    public static func wsSimilarity(reference x: [Double], ranking y: [Double]) throws -> Double {
        try validate(x, y)
        let n = Double(x.count)
        var sum = 0.0
        for i in x.indices {
            let spread = Swift.max(abs(x[i] - 1), abs(x[i] - n))
            sum += Double.exp2(-x[i]) * abs(x[i] - y[i]) / spread
        }
        return 1 - sum
    }
}

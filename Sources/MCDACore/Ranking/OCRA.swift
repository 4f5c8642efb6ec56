/// OCRA, Operational Competitiveness RAting: alternatives are rated separately on their inputs
/// (cost criteria) and outputs (benefit criteria), each relative to the least of its column, and
/// the two ratings are combined and shifted so that the least competitive alternative rates 0.
///
/// Steps, for an m × n matrix with weights w (used as given):
/// 1. Input rating Iᵢ = Σ_{j cost} wⱼ (maxⱼ − xᵢⱼ)/minⱼ.
/// 2. Output rating Oᵢ = Σ_{j benefit} wⱼ (xᵢⱼ − minⱼ)/minⱼ.
/// 3. Linear preference ratings Īᵢ = Iᵢ − min I and Ōᵢ = Oᵢ − min O.
/// 4. Overall rating Pᵢ = (Īᵢ + Ōᵢ) − minₖ (Īₖ + Ōₖ) ≥ 0; larger is better.
///
/// Needs positive values (each column is divided by its minimum); the error names the cell.
/// Complexity: O(m·n).
///
/// References: C. Parkan, "Operational competitiveness ratings of production units", Managerial and
/// Decision Economics 15(3) (1994) 201–221; M. Madić, D. Petković, M. Radovanović, "Selection of
/// non-conventional machining processes using the OCRA method", Serbian Journal of Management
/// 10(1) (2015) 61–73 (the formulation pymcdm follows; DOIs not checked).
///
/// Example (pymcdm 1.4.0's documented 6 × 5 problem):
/// ```swift
/// let result = try OCRA().evaluate(x, weights: [0.239, 0.225, 0.197, 0.186, 0.153])
/// result.scores  // ≈ [0.143, 0.210, 0.164, 0.167, 0, 0.112]
/// ```
public struct OCRA: RankingMethod {
    /// OCRA has no options.
    public init() {}

    /// Scores `matrix` under `weights` (one finite non-negative weight per criterion, used as given).
    /// - Throws: ``MCDAError/nonPositiveValue(method:alternative:criterion:value:)`` for a value
    ///   that is not positive; ``MCDAError`` for invalid weights.
    public func evaluate(_ matrix: DecisionMatrix, weights: [Double]) throws -> OCRAResult {
        let x = try prepare(matrix, weights: weights)
        try requirePositive(x, method: "OCRA")
        let m = x.rowCount, n = x.columnCount
        let (lo, hi) = x.columnExtremes
        var input = [Double](repeating: 0, count: m), output = input
        for j in 0..<n {
            for i in 0..<m {
                if x.criteria[j].isBenefit {
                    output[i] += weights[j] * ((x[i, j] - lo[j]) / lo[j])
                } else {
                    input[i] += weights[j] * ((hi[j] - x[i, j]) / lo[j])
                }
            }
        }
        let (iMin, oMin) = (input.min() ?? 0, output.min() ?? 0)
        let linearInput = input.map { $0 - iMin }, linearOutput = output.map { $0 - oMin }
        let total = zip(linearInput, linearOutput).map { $0 + $1 }
        let least = total.min() ?? 0
        let rating = total.map { $0 - least }
        try requireFinite(rating)
        return OCRAResult(inputRating: input, linearInputRating: linearInput, outputRating: output,
                          linearOutputRating: linearOutput, rating: rating)
    }
}

/// The outcome of ``OCRA``, with its intermediate values.
public struct OCRAResult: RankingResult, Equatable {
    /// Iᵢ, the rating on the cost criteria (inputs).
    public let inputRating: [Double]
    /// Īᵢ = Iᵢ − min I.
    public let linearInputRating: [Double]
    /// Oᵢ, the rating on the benefit criteria (outputs).
    public let outputRating: [Double]
    /// Ōᵢ = Oᵢ − min O.
    public let linearOutputRating: [Double]
    /// Pᵢ = (Īᵢ + Ōᵢ) − min(Ī + Ō); larger is better, 0 for the least competitive.
    public let rating: [Double]

    /// P.
    public var scores: [Double] { rating }
    public var scoreOrder: Ranking.Order { .descending }
    public var settings: [(String, String)] { [("normalization", "(x - min)/min, (max - x)/min for cost")] }
}

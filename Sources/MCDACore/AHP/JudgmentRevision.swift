import RealModule

/// A judgment that contributes much to a matrix's inconsistency, with the value that would agree
/// with the current priorities.
///
/// The error of judgment aᵢⱼ against priorities w is εᵢⱼ = aᵢⱼ wⱼ / wᵢ (1 when it agrees); judgments
/// are ranked by |ln εᵢⱼ|, the contribution of the pair to the GCI and, to first order, to
/// λmax − n = (1/n) Σ_{i≠j} (εᵢⱼ − 1) (Saaty 2003, doi:10.1016/S0377-2217(02)00227-8).
/// The suggestion is the Saaty scale value nearest to wᵢ / wⱼ.
public struct JudgmentRevision: Sendable, Equatable {
    /// The row element (the judgment reads "row is `current` times as important as column").
    public let row: String
    /// The column element.
    public let column: String
    /// The judgment as given.
    public let current: Double
    /// wᵢ / wⱼ: the value consistent with the current priorities.
    public let consistentValue: Double
    /// The nearest value on Saaty's scale.
    public let suggested: Double
    /// |ln εᵢⱼ|.
    public let logError: Double
}

extension PairwiseComparisonMatrix {
    /// The `limit` judgments (i < j, oriented so that the judgment is ≥ 1) that disagree most with `priorities`.
    public func judgmentsToRevise(priorities w: [Double], limit: Int = 3) -> [JudgmentRevision] {
        let n = order
        var all: [JudgmentRevision] = []
        for i in 0..<n {
            for j in (i + 1)..<n {
                // Orient each pair so that the stated judgment reads "≥ 1".
                let (r, c) = self[i, j] >= 1 ? (i, j) : (j, i)
                let ratio = w[r] / w[c]
                let e = abs(Double.log(self[r, c] / ratio))
                guard e > 1e-9 else { continue }
                all.append(JudgmentRevision(row: elements[r], column: elements[c], current: self[r, c],
                                            consistentValue: ratio, suggested: SaatyScale.nearest(to: ratio), logError: e))
            }
        }
        all.sort { $0.logError > $1.logError }
        return Array(all.prefix(max(0, limit)))
    }
}

/// Input checks shared by the ranking methods.
extension RankingMethod {
    /// The first step of every method: validates `weights` against `matrix` (``Weights/validate(_:for:)``)
    /// and returns the matrix with target criteria resolved to costs (``DecisionMatrix/resolvingTargets()``).
    public func prepare(_ matrix: DecisionMatrix, weights: [Double]) throws -> DecisionMatrix {
        try Weights.validate(weights, for: matrix)
        return try matrix.resolvingTargets()
    }

    /// The last step of every method: throws ``MCDAError/numericalOverflow(method:)`` unless every
    /// value the ranks come from is finite (for data or weights near the limits of double precision,
    /// say weights of 10²⁰⁰ or values of ±10³⁰⁸), so that no result carries NaN or ±∞ ranks.
    public func requireFinite(_ values: [Double]...) throws {
        for list in values where !list.allSatisfy(\.isFinite) { throw MCDAError.numericalOverflow(method: identifier) }
    }

    /// Throws ``MCDAError/invalidParameter(name:value:expected:)`` unless 0 ≤ `value` ≤ 1 (NaN fails).
    public func requireUnitInterval(_ value: Double, name: String) throws {
        guard value >= 0, value <= 1 else {
            throw MCDAError.invalidParameter(name: name, value: "\(value)", expected: "a number between 0 and 1")
        }
    }
}

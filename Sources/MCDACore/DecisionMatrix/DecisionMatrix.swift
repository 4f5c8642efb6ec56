import RealModule

/// An immutable decision matrix: m alternatives (rows) × n criteria (columns), row-major in one
/// contiguous buffer, with the identities of both.
///
/// The initialiser validates: at least one alternative and one criterion, m·n finite values,
/// unique alternative and criterion identifiers. Methods add their own requirements (positive
/// values, at least two alternatives) and say so in their errors.
///
/// Example:
/// ```swift
/// let x = try DecisionMatrix(alternatives: ["A1", "A2"],
///                            criteria: [Criterion(id: "price", direction: .cost),
///                                       Criterion(id: "speed", direction: .benefit)],
///                            values: [250, 16, 200, 12])
/// x[1, 0] // 200
/// ```
public struct DecisionMatrix: Sendable, Equatable {
    /// Alternative identifiers, in row order.
    public let alternatives: [String]
    /// Criteria, in column order.
    public let criteria: [Criterion]
    /// Values, row-major: `values[i * criteria.count + j]`.
    public let values: [Double]

    /// m, the number of alternatives.
    public var rowCount: Int { alternatives.count }
    /// n, the number of criteria.
    public var columnCount: Int { criteria.count }

    /// The value of alternative `i` on criterion `j`.
    @inlinable public subscript(i: Int, j: Int) -> Double { values[i * criteria.count + j] }

    /// The largest magnitude a value may have: 10¹⁵⁰, so that squares, sums of squares over a
    /// million alternatives, variances and distances stay finite (found by fuzzing: values of
    /// 10³⁰⁸ overflowed standard deviations and ranges into NaN weights). No real criterion comes near.
    public static let magnitudeLimit = 1e150

    /// Creates a validated matrix.
    /// - Throws: ``MCDAError`` naming the alternative or criterion at fault (values must be finite
    ///   and within ±``magnitudeLimit``).
    public init(alternatives: [String], criteria: [Criterion], values: [Double]) throws {
        let m = alternatives.count, n = criteria.count
        guard m > 0, n > 0 else { throw MCDAError.emptyProblem(alternatives: m, criteria: n) }
        guard values.count == m * n else { throw MCDAError.dimensionMismatch(expected: m * n, found: values.count) }
        var seen = Set<String>()
        for a in alternatives where !seen.insert(a).inserted { throw MCDAError.duplicateAlternative(a) }
        seen.removeAll()
        for c in criteria where !seen.insert(c.id).inserted { throw MCDAError.duplicateCriterion(c.id) }
        for k in values.indices where !(abs(values[k]) <= Self.magnitudeLimit) {
            if !values[k].isFinite { throw MCDAError.nonFiniteValue(alternative: alternatives[k / n], criterion: criteria[k % n].id) }
            throw MCDAError.valueOutOfRange(alternative: alternatives[k / n], criterion: criteria[k % n].id, value: values[k])
        }
        for c in criteria {
            if case .target(let t) = c.direction {
                guard abs(t) <= Self.magnitudeLimit, c.scale == .linear || t > 0 else {
                    throw MCDAError.invalidParameter(name: "target of \(c.id)", value: "\(t)",
                                                     expected: c.scale == .log ? "a positive number up to 1e150 (log scale)" : "a number between -1e150 and 1e150")
                }
            }
        }
        self.alternatives = alternatives
        self.criteria = criteria
        self.values = values
    }

    /// For readers and transformations that have already checked the invariants (finite values,
    /// unique identifiers, m·n values): skips the O(m) identity check.
    package init(unchecked alternatives: [String], criteria: [Criterion], values: [Double]) {
        self.alternatives = alternatives
        self.criteria = criteria
        self.values = values
    }

    /// Column `j` as an array.
    public func column(_ j: Int) -> [Double] {
        let n = columnCount
        return (0..<rowCount).map { values[$0 * n + j] }
    }

    /// True when some criterion is a target criterion.
    public var hasTargets: Bool {
        criteria.contains { if case .target = $0.direction { return true }; return false }
    }

    /// The matrix with every target criterion replaced by the cost criterion "distance from the
    /// target": dᵢ = |xᵢ − t| on a linear scale, |ln xᵢ − ln t| on a log scale. Benefit and cost
    /// criteria are unchanged. This is the explicit pre-processing step through which every method
    /// handles target criteria.
    /// - Throws: ``MCDAError/nonPositiveValue(method:alternative:criterion:value:)`` for a
    ///   non-positive value on a log-scale target criterion.
    public func resolvingTargets() throws -> DecisionMatrix {
        guard hasTargets else { return self }
        let m = rowCount, n = columnCount
        var v = values
        var c = criteria
        for j in 0..<n {
            guard case .target(let t) = criteria[j].direction else { continue }
            for i in 0..<m {
                let x = v[i * n + j]
                switch criteria[j].scale {
                case .linear:
                    v[i * n + j] = abs(x - t)
                case .log:
                    guard x > 0 else {
                        throw MCDAError.nonPositiveValue(method: "a log-scale target", alternative: alternatives[i],
                                                         criterion: criteria[j].id, value: x)
                    }
                    v[i * n + j] = abs(Double.log(x / t))
                }
            }
            c[j].direction = .cost
            c[j].resolvedTarget = t
        }
        return DecisionMatrix(unchecked: alternatives, criteria: c, values: v)
    }

    /// The matrix restricted to some alternatives (rows), in the given order.
    public func selectingAlternatives(_ rows: [Int]) -> DecisionMatrix {
        let n = columnCount
        var v: [Double] = []
        v.reserveCapacity(rows.count * n)
        for i in rows { v.append(contentsOf: values[(i * n)..<(i * n + n)]) }
        return DecisionMatrix(unchecked: rows.map { alternatives[$0] }, criteria: criteria, values: v)
    }
}

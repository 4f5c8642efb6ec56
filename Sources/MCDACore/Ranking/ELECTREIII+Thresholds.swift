extension ELECTREIII {
    /// The thresholds as given: the absolute parts (v = ∞ without a veto) and, when any slope was
    /// given, the slopes (0 for those not given).
    struct GivenThresholds: Sendable {
        var q: [Double], p: [Double], v: [Double]
        var slopes: (q: [Double], p: [Double], v: [Double])?
    }

    /// The thresholds used when each alternative is tested as outranking: m × n, row a holding
    /// αⱼ + βⱼ·xⱼ(a) (just αⱼ without slopes), checked: the right counts, finite and non-negative
    /// values, q ≤ p ≤ v (per criterion without slopes, per alternative and criterion with them).
    func thresholds(for x: DecisionMatrix) throws -> (q: [Double], p: [Double], v: [Double], given: GivenThresholds) {
        let m = x.rowCount, n = x.columnCount
        func list(_ values: [Double]?, _ name: String, default value: Double) throws -> [Double] {
            guard let values else { return [Double](repeating: value, count: n) }
            guard values.count == n else {
                throw MCDAError.invalidParameter(name: "ELECTRE III \(name)", value: "\(values.count) values",
                                                 expected: "one per criterion (\(n))")
            }
            for (j, t) in values.enumerated() where !(t >= 0 && t.isFinite) {
                throw MCDAError.invalidParameter(name: "the ELECTRE III \(name) of criterion '\(x.criteria[j].id)'",
                                                 value: "\(t)", expected: "a finite number ≥ 0")
            }
            return values
        }
        let hasSlopes = indifferenceSlope != nil || preferenceSlope != nil || vetoSlope != nil
        var given = GivenThresholds(q: try list(indifference, "indifference thresholds", default: 0),
                                    p: try list(preference, "preference thresholds", default: 0),
                                    v: try list(veto, "veto thresholds", default: vetoSlope == nil ? .infinity : 0))
        guard hasSlopes else {
            for j in 0..<n { try Self.checkOrder(given.q[j], given.p[j], given.v[j], criterion: x.criteria[j].id, alternative: nil) }
            let repeated = { (t: [Double]) in (0..<m).flatMap { _ in t } }
            return (repeated(given.q), repeated(given.p), repeated(given.v), given)
        }
        let slopes = (q: try list(indifferenceSlope, "indifference slopes", default: 0),
                      p: try list(preferenceSlope, "preference slopes", default: 0),
                      v: try list(vetoSlope, "veto slopes", default: 0))
        given.slopes = slopes
        var q = [Double](repeating: 0, count: m * n), p = q, v = q
        for a in 0..<m {
            for j in 0..<n {
                let value = x.values[a * n + j], k = a * n + j
                q[k] = given.q[j] + slopes.q[j] * value
                p[k] = given.p[j] + slopes.p[j] * value
                v[k] = given.v[j] + slopes.v[j] * value
                try Self.checkOrder(q[k], p[k], v[k], criterion: x.criteria[j].id, alternative: x.alternatives[a])
            }
        }
        return (q, p, v, given)
    }

    /// Throws unless 0 ≤ q ≤ p ≤ v (v may be ∞), naming the criterion and, for thresholds that
    /// depend on the value, the alternative.
    private static func checkOrder(_ q: Double, _ p: Double, _ v: Double, criterion: String, alternative: String?) throws {
        guard !(q >= 0 && q.isFinite && p.isFinite && q <= p && p <= v) else { return }
        let place = "criterion '\(criterion)'" + (alternative.map { " at alternative '\($0)'" } ?? "")
        throw MCDAError.invalidParameter(name: "the ELECTRE III thresholds of \(place)",
                                         value: "q \(q), p \(p)" + (v.isFinite ? ", v \(v)" : ""),
                                         expected: "0 ≤ indifference ≤ preference ≤ veto")
    }
}

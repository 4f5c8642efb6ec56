/// Checks shared by SPOTIS, RIM, RAFSI, ERVD, RAM, PROBID, sPROBID, AROMAN and LMAW: per-criterion
/// option lists against the matrix, intervals that must contain the data, and errors that name the
/// method, the criterion and the alternative.
extension RankingMethod {
    /// Throws unless a per-criterion list of `count` entries matches the n criteria of `x`.
    func requireOnePerCriterion(_ count: Int, in x: DecisionMatrix, method: String, parameter: String,
                                what: String = "values") throws {
        guard count == x.columnCount else {
            throw MCDAError.invalidParameter(name: "\(method) \(parameter)", value: "\(count) \(what)",
                                             expected: "one per criterion (\(x.columnCount))")
        }
    }

    /// The interval of every criterion: `given` (each read as [lower, upper], in either order, and
    /// required to contain every value of its column), else the column's [min, max].
    /// - Throws: ``MCDAError/invalidParameter(name:value:expected:)`` for a list of the wrong length,
    ///   an empty interval (lower = upper) or a value outside its interval, naming the method, the
    ///   criterion and the alternative.
    func criterionIntervals(_ given: [ValueRange]?, of x: DecisionMatrix, method: String,
                            parameter: String = "bounds") throws -> [ValueRange] {
        let m = x.rowCount, n = x.columnCount
        guard let given else {
            let (lo, hi) = x.columnExtremes
            return (0..<n).map { ValueRange(lo[$0], hi[$0]) }
        }
        try requireOnePerCriterion(given.count, in: x, method: method, parameter: parameter, what: "intervals")
        let intervals = given.map { ValueRange($0.lower, $0.upper) }
        for j in 0..<n {
            let r = intervals[j], c = x.criteria[j].id
            guard r.lower < r.upper else {
                throw MCDAError.invalidParameter(name: "\(method) \(parameter) of criterion '\(c)'", value: Self.text(r),
                                                 expected: "an interval lo:hi with lo < hi")
            }
            for i in 0..<m where !(r.lower <= x[i, j] && x[i, j] <= r.upper) {
                throw MCDAError.invalidParameter(
                    name: "\(method) \(parameter) of criterion '\(c)'", value: Self.text(r),
                    expected: "an interval containing every value of the criterion, but alternative '\(x.alternatives[i])' has \(Self.text(x[i, j]))")
            }
        }
        return intervals
    }

    /// `x` as an error message writes it: `12` rather than `12.0`.
    static func text(_ x: Double) -> String {
        x == x.rounded() && abs(x) < 1e15 ? String(Int64(x)) : "\(x)"
    }

    /// `lower:upper`.
    static func text(_ r: ValueRange) -> String { "\(text(r.first)):\(text(r.second))" }
}

extension DecisionMatrix {
    /// This matrix with every criterion read as a benefit (for the methods that, like pymcdm,
    /// normalise every column as a benefit and apply the directions afterwards).
    var allBenefit: DecisionMatrix {
        var c = criteria
        for j in c.indices { c[j].direction = .benefit }
        return DecisionMatrix(unchecked: alternatives, criteria: c, values: values)
    }
}

/// Whose reading of a method to follow where pymcdm 1.4.0 and the method's paper differ (PROBID's
/// worse half for even m, sPROBID with fewer than four alternatives).
public enum FormulaSource: String, CaseIterable, Sendable {
    /// As pymcdm 1.4.0 computes it: the default, so that scores match the reference library.
    case pymcdm
    /// As the method's paper writes it.
    case paper
}

extension MethodParameter {
    /// A finite number > 0 (ERVD's λ and α, RAFSI's n₁ and n₂ₖ).
    static func positive(_ name: String, summary: String, default value: Double) -> MethodParameter {
        number(name, summary: summary, default: value, in: Double.leastNonzeroMagnitude...Double.greatestFiniteMagnitude,
               expected: "a positive number")
    }

    /// `pymcdm` (default) or `paper`, a choice shown by its name; the indices 0 and 1 are accepted too.
    static func formulaSource(_ name: String, summary: String) -> MethodParameter {
        .choice(name, summary: summary, choices: FormulaSource.allCases.map(\.rawValue), default: FormulaSource.allCases[0].rawValue)
    }
}

extension MethodParameters {
    /// The ``FormulaSource`` given for `p` (or its default, pymcdm).
    func formulaSource(_ p: MethodParameter) throws -> FormulaSource {
        try choice(p, as: FormulaSource.self)
    }
}

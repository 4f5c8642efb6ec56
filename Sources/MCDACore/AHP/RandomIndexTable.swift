/// Published random-index (RI) tables for the consistency ratio CR = CI / RI.
///
/// RI(n) is the mean consistency index of random reciprocal matrices of order n. Authors sampled
/// differently and published different tables, so the same matrix can pass or fail the CR ≤ 0.1 rule
/// depending on the table; every ``ConsistencyReport`` therefore names the table it used.
///
/// | case | source | range |
/// |---|---|---|
/// | ``saaty1980`` | Saaty, *The Analytic Hierarchy Process*, 1980 (pyDecision, pyrepo-mcda). n = 12 is 1.48, below n = 11: an anomaly of the widely copied table, kept verbatim | n ≤ 15 |
/// | ``saaty2005`` | Saaty, *Theory and Applications of the ANP*, 2005, p. 31 (ahpy `random_index='saaty'`) | n ≤ 15 |
/// | ``doneganDodd`` | Donegan & Dodd, *Math. Comput. Modelling* 15(10), 1991 (ahpy default) | n ≤ 15 |
/// | ``tummalaLing`` | Tummala & Ling, *Int. J. Qual. Reliab. Manag.* 15(3), 1998 (pymcdm) | n ≤ 15 |
/// | ``alonsoLamata`` | Alonso & Lamata, *IJUFKS* 14(4), 2006, doi:10.1142/S0218488506004114: the regression λ̄max(n) = 2.7699 n − 4.3513, so RI(n) = (1.7699 n − 4.3513)/(n − 1) | n ≥ 3, any n |
///
/// The default is ``saaty1980``, the table most papers print and the one the reference cases call
/// primary. For n ≤ 2 every table gives RI = 0 and CR is defined as 0.
public enum RandomIndexTable: String, CaseIterable, Sendable, Codable {
    case saaty1980 = "saaty1980"
    case saaty2005 = "saaty2005"
    case doneganDodd = "donegan-dodd"
    case tummalaLing = "tummala-ling"
    case alonsoLamata = "alonso-lamata"

    /// The table used when none is chosen.
    public static let `default` = RandomIndexTable.saaty1980

    /// Values for n = 1 … 15 (index n − 1), or nil for a formula.
    private var values: [Double]? {
        switch self {
        case .saaty1980:
            return [0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59]
        case .saaty2005:
            return [0, 0, 0.52, 0.89, 1.11, 1.25, 1.35, 1.40, 1.45, 1.49, 1.52, 1.54, 1.56, 1.58, 1.59]
        case .doneganDodd:
            return [0, 0, 0.4914, 0.8286, 1.0591, 1.1797, 1.2519, 1.3171, 1.3733, 1.4055, 1.4213, 1.4497,
                    1.4643, 1.4822, 1.4969]
        case .tummalaLing:
            return [0, 0, 0.5799, 0.8921, 1.1159, 1.2358, 1.3322, 1.3952, 1.4537, 1.4882, 1.5117, 1.5356,
                    1.5571, 1.5714, 1.5831]
        case .alonsoLamata:
            return nil
        }
    }

    /// The largest order the table covers, or nil when it is defined for every n.
    public var largestOrder: Int? { values?.count }

    /// RI(n).
    /// - Parameter n: the order of the matrix, n ≥ 1.
    /// - Throws: ``AHPError/randomIndexUnavailable(table:order:)`` beyond the table's range.
    public func randomIndex(order n: Int) throws -> Double {
        precondition(n >= 1)
        if n <= 2 { return 0 }
        guard let values else { return (1.7699 * Double(n) - 4.3513) / Double(n - 1) }
        guard n <= values.count else { throw AHPError.randomIndexUnavailable(table: self, order: n) }
        return values[n - 1]
    }
}

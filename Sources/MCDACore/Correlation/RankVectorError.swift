/// Why rank vectors were rejected by a rank correlation or a compromise ranking.
///
/// Positions are 1-based in descriptions, the way a user counts alternatives.
public enum RankVectorError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Two rank vectors that must describe the same alternatives have different lengths.
    case lengthMismatch(name: String, expected: Int, found: Int)
    /// Too few alternatives for the coefficient or rule.
    case tooFewAlternatives(needed: Int, found: Int)
    /// No rank vectors were given.
    case noRankings
    /// A rank is NaN or infinite.
    case nonFinite(name: String, position: Int)
    /// A rank lies outside 1 … N.
    case outOfRange(name: String, position: Int, value: Double, count: Int)

    public var description: String {
        switch self {
        case .lengthMismatch(let name, let expected, let found):
            return "the \(name) has \(found) ranks, but \(expected) were expected (one per alternative, as many as the reference)"
        case .tooFewAlternatives(let needed, let found):
            return "rank vectors need at least \(needed) alternatives, found \(found)"
        case .noRankings:
            return "no rankings were given"
        case .nonFinite(let name, let position):
            return "rank \(position + 1) of the \(name) is not a finite number"
        case .outOfRange(let name, let position, let value, let count):
            return "rank \(position + 1) of the \(name) is \(value), but a rank among \(count) alternatives lies between 1 and \(count) (1 = best)"
        }
    }
}

/// Checks that `ranks` is a rank vector over `count` alternatives: `count` finite values in [1, count].
/// Ties may be average ranks (2.5), dense ranks or any other values in range.
func validateRanks(_ ranks: [Double], count: Int, name: String) throws {
    guard ranks.count == count else { throw RankVectorError.lengthMismatch(name: name, expected: count, found: ranks.count) }
    let top = Double(count)
    for (k, r) in ranks.enumerated() {
        guard r.isFinite else { throw RankVectorError.nonFinite(name: name, position: k) }
        guard r >= 1 && r <= top else { throw RankVectorError.outOfRange(name: name, position: k, value: r, count: count) }
    }
}

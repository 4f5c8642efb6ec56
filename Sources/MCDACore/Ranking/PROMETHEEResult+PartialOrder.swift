/// The PROMETHEE I partial order, derived from the leaving and entering flows.
///
/// Each flow gives a complete preorder: a is at least as good as b by φ⁺ when φ⁺(a) ≥ φ⁺(b), and
/// by φ⁻ when φ⁻(a) ≤ φ⁻(b). PROMETHEE I keeps only what both agree on (Brans & Vincke 1985,
/// doi:10.1287/mnsc.31.6.647):
///
/// - a P b (``PROMETHEEResult/Relation/preferred``): a is better by one flow and not worse by the other;
/// - a I b (``PROMETHEEResult/Relation/indifferent``): equal by both flows;
/// - a R b (``PROMETHEEResult/Relation/incomparable``): the flows disagree (φ⁺(a) > φ⁺(b) and
///   φ⁻(a) > φ⁻(b), or both smaller).
///
/// Flows are compared with an absolute tolerance, so that flows equal up to rounding count as equal.
/// The relation is a function of two alternatives, not a stored m × m matrix: O(1) per pair.
///
/// Example: `result.relation(0, 2)` is `.preferred` when alternative 0 outranks alternative 2.
extension PROMETHEEResult {
    /// How alternative a relates to alternative b in the PROMETHEE I partial order.
    public enum Relation: String, Sendable, Hashable, CaseIterable {
        /// a is preferred to b (a P b).
        case preferred
        /// b is preferred to a (b P a).
        case dominated
        /// a and b are indifferent (a I b).
        case indifferent
        /// a and b are incomparable (a R b): the flows disagree.
        case incomparable
    }

    /// The PROMETHEE I relation between alternatives `a` and `b` (row indices).
    /// - Parameters:
    ///   - a: a row index.
    ///   - b: another row index.
    ///   - tolerance: flows closer than this count as equal (default 1e-12, ≥ 0).
    /// Complexity: O(1).
    public func relation(_ a: Int, _ b: Int, tolerance: Double = 1e-12) -> Relation {
        func compare(_ x: Double, _ y: Double) -> Int { abs(x - y) <= tolerance ? 0 : (x > y ? 1 : -1) }
        let byPlus = compare(phiPlus[a], phiPlus[b])     // +1: a better by φ⁺
        let byMinus = compare(phiMinus[b], phiMinus[a])  // +1: a better by φ⁻ (smaller entering flow)
        switch (byPlus, byMinus) {
        case (0, 0): return .indifferent
        case (1, 0), (0, 1), (1, 1): return .preferred
        case (-1, 0), (0, -1), (-1, -1): return .dominated
        default: return .incomparable
        }
    }

    /// The alternatives that are preferred to `a` in the PROMETHEE I partial order, ascending.
    /// Complexity: O(m).
    public func alternativesPreferred(to a: Int, tolerance: Double = 1e-12) -> [Int] {
        phiPlus.indices.filter { $0 != a && relation($0, a, tolerance: tolerance) == .preferred }
    }

    /// The alternatives that are incomparable with `a` in the PROMETHEE I partial order, ascending.
    /// Complexity: O(m).
    public func alternativesIncomparable(with a: Int, tolerance: Double = 1e-12) -> [Int] {
        phiPlus.indices.filter { $0 != a && relation($0, a, tolerance: tolerance) == .incomparable }
    }
}

/// Which way a criterion points.
///
/// - ``benefit``: larger is better.
/// - ``cost``: smaller is better.
/// - ``target(_:)``: nominal-is-best, the closer to the value the better ("a city of comparable
///   size"). Methods see a target criterion as the cost criterion "distance from the target"
///   (see ``DecisionMatrix/resolvingTargets()``), measured on the criterion's ``ValueScale``.
public enum Direction: Sendable, Hashable, CustomStringConvertible {
    case benefit
    case cost
    case target(Double)

    public var description: String {
        switch self {
        case .benefit: return "benefit"
        case .cost: return "cost"
        case .target(let t): return "target \(t)"
        }
    }
}

/// The scale on which distances to a target are measured.
///
/// - ``linear``: |x − t|.
/// - ``log``: |ln x − ln t|, so that a city twice as big is as far off as one half the size.
///   Needs positive values and a positive target.
public enum ValueScale: String, Sendable, Hashable, CaseIterable, Codable {
    case linear
    case log
}

/// One criterion of a decision problem.
public struct Criterion: Sendable, Hashable {
    /// A short identifier, unique in the problem (for example `copper`).
    public var id: String
    /// A display name (defaults to the id).
    public var name: String
    /// Benefit, cost or target.
    public var direction: Direction
    /// The scale of target distances (ignored for benefit and cost criteria).
    public var scale: ValueScale
    /// Set by ``DecisionMatrix/resolvingTargets()`` on a former target criterion: its column now
    /// holds distances from this target (so that errors can say so); nil otherwise.
    public var resolvedTarget: Double?

    public init(id: String, name: String? = nil, direction: Direction, scale: ValueScale = .linear) {
        self.id = id
        self.name = name ?? id
        self.direction = direction
        self.scale = scale
    }

    /// True for benefit criteria (after targets are resolved, everything is benefit or cost).
    public var isBenefit: Bool { if case .benefit = direction { return true }; return false }
}

/// Something done to the data between the files and the engine, for reports to state. Alternatives
/// are named by display name (a dropped one is no longer in the matrix), criteria by id.
public enum DataNote: Sendable, Equatable {
    /// The alternative was left out: it has no value on the criterion (`missing: drop-alternative`).
    case alternativeDropped(alternative: String, criterion: String)
    /// The alternative's missing value on the criterion counts as the criterion's worst value
    /// (`missing: worst-value`).
    case worstValueFilled(alternative: String, criterion: String, value: Double)
    /// Only one alternative is left, so only the primary method runs.
    case singleAlternative(method: String)
}

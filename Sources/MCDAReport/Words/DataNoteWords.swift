import MCDACore

/// What was done to the data, in words.
public enum DataNoteWords {
    /// One sentence per note.
    public static func describe(_ note: DataNote) -> String {
        switch note {
        case .alternativeDropped(let a, let c):
            return "'\(a)' left out: no value on '\(c)'"
        case .worstValueFilled(let a, let c, let value):
            return "'\(a)' has no value on '\(c)': counted as the worst value, \(value)"
        case .singleAlternative(let method):
            return "Only one alternative is left, so only \(method) runs: the other methods and the rank comparisons need at least two."
        }
    }
}

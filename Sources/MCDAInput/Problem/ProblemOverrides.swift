import MCDACore

/// What the command line (or a web request) changes in a problem read from files. Each value was
/// validated where it was given; ``Dataset/problem(_:)`` applies them all, in one place, over the
/// manifest's.
public struct ProblemOverrides: Sendable {
    /// Weights in place of the manifest's weighting.
    public var weights: WeightsOverride?
    /// Methods in place of the manifest's `analysis.methods`.
    public var methods: [any CatalogueMethod.Type]?
    /// Method parameters in place of the manifest's (each reaches the methods that take it).
    public var parameters = MethodParameters()
    /// PROMETHEE preference functions in place of the criterion files' (`--preference`, `--q`, …).
    public var preference: PreferenceOverride?
    public var samples: Int?
    public var seed: UInt64?
    public var thinning: Int?
    public var missing: MissingValuePolicy?

    public init() {}
}

/// Weights given in place of a problem's own.
public enum WeightsOverride: Sendable, Equatable {
    /// One number per criterion, used exactly as given by `rank`, `compare`, `smaa` and
    /// `sensitivity` (and normalised by `analyze`).
    case values([Double])
    /// Another weighting of the dataset (`entropy`, `ahp`, …).
    case named(WeightingChoice)
}

/// One PROMETHEE preference function for every criterion, with thresholds given for all criteria
/// at once or one per criterion.
public struct PreferenceOverride: Sendable, Equatable {
    public var kind: PreferenceFunction.Kind
    /// Indifference thresholds: one for all criteria, or one per criterion (nil: not given).
    public var q: [Double]?
    /// Preference thresholds, likewise.
    public var p: [Double]?
    /// Gaussian parameters, likewise.
    public var s: [Double]?

    public init(kind: PreferenceFunction.Kind = .usual, q: [Double]? = nil, p: [Double]? = nil, s: [Double]? = nil) {
        self.kind = kind
        self.q = q
        self.p = p
        self.s = s
    }

    /// One function per criterion of `criteria`.
    /// - Throws: ``InputError/option(name:message:)`` for a list whose length is
    ///   neither 1 nor the number of criteria; `MCDAError` for invalid thresholds.
    public func functions(for criteria: [Criterion]) throws -> [PreferenceFunction] {
        let n = criteria.count
        func spread(_ values: [Double]?, _ option: String) throws -> [Double]? {
            guard let values else { return nil }
            guard values.count == n || values.count == 1 else {
                throw InputError.option(name: option, message: "has \(values.count) values for \(n) criteria: give one per criterion, or one for all")
            }
            return values.count == 1 ? [Double](repeating: values[0], count: n) : values
        }
        let (qs, ps, ss) = (try spread(q, "q"), try spread(p, "p"), try spread(s, "s"))
        return try criteria.indices.map { j in
            try PreferenceFunction(kind: kind, q: qs?[j], p: ps?[j], s: ss?[j], criterion: criteria[j].id)
        }
    }
}

import MCDACore

/// Renders a `WeightSensitivityAnalysis`: the critical weight changes of the winner and of the
/// pairs in the top k, the winner's weight stability intervals and, per criterion, the sweep of its
/// weight (ranks of the top k along the grid and the weights where their order changes), as a
/// table for people or JSON for programs.
public enum SensitivityReport {
    /// What the numbers are about: display names and the settings used.
    public struct Subject: Sendable {
        /// The method's identifier (`topsis`, `wsm`, …).
        public var method: String
        /// (name, value) pairs: the method's options, the weighting, the grid.
        public var settings: [(String, String)]
        /// Alternative names, in matrix order.
        public var alternatives: [String]
        /// Criterion names, in matrix order.
        public var criteria: [String]
        /// Notes on the input (missing values handled, weighting caveats).
        public var notes: [String]

        public init(method: String, settings: [(String, String)], alternatives: [String], criteria: [String], notes: [String] = []) {
            self.method = method
            self.settings = settings
            self.alternatives = alternatives
            self.criteria = criteria
            self.notes = notes
        }
    }

    /// The JSON document. Keys: `method`, `settings`, `alternatives`, `criteria`, `weights`,
    /// `breakpointMethod` ({kind: exact} or {kind: bisection, scanStep, tolerance}), `top` (the first
    /// k at the base weights), `sweeps` [{criterion, weight, breakpoints [{weight, above, below,
    /// place}], grid {weights, alternatives, ranks}, contenders}] where `ranks[a]` follows
    /// `grid.alternatives[a]` along `grid.weights` and `contenders` counts the alternatives that could
    /// reach the first k + 1 places and were swept, `criticalChanges` {winner [change], pairs [{higher, lower, changes
    /// [change]}], mostCritical {absolute, relative}} with change = {criterion, weight, criticalWeight,
    /// absoluteChange, relativeChange, lowerWeight, upperWeight, delta}, `stabilityIntervals`
    /// [{criterion, weight, lower, upper}], `notes`. Alternatives and criteria are named; a missing
    /// weight (no change of this criterion has the effect) is null.
    public static func json(_ a: WeightSensitivityAnalysis, subject s: Subject) -> JSONValue {
        let top = a.topAlternatives.map { s.alternatives[$0] }
        let sweeps = a.sweeps.enumerated().map { j, sweep -> JSONValue in
            .object([
                ("criterion", .string(s.criteria[j])),
                ("weight", .number(a.weights[j])),
                ("breakpoints", .array(sweep.changes.map { c in
                    .object([("weight", .number(c.breakpoint.weight)), ("above", .string(s.alternatives[c.breakpoint.aheadAbove])),
                             ("below", .string(s.alternatives[c.breakpoint.aheadBelow])), ("place", .integer(c.place))])
                })),
                ("grid", .object([
                    ("weights", .numbers(sweep.grid)),
                    ("alternatives", .strings(top)),
                    ("ranks", .array(sweep.ranks.map(JSONValue.numbers))),
                ])),
                ("contenders", .integer(sweep.contenderCount)),
            ])
        }
        func name(_ j: Int?) -> JSONValue { j.map { .string(s.criteria[$0]) } ?? .null }
        return .object([
            ("method", .string(s.method)),
            ("settings", .object(s.settings.map { ($0.0, .string($0.1)) })),
            ("alternatives", .strings(s.alternatives)),
            ("criteria", .strings(s.criteria)),
            ("weights", .numbers(a.weights)),
            ("breakpointMethod", methodJSON(a.method)),
            ("top", .strings(top)),
            ("sweeps", .array(sweeps)),
            ("criticalChanges", .object([
                ("winner", .array(a.critical.winnerChanges.map { changeJSON($0, s) })),
                ("pairs", .array(a.critical.pairSwaps.map { p in
                    .object([("higher", .string(s.alternatives[p.higher])), ("lower", .string(s.alternatives[p.lower])),
                             ("changes", .array(p.changes.map { changeJSON($0, s) }))])
                })),
                ("mostCritical", .object([("absolute", name(a.critical.mostCriticalCriterion)),
                                          ("relative", name(a.critical.mostCriticalCriterionRelative))])),
            ])),
            ("stabilityIntervals", .array(a.stability.map { i in
                .object([("criterion", .string(s.criteria[i.criterion])), ("weight", .number(i.baseWeight)),
                         ("lower", .number(i.lower)), ("upper", .number(i.upper))])
            })),
            ("notes", .strings(s.notes)),
        ])
    }

    static func methodJSON(_ m: BreakpointMethod) -> JSONValue {
        switch m {
        case .exact: return .object([("kind", .string("exact"))])
        case .bisection(let step, let tolerance):
            return .object([("kind", .string("bisection")), ("scanStep", .number(step)), ("tolerance", .number(tolerance))])
        }
    }

    static func changeJSON(_ c: CriticalWeightChange, _ s: Subject) -> JSONValue {
        .object([
            ("criterion", .string(s.criteria[c.criterion])), ("weight", .number(c.baseWeight)),
            ("criticalWeight", .optional(c.criticalWeight)), ("absoluteChange", .optional(c.absoluteChange)),
            ("relativeChange", .optional(c.relativeChange)), ("lowerWeight", .optional(c.lowerWeight)),
            ("upperWeight", .optional(c.upperWeight)), ("delta", .optional(c.unnormalizedChange)),
        ])
    }

    /// How the weights were found, in words.
    static func methodText(_ m: BreakpointMethod) -> String {
        switch m {
        case .exact:
            return "Weights are exact: the scores are linear in the weights, so each is a closed-form crossing."
        case .bisection(let step, let tolerance):
            return "Weights located by a scan in steps of \(step) refined by bisection to ±\(tolerance); "
                + "an order change that reverts within one step can be missed."
        }
    }
}

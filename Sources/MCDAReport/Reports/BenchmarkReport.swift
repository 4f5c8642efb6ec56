import MCDACore

/// Renders a `BenchmarkResult` (`mcda benchmark`): the JSON contract, CSV with one row per cell
/// and pair, and a report (text or HTML) with the pair matrices of each cell.
public enum BenchmarkReport {
    /// What the command adds to the result for the record: the method options given (name, value)
    /// and, for a perturbed dataset, its folder.
    public struct Context: Sendable {
        public var options: [(String, String)]
        public var dataset: String?
        public init(options: [(String, String)] = [], dataset: String? = nil) {
            self.options = options
            self.dataset = dataset
        }
    }

    /// The JSON document:
    /// `{"model": {…}, "seed", "problems", "methods": […], ["normalizations": […],] "results": [{"alternatives",
    /// "criteria", "pairs": [{"a", "b", "spearman": {"mean", "sd", "q1", "median", "q3"}, "weightedSpearman",
    /// "ws", "sameWinner"}], "failures": {method: count}, "seconds": {method: seconds}}]}`.
    /// When normalisations are compared, `methods` holds the one method, `normalizations` the
    /// labels that `a`, `b`, `failures` and `seconds` use. Statistics without problems are null.
    public static func json(_ r: BenchmarkResult, context: Context = Context()) -> JSONValue {
        let labels = r.labels
        // A seed above Int.max (rare: 2⁶³ and up) is written as a string rather than rounded.
        let seed: JSONValue = r.design.seed <= UInt64(Int.max) ? .integer(Int(r.design.seed)) : .string("\(r.design.seed)")
        var top: [(String, JSONValue)] = [("model", model(r, context: context)), ("seed", seed), ("problems", .integer(r.design.problems))]
        switch r.design.subject {
        case .methods:
            top.append(("methods", .strings(labels)))
        case .normalizations(let method):
            top.append(("methods", .strings([method])))
            top.append(("normalizations", .strings(labels)))
        }
        top.append(("results", .array(r.cells.map { cell in
            .object([
                ("alternatives", .integer(cell.alternatives)),
                ("criteria", .integer(cell.criteria)),
                ("pairs", .array(cell.pairs.map { p in
                    .object([("a", .string(labels[p.a])), ("b", .string(labels[p.b])),
                             ("spearman", summary(p.spearman)), ("weightedSpearman", summary(p.weightedSpearman)),
                             ("ws", summary(p.ws)), ("sameWinner", .number(p.sameWinner))])
                })),
                ("failures", .object(labels.indices.map { (labels[$0], .integer(cell.failures[$0])) })),
                ("seconds", .object(labels.indices.map { (labels[$0], .number(cell.seconds[$0])) })),
            ])
        })))
        return .object(top)
    }

    static func summary(_ s: SampleSummary) -> JSONValue {
        .object([("mean", .number(s.mean)), ("sd", .number(s.sd)), ("q1", .number(s.q1)),
                 ("median", .number(s.median)), ("q3", .number(s.q3))])
    }

    /// The generative model, as JSON.
    static func model(_ r: BenchmarkResult, context: Context) -> JSONValue {
        var members: [(String, JSONValue)]
        switch r.design.source {
        case .random(let share):
            members = [("kind", .string("random")),
                       ("values", .object([("distribution", .string("uniform")), ("low", .number(BenchmarkModel.lowestValue)),
                                           ("high", .number(BenchmarkModel.highestValue))])),
                       ("weights", .object([("distribution", .string("dirichlet")), ("alpha", .number(1))])),
                       ("costShare", .number(share))]
        case .perturbed(let matrix, let weights, let spread):
            members = [("kind", .string("perturbed")), ("dataset", context.dataset.map(JSONValue.string) ?? .null),
                       ("spread", .number(spread)), ("alternatives", .strings(matrix.alternatives)),
                       ("criteria", .strings(matrix.criteria.map(\.id))), ("weights", .numbers(weights))]
        }
        members += [("ties", .string("average ranks")), ("blockSize", .integer(Benchmark.blockSize)),
                    ("options", .object(context.options.map { ($0.0, .string($0.1)) }))]
        return .object(members)
    }

    /// One record per cell and pair with every statistic (``CSVTable``: RFC 4180, CRLF line
    /// ends); numbers as in the JSON, statistics without problems empty.
    public static func csv(_ r: BenchmarkResult) -> String {
        let labels = r.labels
        var header = ["alternatives", "criteria", "a", "b", "problems"]
        for coefficient in ["spearman", "weightedSpearman", "ws"] {
            header += ["mean", "sd", "q1", "median", "q3"].map { "\(coefficient)_\($0)" }
        }
        var table = CSVTable(headers: header + ["sameWinner", "failures_a", "failures_b", "seconds_a", "seconds_b"])
        for cell in r.cells {
            for p in cell.pairs {
                var row = ["\(cell.alternatives)", "\(cell.criteria)", labels[p.a], labels[p.b], "\(p.problems)"]
                for s in [p.spearman, p.weightedSpearman, p.ws] { row += [s.mean, s.sd, s.q1, s.median, s.q3].map(CSVTable.number) }
                row += [CSVTable.number(p.sameWinner), "\(cell.failures[p.a])", "\(cell.failures[p.b])",
                        CSVTable.number(cell.seconds[p.a]), CSVTable.number(cell.seconds[p.b])]
                table.add(row)
            }
        }
        return table.render()
    }
}

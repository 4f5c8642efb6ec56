import MCDACore

extension BenchmarkReport {
    /// The report behind the table and Markdown formats: the model and seed, then per cell the pair matrix
    /// (mean r_w above the diagonal, the same-winner share below it), failures and time.
    public static func document(_ r: BenchmarkResult, context: Context = Context()) -> ReportDocument {
        var d = ReportDocument()
        let labels = r.labels
        d.heading(title(r), level: 1)
        d.paragraph(modelSentence(r, context: context))
        d.paragraph("Each matrix: above the diagonal the mean weighted Spearman r_w of the row's and the column's rankings "
                    + "(1 = identical, weighing the top ranks most), below it the share of problems on which both rank the same "
                    + "alternative first.")
        for cell in r.cells {
            d.heading(cellTitle(cell))
            d.table(["r_w \\ same winner"] + labels, matrix(cell, labels: labels, upper: { NumberFormat.fixed($0.weightedSpearman.mean, 3) },
                                                          lower: { NumberFormat.percent($0.sameWinner) }),
                    alignRight: [false] + labels.map { _ in true })
            d.list(failureNotes(cell, labels: labels))
            d.paragraph(secondsLine(cell, labels: labels))
        }
        return d
    }

    /// The report as terminal text, as wide as `layout` says.
    public static func text(_ r: BenchmarkResult, context: Context = Context(), layout: TextLayout = .standard) -> String {
        document(r, context: context).text(layout)
    }

    /// The report as Markdown.
    public static func markdown(_ r: BenchmarkResult, context: Context = Context()) -> String {
        document(r, context: context).markdown()
    }

    static func cellTitle(_ cell: BenchmarkCell) -> String { "\(cell.alternatives) alternatives × \(cell.criteria) criteria" }

    /// One sentence per method that failed on some problems of `cell`.
    static func failureNotes(_ cell: BenchmarkCell, labels: [String]) -> [String] {
        labels.indices.compactMap { q in
            guard cell.failures[q] > 0 else { return nil }
            let first = cell.firstFailures[q].map { " (first on problem \($0.problem + 1): \($0.reason))" } ?? ""
            return "\(labels[q]) failed on \(NumberFormat.count(cell.failures[q])) of \(NumberFormat.count(cell.problems)) problems\(first); they are left out of its pairs"
        }
    }

    static func secondsLine(_ cell: BenchmarkCell, labels: [String]) -> String {
        "Seconds: " + labels.indices.map { "\(labels[$0]) \(NumberFormat.fixed(cell.seconds[$0], 3))" }.joined(separator: ", ")
    }

    static func title(_ r: BenchmarkResult) -> String {
        switch r.design.subject {
        case .methods: return "Benchmark: how far \(NumberFormat.list(r.labels)) agree"
        case .normalizations(let method): return "Benchmark: \(method) under \(NumberFormat.list(r.labels)) normalisation"
        }
    }

    /// The model and seed in a sentence.
    static func modelSentence(_ r: BenchmarkResult, context: Context) -> String {
        let problems = "\(NumberFormat.count(r.design.problems)) problems per cell, seed \(r.design.seed)"
        let options = context.options.isEmpty ? "" : "; method options " + context.options.map { "\($0.0) = \($0.1)" }.joined(separator: ", ")
        switch r.design.source {
        case .random(let share):
            return "Random problems: values iid uniform on [\(NumberFormat.fixed(BenchmarkModel.lowestValue, 0)), "
                + "\(NumberFormat.fixed(BenchmarkModel.highestValue, 0))], weights Dirichlet(1, …, 1) (uniform on the simplex), "
                + "each criterion a cost with probability \(share); \(problems); ties get average ranks\(options)."
        case .perturbed(_, _, let spread):
            return "Perturbations of \(context.dataset ?? "a dataset"): every value multiplied by 1 ± up to \(spread) (uniform), "
                + "its weights and directions kept; \(problems); ties get average ranks\(options)."
        }
    }

    /// Rows of a cell's pair matrix: `upper(pair)` above the diagonal, `lower(pair)` below it (or
    /// the upper value mirrored when nil).
    static func matrix(_ cell: BenchmarkCell, labels: [String], upper: (BenchmarkPair) -> String,
                       lower: ((BenchmarkPair) -> String)?) -> [[String]] {
        var cells = labels.map { row in [row] + labels.map { _ in "–" } }
        for p in cell.pairs {
            cells[p.a][p.b + 1] = upper(p)
            cells[p.b][p.a + 1] = lower.map { $0(p) } ?? cells[p.a][p.b + 1]
        }
        return cells
    }
}

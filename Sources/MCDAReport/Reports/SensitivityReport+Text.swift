import MCDACore

extension SensitivityReport {
    /// The report for people: weights and the top k, the winner's critical weight changes and
    /// stability intervals, the critical changes of each pair in the top k, then one sweep per
    /// criterion (ranks of the top k on at most about 11 grid points, and every order change).
    /// No line is wider than `layout.width`; headings are bold when it has colour.
    public static func text(_ a: WeightSensitivityAnalysis, subject s: Subject, layout: TextLayout = .standard) -> String {
        let names = s.alternatives, n = a.weights.count
        var out = layout.lines("Weight sensitivity of \(s.method) (\(s.settings.map { "\($0.0) \($0.1)" }.joined(separator: ", ")))", emphasis: .strong)
        out += layout.lines("One weight moves from 0 to 1 at a time; the others keep their proportions.")
        out += layout.lines(methodText(a.method))
        out += layout.lines("Top \(a.topK) at these weights: " + a.topAlternatives.map { names[$0] }.joined(separator: ", ")) + "\n"

        out += layout.lines("Critical weight changes for the winner (Triantaphyllou & Sánchez 1997) and the interval keeping it first:", emphasis: .strong)
        var t = TextTable(columns: [.init("criterion", fit: .wrap(minimum: 16)), .init("weight", alignRight: true), .init("critical", alignRight: true),
                                    .init("change", alignRight: true), .init("relative", alignRight: true, priority: 1), .init("winner stays for")])
        for j in 0..<n {
            let c = a.critical.winnerChanges[j], i = a.stability[j]
            t.add([s.criteria[j], NumberFormat.fixed(a.weights[j], 3), c.criticalWeight.map { NumberFormat.fixed($0, 4) } ?? "never",
                   c.criticalWeight.map { signed($0 - c.baseWeight) } ?? "–", c.relativeChange.map(NumberFormat.percent) ?? "–",
                   NumberFormat.fixed(i.lower, 4) + " – " + NumberFormat.fixed(i.upper, 4)])
        }
        out += t.render(width: layout.width)
        if let j = a.critical.mostCriticalCriterion {
            let relative = a.critical.mostCriticalCriterionRelative
            out += layout.lines("Most critical criterion: \(s.criteria[j]) (smallest absolute change"
                + (relative == j ? " and smallest relative change)." : ")" + (relative.map { ", \(s.criteria[$0]) (smallest relative change)" } ?? "") + "."),
                indent: "  ")
        } else {
            out += layout.lines("No single weight change gives another alternative the first place.", indent: "  ")
        }

        if !a.critical.pairSwaps.isEmpty {
            let place = Dictionary(uniqueKeysWithValues: a.topAlternatives.enumerated().map { ($1, $0 + 1) })
            out += "\n" + layout.lines("Critical weight of each criterion for two of the top \(a.topK) to swap (– none); places: "
                + a.topAlternatives.enumerated().map { "\($0 + 1) \(names[$1])" }.joined(separator: ", "), emphasis: .strong)
            var p = TextTable(columns: [.init("criterion", fit: .wrap(minimum: 16))] + a.critical.pairSwaps.map {
                .init("\(place[$0.higher]!)>\(place[$0.lower]!)", alignRight: true)
            })
            for j in 0..<n {
                p.add([s.criteria[j]] + a.critical.pairSwaps.map { swap in
                    swap.changes[j].criticalWeight.map { NumberFormat.fixed($0, 4) } ?? "–"
                })
            }
            out += p.render(width: layout.width)
        }

        out += "\n" + layout.lines("Sweeps: ranks of the top \(a.topK) as each weight goes from 0 to 1, and where their order changes.", emphasis: .strong)
        for j in 0..<n { out += sweepText(a, criterion: j, subject: s, layout: layout) }
        for note in s.notes { out += layout.lines("Note: \(note)", indent: "  ", first: "") }
        return out
    }

    static func sweepText(_ a: WeightSensitivityAnalysis, criterion j: Int, subject s: Subject, layout: TextLayout) -> String {
        let sweep = a.sweeps[j], grid = sweep.grid
        let every = max(1, (grid.count - 1 + 9) / 10)
        let shown = grid.indices.filter { $0 % every == 0 || $0 == grid.count - 1 }
        var out = "\n" + layout.lines("\(s.criteria[j]) (weight \(NumberFormat.fixed(a.weights[j], 3)))", indent: "    ", first: "  ", emphasis: .strong)
        // Narrow terminals lose every other grid point first; the ends stay.
        var t = TextTable(columns: [.init("weight", fit: .wrap(minimum: 12))] + shown.enumerated().map { p, g in
            .init(NumberFormat.fixed(grid[g], 2), alignRight: true, priority: p % 2 == 1 && p < shown.count - 1 ? 1 : TextTable.Column.essential)
        })
        for (i, ranks) in zip(a.topAlternatives, sweep.ranks) {
            t.add([s.alternatives[i]] + shown.map { rank(ranks[$0]) })
        }
        out += t.render(indent: "    ", width: layout.width)
        let changes = sweep.changes
        if changes.isEmpty {
            out += layout.lines("The order of the top \(a.topK) never changes.", indent: "    ")
        }
        for c in changes.prefix(20) {
            let b = c.breakpoint
            out += layout.lines("at \(NumberFormat.fixed(b.weight, 4)): \(s.alternatives[b.aheadAbove]) passes \(s.alternatives[b.aheadBelow])"
                + " for place \(c.place)", indent: "      ", first: "    ")
        }
        if changes.count > 20 { out += layout.lines("… \(changes.count - 20) more (use --format json for all)", indent: "    ") }
        return out
    }

    private static func signed(_ x: Double) -> String { (x >= 0 ? "+" : "") + NumberFormat.fixed(x, 4) }

    private static func rank(_ r: Double) -> String { r == r.rounded() ? String(Int(r)) : NumberFormat.fixed(r, 1) }
}

import MCDACore

extension SensitivityReport {
    /// The report for people: weights and the top k, the winner's critical weight changes and
    /// stability intervals, the critical changes of each pair in the top k, then one sweep per
    /// criterion (ranks of the top k on at most about 11 grid points, and every order change).
    public static func text(_ a: WeightSensitivityAnalysis, subject s: Subject) -> String {
        let names = s.alternatives, n = a.weights.count
        var out = "Weight sensitivity of \(s.method) (\(s.settings.map { "\($0.0) \($0.1)" }.joined(separator: ", ")))\n"
        out += "One weight moves from 0 to 1 at a time; the others keep their proportions.\n"
        out += methodText(a.method) + "\n"
        out += "Top \(a.topK) at these weights: " + a.topAlternatives.map { names[$0] }.joined(separator: ", ") + "\n\n"

        out += "Critical weight changes for the winner (Triantaphyllou & Sánchez 1997) and the interval keeping it first:\n"
        var t = TextTable(columns: [.init("criterion"), .init("weight", alignRight: true), .init("critical", alignRight: true),
                                    .init("change", alignRight: true), .init("relative", alignRight: true), .init("winner stays for")])
        for j in 0..<n {
            let c = a.critical.winnerChanges[j], i = a.stability[j]
            t.add([s.criteria[j], NumberFormat.fixed(a.weights[j], 3), c.criticalWeight.map { NumberFormat.fixed($0, 4) } ?? "never",
                   c.criticalWeight.map { signed($0 - c.baseWeight) } ?? "–", c.relativeChange.map(NumberFormat.percent) ?? "–",
                   NumberFormat.fixed(i.lower, 4) + " – " + NumberFormat.fixed(i.upper, 4)])
        }
        out += t.render()
        if let j = a.critical.mostCriticalCriterion {
            let relative = a.critical.mostCriticalCriterionRelative
            out += "  Most critical criterion: \(s.criteria[j]) (smallest absolute change"
            out += relative == j ? " and smallest relative change).\n"
                : ")" + (relative.map { ", \(s.criteria[$0]) (smallest relative change)" } ?? "") + ".\n"
        } else {
            out += "  No single weight change gives another alternative the first place.\n"
        }

        if !a.critical.pairSwaps.isEmpty {
            let place = Dictionary(uniqueKeysWithValues: a.topAlternatives.enumerated().map { ($1, $0 + 1) })
            out += "\nCritical weight of each criterion for two of the top \(a.topK) to swap (– none); places: "
                + a.topAlternatives.enumerated().map { "\($0 + 1) \(names[$1])" }.joined(separator: ", ") + "\n"
            var p = TextTable(columns: [.init("criterion")] + a.critical.pairSwaps.map {
                .init("\(place[$0.higher]!)>\(place[$0.lower]!)", alignRight: true)
            })
            for j in 0..<n {
                p.add([s.criteria[j]] + a.critical.pairSwaps.map { swap in
                    swap.changes[j].criticalWeight.map { NumberFormat.fixed($0, 4) } ?? "–"
                })
            }
            out += p.render()
        }

        out += "\nSweeps: ranks of the top \(a.topK) as each weight goes from 0 to 1, and where their order changes.\n"
        for j in 0..<n { out += sweepText(a, criterion: j, subject: s) }
        for note in s.notes { out += "Note: \(note)\n" }
        return out
    }

    static func sweepText(_ a: WeightSensitivityAnalysis, criterion j: Int, subject s: Subject) -> String {
        let sweep = a.sweeps[j], grid = sweep.grid
        let every = max(1, (grid.count - 1 + 9) / 10)
        let shown = grid.indices.filter { $0 % every == 0 || $0 == grid.count - 1 }
        var out = "\n  \(s.criteria[j]) (weight \(NumberFormat.fixed(a.weights[j], 3)))\n"
        var t = TextTable(columns: [.init("weight")] + shown.map { .init(NumberFormat.fixed(grid[$0], 2), alignRight: true) })
        for (i, ranks) in zip(a.topAlternatives, sweep.ranks) {
            t.add([s.alternatives[i]] + shown.map { rank(ranks[$0]) })
        }
        out += t.render(indent: "    ")
        let changes = sweep.changes
        if changes.isEmpty {
            out += "    The order of the top \(a.topK) never changes.\n"
        }
        for c in changes.prefix(20) {
            let b = c.breakpoint
            out += "    at \(NumberFormat.fixed(b.weight, 4)): \(s.alternatives[b.aheadAbove]) passes \(s.alternatives[b.aheadBelow])"
                + " for place \(c.place)\n"
        }
        if changes.count > 20 { out += "    … \(changes.count - 20) more (use --format json for all)\n" }
        return out
    }

    private static func signed(_ x: Double) -> String { (x >= 0 ? "+" : "") + NumberFormat.fixed(x, 4) }

    private static func rank(_ r: Double) -> String { r == r.rounded() ? String(Int(r)) : NumberFormat.fixed(r, 1) }
}

import MCDACore

/// Notes on derived weights, in words.
public enum WeightingNoteWords {
    /// One line per note.
    public static func describe(_ note: WeightingNote) -> String {
        switch note {
        case .judgment(let d): return "\(d)"
        case .inconsistent(let cr):
            return "the criteria judgments are inconsistent (CR = \(cr) > 0.1); see the judgments to revise"
        case .convention(let c): return "convention: \(c)"
        case .objective(let d): return "\(d)"
        case .hierarchy(let matrices, let priority, let table):
            return "criteria weighed in a hierarchy (\(matrices) matrices of judgments, \(priority.rawValue) local priorities, "
                + "\(table.rawValue) random index); a criterion's weight is the product of the local weights on its path"
        case .hierarchyNode(let node):
            return place(node) + ": " + consistency(node.local)
        case .hierarchyNodeJudgment(let node, let d):
            return "\(label(node)): \(d)"
        case .group(let count, let aggregation, let mean, let priority, let table):
            let how = aggregation == .aggregatedJudgments
                ? "aij: weighted geometric mean of the judgments, analysed as one matrix"
                : "aip: weighted \(mean?.rawValue ?? PriorityMean.default.rawValue) mean of each decision maker's priorities"
            return "criteria weighed by a group of \(count) decision makers (\(how); \(priority.rawValue) priorities, \(table.rawValue) random index)"
        case .decisionMaker(let name, let weight, let own):
            let place = "decision maker '\(name)' (weight \(NumberFormat.fixed(weight, 4)))"
            guard let own else {
                return place + ": the judgments do not connect every criterion, so they have no priorities of their own; they count in the aggregate"
            }
            let top = own.priorities.indices.max { own.priorities[$0] < own.priorities[$1] }.map { own.elements[$0] } ?? ""
            return place + ": " + consistency(own) + "; most important: \(top)"
        case .aggregate(let r): return "aggregated judgments: " + consistency(r)
        case .aggregateJudgment(let d): return "aggregated judgments: \(d)"
        }
    }

    static func label(_ node: HierarchyNodeResult) -> String { node.path.count == 1 ? "top level" : "group '\(node.name)'" }

    static func place(_ node: HierarchyNodeResult) -> String {
        node.path.count == 1 ? label(node)
            : label(node) + " (\(node.path.joined(separator: " › ")), global weight \(NumberFormat.fixed(node.globalWeight, 4)))"
    }

    /// "λmax = …, CR = … (acceptably consistent)" or the inconsistency verdict with the judgments to revise first.
    static func consistency(_ r: AHPResult) -> String {
        let c = r.consistency
        var text = "λmax = \(NumberFormat.fixed(c.lambdaMax, 4)), CR = \(NumberFormat.fixed(c.consistencyRatio, 4))"
        if c.isAcceptable { return text + " (acceptably consistent)" }
        text += " > 0.1: too inconsistent to rely on"
        if !r.judgmentsToRevise.isEmpty {
            text += "; revise first " + r.judgmentsToRevise.map {
                "\($0.row) vs \($0.column): \(SaatyScale.label($0.current)) → \(SaatyScale.label($0.suggested))"
            }.joined(separator: ", ")
        }
        return text
    }
}

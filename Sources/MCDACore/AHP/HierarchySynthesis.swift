/// How the alternatives' local priorities under each leaf criterion are combined into global priorities.
///
/// With wₑ the local weight of child e of a node and g(leaf) the leaf's transformed local priorities:
/// g(node)[a] = Σₑ w_node[e] · g(childₑ)[a], so g(goal)[a] = Σ_leaves W(leaf) · g(leaf)[a], W being
/// the product of local weights down the path.
///
/// - ``distributive``: g(leaf) = the leaf's priorities (summing to 1). The classic synthesis
///   (Saaty 1977, doi:10.1016/0022-2496(77)90033-5), the one ahpy and pyrepo-mcda use. Adding or
///   removing an alternative can reverse the ranking of the others. The default.
/// - ``ideal``: g(leaf) = the leaf's priorities divided by their maximum, so the best alternative
///   under each criterion scores 1 (Belton & Gear 1983, doi:10.1016/0305-0483(83)90047-6; Saaty's
///   "ideal mode", Saaty 1994, *Interfaces* 24(6):19–43, doi:10.1287/inte.24.6.19). Adding an
///   alternative that is not the best anywhere leaves the others' order unchanged. The composite is
///   normalised to sum 1 at the end.
public enum SynthesisMode: String, CaseIterable, Sendable, Codable {
    case distributive = "distributive"
    case ideal = "ideal"

    /// The mode used when none is chosen.
    public static let `default` = SynthesisMode.distributive
}

extension AHP {
    /// Analyses every node of a hierarchy and synthesises global weights and priorities.
    ///
    /// For each node with a matrix: local priorities, λmax, CI and CR by
    /// ``analyze(_:method:randomIndex:revisions:)``. Global weight of a node = product of local
    /// weights on the path from the goal (the goal has 1); the leaf criteria's global weights sum to 1.
    /// When the leaves compare alternatives: global priorities by `synthesis` (see ``SynthesisMode``).
    ///
    /// - Parameters:
    ///   - hierarchy: a validated hierarchy.
    ///   - method: local priority method (default eigenvector).
    ///   - randomIndex: RI table for every node's CR (default Saaty 1980).
    ///   - synthesis: distributive (default) or ideal.
    ///   - revisions: judgments to suggest per node whose CR > 0.1 (≥ 0).
    /// - Throws: ``HierarchyError/analysisFailed(node:_:)`` naming the node whose analysis failed.
    ///
    /// Complexity: one eigen-decomposition per node, O(Σ nᵢ³), plus O(leaves × alternatives).
    ///
    /// Example (Saaty 2005, best city to live in; reference case ahp_hierarchy__saaty2005_cities):
    /// ```swift
    /// let result = try AHP.analyze(cities)
    /// result.priorities // Bethesda .2291, Boston .2748, Pittsburgh .3852, Santa Fe .1110
    /// ```
    public static func analyze(_ hierarchy: AHPHierarchy, method: PriorityMethod = .default,
                               randomIndex: RandomIndexTable = .default, synthesis: SynthesisMode = .default,
                               revisions: Int = 3) throws -> HierarchyResult {
        var walk = HierarchyWalk(alternatives: hierarchy.alternatives, method: method, randomIndex: randomIndex,
                                 synthesis: synthesis, revisions: revisions)
        var g = try walk.visit(hierarchy.root, weight: 1, path: [])
        if synthesis == .ideal {
            let total = g.reduce(0, +)
            if total > 0 { g = g.map { $0 / total } }
        }
        return HierarchyResult(hierarchy: hierarchy, nodes: walk.nodes, criteria: walk.criteria,
                               criterionWeights: walk.criterionWeights, priorities: g, priorityMethod: method,
                               randomIndexTable: randomIndex, synthesis: synthesis)
    }
}

/// The depth-first pass of ``AHP/analyze(_:method:randomIndex:synthesis:revisions:)``.
private struct HierarchyWalk {
    let alternatives: [String]
    let position: [String: Int]
    let method: PriorityMethod
    let randomIndex: RandomIndexTable
    let synthesis: SynthesisMode
    let revisions: Int
    var nodes: [HierarchyNodeResult] = []
    var criteria: [String] = []
    var criterionWeights: [Double] = []

    init(alternatives: [String], method: PriorityMethod, randomIndex: RandomIndexTable,
         synthesis: SynthesisMode, revisions: Int) {
        self.alternatives = alternatives
        var position: [String: Int] = [:]
        for (k, a) in alternatives.enumerated() { position[a] = k }
        self.position = position
        self.method = method
        self.randomIndex = randomIndex
        self.synthesis = synthesis
        self.revisions = revisions
    }

    /// Records the node (and below) and returns g(node) in the order of `alternatives` (empty without alternatives).
    mutating func visit(_ node: HierarchyNode, weight: Double, path: [String]) throws -> [Double] {
        let path = path + [node.name]
        guard let matrix = node.comparisons else {
            criteria.append(node.name)
            criterionWeights.append(weight)
            return []
        }
        let local: AHPResult
        do {
            local = try AHP.analyze(matrix, method: method, randomIndex: randomIndex, revisions: revisions)
        } catch let error as AHPError {
            throw HierarchyError.analysisFailed(node: node.name, error)
        }
        nodes.append(HierarchyNodeResult(name: node.name, path: path, globalWeight: weight, local: local))
        if case .alternatives = node {
            criteria.append(node.name)
            criterionWeights.append(weight)
            var g = [Double](repeating: 0, count: alternatives.count)
            for (k, a) in local.elements.enumerated() { g[position[a]!] = local.priorities[k] }
            if synthesis == .ideal, let top = g.max(), top > 0 { g = g.map { $0 / top } }
            return g
        }
        var g = [Double](repeating: 0, count: alternatives.count)
        for (k, child) in node.orderedChildren.enumerated() {
            let w = local.priorities[k]
            let below = try visit(child, weight: weight * w, path: path)
            for a in 0..<below.count { g[a] += w * below[a] }
        }
        return g
    }
}

/// The analysis of one node (with a matrix) of an AHP hierarchy.
public struct HierarchyNodeResult: Sendable, Equatable {
    /// The node's name.
    public let name: String
    /// Names from the goal down to this node (the goal first, this node last).
    public let path: [String]
    /// Product of the local weights on the path from the goal (1 for the goal).
    public let globalWeight: Double
    /// Local priorities of the node's elements (children or alternatives, in the order of its matrix),
    /// λmax, CI, CR and the judgments to revise.
    public let local: AHPResult
}

/// The outcome of ``AHP/analyze(_:method:randomIndex:synthesis:revisions:)``: every node's local
/// analysis, global criterion weights and, when the leaves compare alternatives, global priorities.
public struct HierarchyResult: Sendable, Equatable {
    /// The analysed hierarchy.
    public let hierarchy: AHPHierarchy
    /// Every node that has a matrix, depth first (the goal first, children in the order of their
    /// parent's matrix).
    public let nodes: [HierarchyNodeResult]
    /// The leaf criteria, depth first in the order of their parents' matrices.
    public let criteria: [String]
    /// Global weights of ``criteria``, summing to 1: the product of local weights from the goal down.
    public let criterionWeights: [Double]
    /// Global priorities of ``alternatives`` (empty when the leaves are criteria only), summing to 1.
    /// Distributive synthesis: gₐ = Σ_leaves W(leaf) · p_leaf[a]; ideal: the same with each leaf's
    /// priorities divided by their maximum, then normalised (see ``SynthesisMode``).
    public let priorities: [Double]
    /// The local priority method used at every node.
    public let priorityMethod: PriorityMethod
    /// The RI table used for every node's CR.
    public let randomIndexTable: RandomIndexTable
    /// The synthesis that produced ``priorities``.
    public let synthesis: SynthesisMode

    /// The alternatives, in the order of ``priorities``.
    public var alternatives: [String] { hierarchy.alternatives }

    /// The result of the node with this name, nil when there is none (or it is a bare criterion leaf).
    public func node(_ name: String) -> HierarchyNodeResult? { nodes.first { $0.name == name } }

    /// Names of the nodes whose CR exceeds 0.1 (a diagnostic: the analysis still stands).
    public var inconsistentNodes: [String] {
        nodes.filter { !$0.local.consistency.isAcceptable }.map(\.name)
    }

    /// Ranks of ``priorities`` (1 = best, ties averaged); empty without alternatives.
    public var ranking: [Double] { Ranking.ranks(priorities, order: .descending) }
}

/// A criterion of an AHP hierarchy: refined into sub-criteria, or a leaf.
///
/// A hierarchy is a tree whose root is the goal. Every inner node compares its children pairwise;
/// a leaf either ends at a criterion (the hierarchy then only weights criteria) or compares the
/// alternatives pairwise with respect to that criterion (Saaty 1977, doi:10.1016/0022-2496(77)90033-5).
///
/// - ``criteria(name:comparisons:children:)``: an inner node. `comparisons` is over the children's
///   names; the children may be listed in any order, they are matched to the matrix by name.
/// - ``alternatives(criterion:comparisons:)``: a leaf criterion whose matrix compares the
///   alternatives. Leaves may list the alternatives in different orders; they are matched by name.
/// - ``criterion(_:)``: a leaf criterion with nothing below it (criteria weighting only).
///
/// Example (two criteria, three alternatives):
/// ```swift
/// let price = try PairwiseComparisonMatrix(elements: ["x", "y", "z"], rows: [[1, 2, 4], [1.0 / 2, 1, 2], [1.0 / 4, 1.0 / 2, 1]])
/// let looks = try PairwiseComparisonMatrix(elements: ["z", "y", "x"], rows: [[1, 1, 3], [1, 1, 3], [1.0 / 3, 1.0 / 3, 1]])
/// let goal = try PairwiseComparisonMatrix(elements: ["price", "looks"], rows: [[1, 3], [1.0 / 3, 1]])
/// let tree = try AHPHierarchy(root: .criteria(name: "goal", comparisons: goal, children: [
///     .alternatives(criterion: "price", comparisons: price),
///     .alternatives(criterion: "looks", comparisons: looks)]))
/// ```
public indirect enum HierarchyNode: Sendable, Equatable {
    /// An inner node: its children compared pairwise by `comparisons` (whose elements are the children's names).
    case criteria(name: String, comparisons: PairwiseComparisonMatrix, children: [HierarchyNode])
    /// A leaf criterion under which the alternatives are compared pairwise.
    case alternatives(criterion: String, comparisons: PairwiseComparisonMatrix)
    /// A leaf criterion with no comparisons below it.
    case criterion(String)

    /// The node's name (the criterion it stands for; the goal for the root).
    public var name: String {
        switch self {
        case .criteria(let name, _, _), .alternatives(let name, _), .criterion(let name): return name
        }
    }

    /// The node's pairwise comparison matrix, nil for a ``criterion(_:)`` leaf.
    public var comparisons: PairwiseComparisonMatrix? {
        switch self {
        case .criteria(_, let m, _), .alternatives(_, let m): return m
        case .criterion: return nil
        }
    }

    /// True for ``alternatives(criterion:comparisons:)`` and ``criterion(_:)``.
    public var isLeaf: Bool {
        if case .criteria = self { return false }
        return true
    }

    /// The children in the order of the node's matrix elements (empty for a leaf).
    /// Valid only after ``AHPHierarchy`` has checked that every element has exactly one child.
    var orderedChildren: [HierarchyNode] {
        guard case .criteria(_, let m, let children) = self else { return [] }
        var byName: [String: HierarchyNode] = [:]
        for child in children { byName[child.name] = child }
        return m.elements.compactMap { byName[$0] }
    }
}

/// A validated AHP hierarchy: a goal, criteria and sub-criteria to any depth and, optionally,
/// alternatives compared under every leaf criterion.
///
/// Checked by the initialiser, with errors that name the node (``HierarchyError``):
/// - every name (goal, criteria, sub-criteria) appears once in the tree;
/// - an inner node has children, and its matrix compares exactly its children's names;
/// - either every leaf compares the alternatives or none does;
/// - every leaf compares the same set of alternatives (matched by name, in any order).
///
/// Analyse it with ``AHP/analyze(_:method:randomIndex:synthesis:revisions:)``.
/// Complexity of the checks: O(total number of matrix entries).
public struct AHPHierarchy: Sendable, Equatable {
    /// The goal.
    public let root: HierarchyNode
    /// The alternatives, in the order of the global priorities; empty when the leaves are criteria only.
    public let alternatives: [String]

    /// True when the leaves compare alternatives (otherwise the hierarchy only weights criteria).
    public var comparesAlternatives: Bool { !alternatives.isEmpty }

    /// Validates a hierarchy.
    /// - Parameters:
    ///   - root: the goal node.
    ///   - alternatives: the order in which results list the alternatives. nil (or empty): the order of
    ///     the first leaf (depth first, children in matrix order). Giving it requires every leaf to
    ///     compare exactly these alternatives.
    /// - Throws: ``HierarchyError``.
    public init(root: HierarchyNode, alternatives: [String]? = nil) throws {
        if case .criterion(let name) = root { throw HierarchyError.emptyNode(node: name) }
        var seen = Set<String>()
        var leaves: [HierarchyNode] = []
        try Self.check(root, seen: &seen, leaves: &leaves)
        let compared = leaves.filter { if case .alternatives = $0 { return true }; return false }
        let given = alternatives?.isEmpty == false ? alternatives : nil
        if let bare = leaves.first(where: { $0.comparisons == nil }), !compared.isEmpty || given != nil {
            throw HierarchyError.missingAlternativeComparisons(criterion: bare.name)
        }
        let reference = given ?? compared.first?.comparisons?.elements ?? []
        var unique = Set<String>()
        for a in reference where !unique.insert(a).inserted { throw HierarchyError.duplicateAlternative(a) }
        for leaf in compared {
            let listed = leaf.comparisons?.elements ?? []
            let listedSet = Set(listed)
            if let a = reference.first(where: { !listedSet.contains($0) }) {
                throw HierarchyError.missingAlternative(leaf: leaf.name, alternative: a)
            }
            if let a = listed.first(where: { !unique.contains($0) }) {
                throw HierarchyError.unexpectedAlternative(leaf: leaf.name, alternative: a)
            }
        }
        self.root = root
        self.alternatives = reference
    }

    /// Depth-first check of names and children; collects the leaves in synthesis order.
    private static func check(_ node: HierarchyNode, seen: inout Set<String>, leaves: inout [HierarchyNode]) throws {
        guard seen.insert(node.name).inserted else { throw HierarchyError.duplicateName(node.name) }
        guard case .criteria(let name, let m, let children) = node else {
            leaves.append(node)
            return
        }
        guard !children.isEmpty else { throw HierarchyError.emptyNode(node: name) }
        let elements = Set(m.elements)
        var childNames = Set<String>()
        for child in children {
            guard elements.contains(child.name) else { throw HierarchyError.unexpectedChild(node: name, child: child.name) }
            guard childNames.insert(child.name).inserted else { throw HierarchyError.duplicateName(child.name) }
        }
        if let e = m.elements.first(where: { !childNames.contains($0) }) {
            throw HierarchyError.missingChild(node: name, element: e)
        }
        for child in node.orderedChildren { try check(child, seen: &seen, leaves: &leaves) }
    }
}

import MCDACore
import Testing

@Suite struct HierarchyTests {
    private let two = pcm(["x", "y"], ["1 3", "1/3 1"])
    private let xyz = pcm(["x", "y", "z"], ["1 2 4", "1/2 1 2", "1/4 1/2 1"])

    @Test func alternativesDefaultToTheFirstLeafsOrderAndCanBeGiven() throws {
        let zyx = pcm(["z", "y", "x"], ["1 1 3", "1 1 3", "1/3 1/3 1"])
        let root = HierarchyNode.criteria(name: "goal", comparisons: pcm(["price", "looks"], ["1 3", "1/3 1"]),
                                          children: [.alternatives(criterion: "looks", comparisons: zyx),
                                                     .alternatives(criterion: "price", comparisons: xyz)])
        // Depth first in the order of the goal's matrix: "price" comes first.
        #expect(try AHPHierarchy(root: root).alternatives == ["x", "y", "z"])
        #expect(try AHPHierarchy(root: root, alternatives: ["y", "z", "x"]).alternatives == ["y", "z", "x"])
        #expect(try AHPHierarchy(root: root).comparesAlternatives)
        #expect(try AHPHierarchy(root: .criteria(name: "g", comparisons: two, children: [.criterion("x"), .criterion("y")]))
            .alternatives.isEmpty)
        // An empty list means "no alternatives given", not "no alternatives".
        #expect(try AHPHierarchy(root: root, alternatives: []).alternatives == ["x", "y", "z"])
        #expect(try AHPHierarchy(root: .criteria(name: "g", comparisons: two, children: [.criterion("x"), .criterion("y")]),
                                 alternatives: []).alternatives.isEmpty)
    }

    @Test func childrenMustMatchTheMatrixElements() {
        #expect(throws: HierarchyError.missingChild(node: "goal", element: "y")) {
            try AHPHierarchy(root: .criteria(name: "goal", comparisons: two, children: [.criterion("x")]))
        }
        #expect(throws: HierarchyError.unexpectedChild(node: "goal", child: "w")) {
            try AHPHierarchy(root: .criteria(name: "goal", comparisons: two, children: [.criterion("x"), .criterion("w")]))
        }
        #expect(throws: HierarchyError.emptyNode(node: "goal")) {
            try AHPHierarchy(root: .criteria(name: "goal", comparisons: two, children: []))
        }
        #expect(throws: HierarchyError.emptyNode(node: "goal")) { try AHPHierarchy(root: .criterion("goal")) }
    }

    @Test func namesMustBeUniqueInTheWholeTree() {
        let inner = HierarchyNode.criteria(name: "x", comparisons: pcm(["goal", "b"], ["1 1", "1 1"]),
                                           children: [.criterion("goal"), .criterion("b")])
        #expect(throws: HierarchyError.duplicateName("goal")) {
            try AHPHierarchy(root: .criteria(name: "goal", comparisons: two, children: [inner, .criterion("y")]))
        }
        #expect(throws: HierarchyError.duplicateName("x")) {
            try AHPHierarchy(root: .criteria(name: "goal", comparisons: two,
                                             children: [.criterion("x"), .criterion("x"), .criterion("y")]))
        }
    }

    @Test func leavesMustCompareTheSameAlternatives() {
        let xyw = pcm(["x", "y", "w"], ["1 1 1", "1 1 1", "1 1 1"])
        let xy = pcm(["x", "y"], ["1 1", "1 1"])
        func root(_ a: PairwiseComparisonMatrix, _ b: PairwiseComparisonMatrix) -> HierarchyNode {
            .criteria(name: "goal", comparisons: pcm(["p", "q"], ["1 1", "1 1"]),
                      children: [.alternatives(criterion: "p", comparisons: a), .alternatives(criterion: "q", comparisons: b)])
        }
        #expect(throws: HierarchyError.missingAlternative(leaf: "q", alternative: "z")) { try AHPHierarchy(root: root(xyz, xy)) }
        #expect(throws: HierarchyError.unexpectedAlternative(leaf: "q", alternative: "w")) { try AHPHierarchy(root: root(xy, xyw)) }
        #expect(throws: HierarchyError.missingAlternative(leaf: "p", alternative: "v")) {
            try AHPHierarchy(root: root(xyz, xyz), alternatives: ["x", "y", "z", "v"])
        }
        #expect(throws: HierarchyError.duplicateAlternative("x")) {
            try AHPHierarchy(root: root(xyz, xyz), alternatives: ["x", "y", "x"])
        }
    }

    @Test func leavesMustAllCompareAlternativesOrNoneMay() {
        let mixed = HierarchyNode.criteria(name: "goal", comparisons: pcm(["p", "q"], ["1 1", "1 1"]),
                                           children: [.alternatives(criterion: "p", comparisons: xyz), .criterion("q")])
        #expect(throws: HierarchyError.missingAlternativeComparisons(criterion: "q")) { try AHPHierarchy(root: mixed) }
        let bare = HierarchyNode.criteria(name: "goal", comparisons: two, children: [.criterion("x"), .criterion("y")])
        #expect(throws: HierarchyError.missingAlternativeComparisons(criterion: "x")) {
            try AHPHierarchy(root: bare, alternatives: ["a", "b"])
        }
    }

    @Test func errorsNameTheNodeInTheirMessages() {
        #expect(HierarchyError.missingChild(node: "Cost", element: "Fuel").description.contains("'Cost'"))
        #expect(HierarchyError.missingAlternative(leaf: "Safety", alternative: "Pilot").description.contains("'Pilot'"))
        #expect(HierarchyError.analysisFailed(node: "Style", .empty).description.hasPrefix("node 'Style'"))
    }

    @Test func nodeAccessors() {
        let leaf = HierarchyNode.alternatives(criterion: "p", comparisons: xyz)
        #expect(leaf.name == "p" && leaf.isLeaf && leaf.comparisons == xyz)
        #expect(HierarchyNode.criterion("c").comparisons == nil)
        #expect(!HierarchyNode.criteria(name: "g", comparisons: two, children: []).isLeaf)
    }
}

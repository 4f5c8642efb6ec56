import MCDACore
import Testing
import _TestSupport

@Suite struct CriteriaWeightingAHPStructuresTests {
    /// Columns in an order different from the hierarchy's leaves, to check the alignment by id.
    let matrix = try! DecisionMatrix(alternatives: ["x", "y"],
                                     criteria: ["upkeep", "comfort", "price"].map { Criterion(id: $0, direction: .benefit) },
                                     values: [1, 2, 3, 3, 2, 1])

    /// goal: cost 3× comfort (¾, ¼); cost: price 3× upkeep (¾, ¼). Consistent matrices, so the
    /// global weights are the products: price 9/16, upkeep 3/16, comfort 4/16.
    private func tree(_ goalJudgment: Double = 3) throws -> AHPHierarchy {
        let cost = try PairwiseComparisonMatrix(elements: ["price", "upkeep"], rows: [[1, 3], [1.0 / 3, 1]])
        let goal = try PairwiseComparisonMatrix(elements: ["cost", "comfort"], rows: [[1, goalJudgment], [1 / goalJudgment, 1]])
        return try AHPHierarchy(root: .criteria(name: "goal", comparisons: goal, children: [
            .criteria(name: "cost", comparisons: cost, children: [.criterion("price"), .criterion("upkeep")]),
            .criterion("comfort")]))
    }

    @Test func hierarchyWeightsAreProductsInColumnOrder() throws {
        let derived = try CriteriaWeighting.ahpHierarchy(try tree(), priority: .eigenvector, randomIndex: .saaty1980).derive(for: matrix)
        #expect(allClose(derived.weights, [3.0 / 16, 4.0 / 16, 9.0 / 16], tolerance: 1e-12))
        #expect(derived.method == "ahp-hierarchy" && derived.ahp == nil && derived.hierarchy?.nodes.count == 2)
        #expect(derived.notes.count == 3)
        guard case .hierarchyNode(let top) = derived.notes[1], case .hierarchyNode(let cost) = derived.notes[2] else {
            Issue.record("expected one note per node, top first: \(derived.notes)"); return
        }
        #expect(top.path == ["goal"] && abs(top.local.consistency.lambdaMax - 2) < 1e-12)
        #expect(cost.path == ["goal", "cost"] && abs(cost.globalWeight - 0.75) < 1e-12)
    }

    @Test func hierarchyLeavesMustBeTheMatrixCriteria() throws {
        let wrong = try DecisionMatrix(alternatives: ["x"], criteria: ["price", "upkeep", "style"].map { Criterion(id: $0, direction: .benefit) },
                                       values: [1, 2, 3])
        #expect(throws: MCDAError.self) { try CriteriaWeighting.ahpHierarchy(try tree(), priority: .default, randomIndex: .default).derive(for: wrong) }
        let leaf = try PairwiseComparisonMatrix(elements: ["x", "y"], rows: [[1, 2], [0.5, 1]])
        let goal = try PairwiseComparisonMatrix(elements: ["price", "upkeep", "comfort"], rows: [[1, 1, 1], [1, 1, 1], [1, 1, 1]])
        let withAlternatives = try AHPHierarchy(root: .criteria(name: "goal", comparisons: goal, children: [
            .alternatives(criterion: "price", comparisons: leaf), .alternatives(criterion: "upkeep", comparisons: leaf),
            .alternatives(criterion: "comfort", comparisons: leaf)]))
        #expect(throws: MCDAError.self) {
            try CriteriaWeighting.ahpHierarchy(withAlternatives, priority: .default, randomIndex: .default).derive(for: matrix)
        }
    }

    /// An inconsistent node is flagged with the judgments to revise (Saaty 1980: CR > 0.1).
    @Test func inconsistentNodesAreFlaggedInTheNotes() throws {
        let goal = try PairwiseComparisonMatrix(elements: ["price", "upkeep", "comfort"],
                                                rows: [[1, 9, 1.0 / 9], [1.0 / 9, 1, 9], [9, 1.0 / 9, 1]])
        let h = try AHPHierarchy(root: .criteria(name: "goal", comparisons: goal, children: ["price", "upkeep", "comfort"].map { .criterion($0) }))
        let derived = try CriteriaWeighting.ahpHierarchy(h, priority: .eigenvector, randomIndex: .saaty1980).derive(for: matrix)
        guard case .hierarchyNode(let node) = derived.notes[1] else { Issue.record("expected the node's note"); return }
        #expect(!node.local.consistency.isAcceptable && !node.local.judgmentsToRevise.isEmpty)
        #expect(derived.hierarchy?.inconsistentNodes == ["goal"])
    }

    /// Identical decision makers agree with one of them alone (AIJ of equal matrices is that matrix;
    /// Forman & Peniwati 1998, doi:10.1016/S0377-2217(97)00244-0); they may list the criteria in any order.
    @Test func groupOfIdenticalDecisionMakersEqualsOne() throws {
        let ann = try PairwiseComparisonMatrix(elements: ["price", "upkeep", "comfort"], rows: [[1, 3, 2], [1.0 / 3, 1, 1], [0.5, 1, 1]])
        let alone = try CriteriaWeighting.ahp(IncompleteComparisons(ann.permuted(by: [1, 2, 0])), priority: .eigenvector,
                                              randomIndex: .saaty1980, completion: .harker).derive(for: matrix)
        for aggregation in GroupAggregationMethod.allCases {
            let group = [DecisionMakerJudgments(name: "Ann", comparisons: ann), DecisionMakerJudgments(name: "Bob", comparisons: ann.permuted(by: [2, 0, 1]))]
            let derived = try CriteriaWeighting.ahpGroup(group, weights: [1, 2], aggregation: aggregation, priority: .eigenvector,
                                                         randomIndex: .saaty1980, completion: .harker).derive(for: matrix)
            #expect(allClose(derived.weights, alone.weights, tolerance: 1e-12))
            #expect(derived.group?.decisionMakers == ["Ann", "Bob"] && derived.ahp == nil)
            #expect(derived.notes.filter { if case .decisionMaker = $0 { return true } else { return false } }.count == 2)
        }
    }
}

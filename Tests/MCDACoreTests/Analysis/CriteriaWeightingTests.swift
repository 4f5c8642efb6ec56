import MCDACore
import Testing
import _TestSupport

@Suite struct CriteriaWeightingTests {
    let matrix = try! DecisionMatrix(alternatives: ["x", "y", "z"],
                                     criteria: [Criterion(id: "a", direction: .benefit), Criterion(id: "b", direction: .cost),
                                                Criterion(id: "c", direction: .benefit)],
                                     values: [1, 2, 3, 2, 1, 1, 3, 3, 2])

    @Test func identifiersNameTheSource() throws {
        let flat = try IncompleteComparisons(elements: ["a", "b", "c"], entries: [1, 2, 4, nil, 1, 2, nil, nil, 1])
        #expect(CriteriaWeighting.ahp(flat, priority: .default, randomIndex: .default, completion: .default).identifier == "ahp")
        #expect(CriteriaWeighting.given([1, 1, 1]).identifier == "given")
        let group = [DecisionMakerJudgments(name: "Ann", comparisons: flat)]
        #expect(CriteriaWeighting.ahpGroup(group, weights: nil, aggregation: .default, priority: .default, randomIndex: .default,
                                           completion: .default).identifier == "ahp-group")
    }

    /// A consistent matrix a : b : c = 4 : 2 : 1 gives (4, 2, 1)/7 exactly (Saaty 1977,
    /// doi:10.1016/0022-2496(77)90033-5); the missing lower triangle is implied by reciprocity.
    @Test func flatJudgmentsGiveTheirEigenvector() throws {
        let flat = try IncompleteComparisons(elements: ["a", "b", "c"], entries: [1, 2, 4, nil, 1, 2, nil, nil, 1])
        let derived = try CriteriaWeighting.ahp(flat, priority: .eigenvector, randomIndex: .saaty1980, completion: .harker).derive(for: matrix)
        #expect(allClose(derived.weights, [4.0 / 7, 2.0 / 7, 1.0 / 7], tolerance: 1e-12))
        #expect(derived.ahp != nil && derived.hierarchy == nil && derived.group == nil)
    }

    @Test func givenWeightsAreNormalised() throws {
        let derived = try CriteriaWeighting.given([2, 1, 1]).derive(for: matrix)
        #expect(derived.weights == [0.5, 0.25, 0.25] && derived.ahp == nil && derived.notes.isEmpty)
    }
}

import MCDACore
import Testing

@Suite struct PairwiseComparisonMatrixTests {
    @Test func rejectsNonReciprocalPairAndSaysWhenTheMatrixLooksMirrored() {
        #expect {
            _ = try PairwiseComparisonMatrix(elements: ["a", "b", "c"], rows: [[1, 3, 5], [3, 1, 2], [5, 2, 1]])
        } throws: { error in
            guard case AHPError.notReciprocal(let r, let c, _, _, let mirrored) = error else { return false }
            return r == "a" && c == "b" && mirrored
        }
        #expect {
            _ = try PairwiseComparisonMatrix(elements: ["a", "b", "c"], rows: [[1, 3, 5], [1.0 / 3, 1, 2], [0.5, 0.5, 1]])
        } throws: { error in
            guard case AHPError.notReciprocal(let r, let c, _, _, let mirrored) = error else { return false }
            return r == "a" && c == "c" && !mirrored
        }
    }

    @Test func rejectsBadEntries() {
        #expect(throws: AHPError.nonPositive(row: "a", column: "b", value: 0)) {
            try PairwiseComparisonMatrix(elements: ["a", "b"], rows: [[1, 0], [1, 1]])
        }
        #expect(throws: AHPError.diagonalNotOne(element: "b", value: 2)) {
            try PairwiseComparisonMatrix(elements: ["a", "b"], rows: [[1, 1], [1, 2]])
        }
        #expect(throws: AHPError.duplicateElement("a")) {
            try PairwiseComparisonMatrix(elements: ["a", "a"], rows: [[1, 1], [1, 1]])
        }
        #expect(throws: AHPError.notSquare(elements: 2, entries: 3)) {
            try PairwiseComparisonMatrix(elements: ["a", "b"], entries: [1, 1, 1])
        }
    }

    @Test func repairsRoundedReciprocalsAndReportsOffScaleEntries() throws {
        let a = try PairwiseComparisonMatrix(elements: ["a", "b", "c"], rows: [[1, 3, 1.13], [0.33, 1, 1], [1 / 1.13, 1, 1]])
        #expect(a[1, 0] == 1.0 / 3)
        #expect(a.diagnostics.contains(.offScale(row: "a", column: "c", value: 1.13)))
        #expect(a.diagnostics.contains { if case .reciprocalRepaired = $0 { return true }; return false })
    }
}

import MCDACore
import Testing
import _TestSupport

@Suite struct IncompleteComparisonsTests {
    /// With the missing judgments of a consistent matrix removed (graph still connected), both
    /// completion methods recover the exact matrix.
    @Test(arguments: CompletionMethod.allCases)
    func completionRecoversAConsistentMatrix(method: CompletionMethod) throws {
        let w = [0.4, 0.3, 0.2, 0.1]
        var e: [Double?] = (0..<16).map { w[$0 / 4] / w[$0 % 4] }
        for (i, j) in [(0, 2), (1, 3), (0, 3)] { e[i * 4 + j] = nil; e[j * 4 + i] = nil }
        let c = try IncompleteComparisons(elements: ["a", "b", "c", "d"], entries: e).completed(by: method)
        #expect(abs(c[0, 3] - 4) < 1e-12)
        let r = try AHP.analyze(c)
        #expect(allClose(r.priorities, w, tolerance: 1e-12))
        #expect(c.diagnostics.filter { if case .completed = $0 { return true }; return false }.count == 3)
    }

    /// Harker's vector is the principal eigenvector of the completed matrix; LLSM's is its row
    /// geometric mean (see CompletionMethod): a property check on seeded random incomplete matrices.
    @Test func completedMatricesReproduceTheirMethodsPriorities() throws {
        var rng = TestRNG(seed: 42)
        let n = 6
        for _ in 0..<20 {
            var e = [Double?](repeating: nil, count: n * n)
            for i in 0..<n {
                e[i * n + i] = 1
                for j in (i + 1)..<n where j == i + 1 || Double.random(in: 0...1, using: &rng) < 0.5 {
                    e[i * n + j] = Double(Int.random(in: 1...9, using: &rng)).squareRoot()
                }
            }
            let m = try IncompleteComparisons(elements: (0..<n).map { "e\($0)" }, entries: e)
            let harker = try m.completed(by: .harker)
            let llsm = try m.completed(by: .logarithmicLeastSquares)
            let eigen = try AHP.analyze(harker, randomIndex: .alonsoLamata).priorities
            for i in 0..<n { for j in 0..<n { #expect(abs(harker[i, j] - eigen[i] / eigen[j]) < 1e-9 || e[i * n + j] != nil || e[j * n + i] != nil) } }
            let geo = llsm.geometricMeanPriorities()
            for i in 0..<n { for j in 0..<n where e[i * n + j] == nil && e[j * n + i] == nil {
                #expect(abs(llsm[i, j] - geo[i] / geo[j]) < 1e-9)
            } }
        }
    }

    @Test func disconnectedJudgmentsListTheGroups() {
        let e: [Double?] = [1, 2, nil, nil,
                            nil, 1, nil, nil,
                            nil, nil, 1, 3,
                            nil, nil, nil, 1]
        #expect(throws: AHPError.disconnectedComparisons(groups: [["a", "b"], ["c", "d"]])) {
            try IncompleteComparisons(elements: ["a", "b", "c", "d"], entries: e).completed()
        }
    }
}

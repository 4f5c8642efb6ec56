import Foundation
import MCDACore
import Testing
import _TestSupport
@testable import MCDAInput

@Suite struct HierarchyYAMLTests {
    /// Writes `text` to a fresh temporary file and returns its path.
    private func write(_ text: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("mcda-hierarchy-\(UUID().uuidString).yaml")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    /// The 1-based number of the first line of `text` containing `fragment`.
    private func line(of fragment: String, in text: String) -> Int { position(of: fragment, in: text).line }

    /// The 1-based line and column where `fragment` first occurs in `text`.
    private func position(of fragment: String, in text: String) -> (line: Int, column: Int) {
        for (k, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if let r = line.range(of: fragment) { return (k + 1, line.distance(from: line.startIndex, to: r.lowerBound) + 1) }
        }
        return (0, 0)
    }

    /// Expects reading `text` to fail with a message containing every fragment.
    private func expectError(_ text: String, _ fragments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws {
        let path = try write(text)
        #expect(sourceLocation: sourceLocation) { try HierarchyYAML.read(path: path) } throws: { error in
            let message = "\(error)"
            let missing = fragments.filter { !message.contains($0) }
            if !missing.isEmpty { Issue.record("'\(message)' lacks \(missing)", sourceLocation: sourceLocation) }
            return missing.isEmpty
        }
    }

    /// Two alternatives under two criteria; `goal`, `culture` and `jobs` rows can be replaced.
    private func twoLevel(goalRows: String = "[[\"1\", \"3\"], [\"1/3\", \"1\"]]", extraKey: String = "",
                          children: String = "    culture: {elements: [x, y], matrix: [[\"1\", \"2\"], [\"1/2\", \"1\"]]}\n    jobs: {elements: [y, x], matrix: [[\"1\", \"4\"], [\"?\", \"1\"]]}\n") -> String {
        "goal: test\nhierarchy:\n  name: top\n  elements: [culture, jobs]\n  matrix: \(goalRows)\n\(extraKey)  children:\n\(children)"
    }

    /// Saaty (2005), *Theory and Applications of the Analytic Network Process*, RWS Publications, best
    /// city to live in: global priorities printed as Bethesda .2291, Boston .2748, Pittsburgh .3852,
    /// Santa Fe .1110 (tolerance 5e-5); full precision from the shared reference case
    /// ahp_hierarchy__saaty2005_cities (tolerance 1e-9). Goal node: λmax 5.2252, CR 0.0503.
    @Test func saatyBestCityReproducesThePublishedGlobalPriorities() throws {
        let path = repositoryRoot.appendingPathComponent("Datasets/literature/saaty-best-city/hierarchy.yaml").path
        let document = try HierarchyYAML.read(path: path)
        #expect(document.goal == "Best city to live in")
        #expect(document.hierarchy.alternatives == ["Bethesda", "Boston", "Pittsburgh", "Santa Fe"])
        let result = try AHP.analyze(document.hierarchy)
        let published = try #require(document.publishedList("global_priorities"))
        #expect(published == [0.2291, 0.2748, 0.3852, 0.1110])
        #expect(allClose(result.priorities, published, tolerance: 5e-5))
        #expect(allClose(result.priorities, [0.2291036310299361, 0.2747680934504099, 0.3851608703253582, 0.11096740519429595], tolerance: 1e-9))
        let goal = try #require(result.node("Goal"))
        #expect(abs(goal.local.consistency.lambdaMax - 5.2252) < 5e-5)
        #expect(abs(goal.local.consistency.consistencyRatio - 0.0503) < 5e-5)
        #expect(allClose(goal.local.priorities, [0.1522, 0.4335, 0.0716, 0.3050, 0.0378], tolerance: 5e-5))
        #expect(result.nodes.count == 6 && result.inconsistentNodes.isEmpty)
    }

    /// A missing judgment in a consistent matrix is completed to the consistent value: with
    /// a/b = 2 and b/c = 3 given, Harker's method gives a/c = 6 (Harker 1987, doi:10.1016/0270-0255(87)90503-3).
    @Test func missingJudgmentsAreCompletedConsistently() throws {
        let text = "hierarchy:\n  elements: [a, b, c]\n  matrix: [[\"1\", \"2\", \"?\"], [\"\", \"1\", \"3\"], [null, \"\", \"1\"]]\n  children: {a: null, b: null, c: null}\n"
        let document = try HierarchyYAML.read(path: try write(text))
        #expect(!document.hierarchy.comparesAlternatives)
        guard case .criteria(let name, let m, _) = document.hierarchy.root else { Issue.record("expected an inner root"); return }
        #expect(name == "Goal")
        #expect(abs(m[0, 2] - 6) < 1e-9 && abs(m[2, 0] - 1.0 / 6) < 1e-12)
        #expect(m.diagnostics.contains { if case .completed = $0 { return true }; return false })
        let result = try AHP.analyze(document.hierarchy)
        #expect(allClose(result.criterionWeights, [0.6, 0.3, 0.1], tolerance: 1e-9))
    }

    /// Criteria only, two levels: global weight of a sub-criterion = product of local weights.
    @Test func criteriaOnlyHierarchyGivesProductsOfLocalWeights() throws {
        let text = """
            hierarchy:
              name: goal
              elements: [cost, comfort]
              matrix: [["1", "3"], ["1/3", "1"]]
              children:
                cost: {elements: [price, upkeep], matrix: [["1", "1"], ["1", "1"]], children: {price: null, upkeep: null}}
                comfort: null
            """
        let result = try AHP.analyze(try HierarchyYAML.read(path: try write(text)).hierarchy)
        #expect(result.criteria == ["price", "upkeep", "comfort"])
        #expect(allClose(result.criterionWeights, [0.375, 0.375, 0.25], tolerance: 1e-12))
        #expect(result.priorities.isEmpty)
    }

    @Test func unknownKeyNamesTheLineAndSuggestsTheKey() throws {
        let text = twoLevel(children: "    culture: {elements: [x, y], matrx: [[\"1\", \"2\"], [\"1/2\", \"1\"]]}\n    jobs: {elements: [x, y], matrix: [[\"1\", \"4\"], [\"1/4\", \"1\"]]}\n")
        try expectError(text, [":\(line(of: "matrx", in: text)):", "unknown key 'matrx' in node 'culture'", "did you mean 'matrix'"])
        try expectError("goal: g\nhierarchie: {}\n", [":2:1:", "unknown key 'hierarchie'", "did you mean 'hierarchy'"])
    }

    @Test func elementsAndChildrenMustMatch() throws {
        let unknownChild = twoLevel(children: "    culture: {elements: [x, y], matrix: [[\"1\", \"2\"], [\"1/2\", \"1\"]]}\n    jbos: {elements: [x, y], matrix: [[\"1\", \"4\"], [\"1/4\", \"1\"]]}\n")
        try expectError(unknownChild, [":\(line(of: "jbos", in: unknownChild)):", "node 'top' has a child 'jbos'", "did you mean 'jobs'"])
        let missingChild = twoLevel(children: "    culture: {elements: [x, y], matrix: [[\"1\", \"2\"], [\"1/2\", \"1\"]]}\n")
        try expectError(missingChild, ["node 'top' has no child for its element 'jobs'"])
        let renamed = twoLevel(children: "    culture: {name: arts, elements: [x, y], matrix: [[\"1\", \"2\"], [\"1/2\", \"1\"]]}\n    jobs: {elements: [x, y], matrix: [[\"1\", \"4\"], [\"1/4\", \"1\"]]}\n")
        try expectError(renamed, [":\(line(of: "arts", in: renamed)):", "named 'arts'"])
        let otherAlternatives = twoLevel(children: "    culture: {elements: [x, y], matrix: [[\"1\", \"2\"], [\"1/2\", \"1\"]]}\n    jobs: {elements: [x, z], matrix: [[\"1\", \"4\"], [\"1/4\", \"1\"]]}\n")
        try expectError(otherAlternatives, [":\(line(of: "jobs:", in: otherAlternatives)):", "leaf 'jobs'", "'y'"])
    }

    @Test func badEntriesNameTheNodeLineAndColumn() throws {
        let fraction = twoLevel(goalRows: "[[\"1\", \"3\"], [\"1/x\", \"1\"]]")
        let cell = position(of: "\"1/x\"", in: fraction)
        try expectError(fraction, [":\(cell.line):\(cell.column):", "node 'top', entry (jobs, culture): '1/x' is not a judgment"])
        try expectError(twoLevel(goalRows: "[[\"1\", \"3\"], [\"-2\", \"1\"]]"), ["'-2' is not a judgment"])
        try expectError(twoLevel(goalRows: "[[\"1\", \"3\"], [\"1\"]]"), ["row 2 ('jobs') of the matrix of node 'top' has 1 entries; expected 2"])
        try expectError(twoLevel(goalRows: "[[\"1\", \"3\"], [\"3\", \"1\"]]"), ["node 'top':", "not reciprocal"])
    }
}

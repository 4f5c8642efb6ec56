import Foundation
import MCDACore
import Testing
@testable import MCDAInput

/// The manifest's `weights:` and `analysis:` blocks and the `display:` list: every value is checked
/// where it is read, and its error names the file, line and column.
@Suite struct WeightSpecificationReaderTests {
    /// The Rafsanjan dataset with `analysis:` replaced by `block` (and `display:` by `display`).
    func dataset(analysis block: String, display: String = "display: [country]") throws -> URL {
        let dir = try copyDataset("rafsanjan-sister-cities")
        let file = dir.appendingPathComponent("manifest.yaml")
        var text = try String(contentsOf: file, encoding: .utf8)
        let start = try #require(text.range(of: "analysis:\n"))
        text = String(text[..<start.lowerBound]) + block
        text = text.replacingOccurrences(of: "display: [country]\ndisplay_fa: [کشور]", with: display)
        try text.write(to: file, atomically: true, encoding: .utf8)
        return dir
    }

    /// The line number of the first line of the manifest containing `marker`.
    func line(of marker: String, in dir: URL) throws -> Int {
        let text = try String(contentsOf: dir.appendingPathComponent("manifest.yaml"), encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return try #require(lines.firstIndex { $0.contains(marker) }) + 1
    }

    func expectError(_ dir: URL, line: Int, _ fragments: String...) {
        #expect { try Dataset.load(folder: dir.path) } throws: { error in
            guard case InputError.dataset(let file, let l, let column, let message) = error else { return false }
            return file.hasSuffix("manifest.yaml") && l == line && column != nil && fragments.allSatisfy { message.contains($0) }
        }
    }

    @Test func methodsWithParametersAreTyped() throws {
        let dir = try dataset(analysis: "analysis:\n  methods: [topsis, {vikor: {v: 0.7}}, waspas]\n  normalization: max\n  lambda: 0.25\n")
        let d = try Dataset.load(folder: dir.path)
        #expect(d.analysis.methods.map { $0.method.name } == ["topsis", "vikor", "waspas"])
        let problem = try d.problem()
        #expect((problem.methods[0].method as? TOPSIS)?.normalization == .max)
        #expect((problem.methods[1].method as? VIKOR)?.v == 0.7)
        #expect((problem.methods[2].method as? WASPAS)?.lambda == 0.25)
        // An option given overrides the manifest, in one place.
        var overrides = ProblemOverrides()
        overrides.parameters["v"] = .number(0.2)
        overrides.parameters["normalization"] = .normalization(.vector)
        let changed = try d.problem(overrides)
        #expect((changed.methods[1].method as? VIKOR)?.v == 0.2 && (changed.methods[0].method as? TOPSIS)?.normalization == .vector)
    }

    @Test func anUnknownMethodNamesItsLineAndTheChoices() throws {
        let dir = try dataset(analysis: "analysis:\n  methods: [topsis, topsys]\n")
        expectError(dir, line: try line(of: "topsys", in: dir), "unknown method 'topsys'", "promethee-ii")
    }

    @Test func aBadParameterValueNamesItsLine() throws {
        let dir = try dataset(analysis: "analysis:\n  methods:\n    - topsis\n    - vikor: {v: 1.5}\n")
        expectError(dir, line: try line(of: "v: 1.5", in: dir), "v must be a number between 0 and 1")
        let unknown = try dataset(analysis: "analysis:\n  methods:\n    - vikor: {w: 0.5}\n")
        expectError(unknown, line: try line(of: "w: 0.5", in: unknown), "unknown key 'w'")
        let shared = try dataset(analysis: "analysis:\n  normalization: l2\n")
        expectError(shared, line: try line(of: "l2", in: shared), "normalization must be one of")
    }

    @Test func aDisplayColumnMustExist() throws {
        let dir = try dataset(analysis: "analysis:\n  methods: [topsis]\n", display: "display: [country, region]")
        expectError(dir, line: try line(of: "display:", in: dir), "display names 'region'", "country")
        let ok = try Dataset.load(folder: try dataset(analysis: "analysis:\n  methods: [topsis]\n").path)
        let description = try ok.problem().description
        #expect(description.attributes.map(\.name) == ["country"] && description.attributes[0].values.contains("Chile"))
        let none = try Dataset.load(folder: try dataset(analysis: "analysis:\n  methods: [topsis]\n", display: "").path)
        #expect(try none.problem().description.attributes.isEmpty)
    }

    @Test func anUnknownPreferenceFunctionNamesItsCriterionFileAndLine() throws {
        let dir = try copyDataset("rafsanjan-sister-cities")
        let file = dir.appendingPathComponent("criteria/copper.yaml")
        var text = try String(contentsOf: file, encoding: .utf8)
        text += "preference: triangle\np: 2\n"
        try text.write(to: file, atomically: true, encoding: .utf8)
        let line = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("preference:") }.map { $0 + 1 }
        #expect { try Dataset.load(folder: dir.path) } throws: { error in
            guard case InputError.dataset(let f, let l, let column, let message) = error else { return false }
            return f.hasSuffix("copper.yaml") && l == line && column != nil && message.contains("preference must be one of")
        }
    }

    /// `{method: objective, name: M}` is `method: M` for every objective method; a wrong name, a
    /// missing one or a name beside another method is an error at its line.
    @Test func objectiveWeightsByName() throws {
        func manifest(_ weights: String) throws -> URL {
            let dir = try copyDataset("rafsanjan-sister-cities")
            let file = dir.appendingPathComponent("manifest.yaml")
            let text = try String(contentsOf: file, encoding: .utf8)
            let start = try #require(text.range(of: "weights:\n")), end = try #require(text.range(of: "\nanalysis:"))
            try (String(text[..<start.lowerBound]) + "weights:\n" + weights + String(text[end.lowerBound...]))
                .write(to: file, atomically: true, encoding: .utf8)
            return dir
        }
        for method in WeightingMethod.allCases where !method.needsImportance {
            let d = try Dataset.load(folder: try manifest("  method: objective\n  name: \(method.rawValue)\n").path)
            guard case .objective(let m) = d.weights else { Issue.record("\(method)"); continue }
            #expect(m == method && d.weights.choice.method == method)
        }
        let wrong = try manifest("  method: objective\n  name: merek\n")
        expectError(wrong, line: try line(of: "name: merek", in: wrong), "must be one of", "lopcow")
        let missing = try manifest("  method: objective\n")
        expectError(missing, line: try line(of: "method: objective", in: missing), "need `name:`")
        let beside = try manifest("  method: entropy\n  name: merec\n")
        expectError(beside, line: try line(of: "name: merec", in: beside), "belongs to `method: objective`")
    }

    @Test func anUnknownWeightingMethodNamesItsLine() throws {
        let dir = try copyDataset("rafsanjan-sister-cities")
        let file = dir.appendingPathComponent("manifest.yaml")
        let text = try String(contentsOf: file, encoding: .utf8).replacingOccurrences(of: "method: ahp", with: "method: merek")
        try text.write(to: file, atomically: true, encoding: .utf8)
        expectError(dir, line: try line(of: "method: merek", in: dir), "weights method must be one of", "entropy")
    }
}

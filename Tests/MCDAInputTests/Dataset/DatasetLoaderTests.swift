import Foundation
import MCDACore
import Testing
@testable import MCDAInput

/// The repository root, from this file's path.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

func datasetPath(_ name: String) -> String { repositoryRoot.appendingPathComponent("Datasets/\(name)").path }

/// Copies a dataset to a fresh temporary folder so a test can edit it.
func copyDataset(_ name: String) throws -> URL {
    let target = FileManager.default.temporaryDirectory.appendingPathComponent("mcda-dataset-\(UUID().uuidString)")
    try FileManager.default.copyItem(atPath: datasetPath(name), toPath: target.path)
    return target
}

@Suite struct DatasetLoaderTests {
    @Test func loadsTheRafsanjanDataset() throws {
        let d = try Dataset.load(folder: datasetPath("rafsanjan-sister-cities"))
        #expect(d.alternatives.count == 14)
        #expect(d.reference?.id == "rafsanjan")
        #expect(Set(d.criteria.map(\.criterion.id)) == ["population", "economy", "culture", "copper", "pistachio", "adobe"])
        let population = try #require(d.criteria.first { $0.criterion.id == "population" })
        #expect(population.criterion.direction == .target(161_909))
        #expect(population.criterion.scale == .log)
        #expect(population.valueSources.allSatisfy { $0 != nil })
        let (matrix, notes) = try d.decisionMatrix()
        #expect(matrix.rowCount == 14 && matrix.columnCount == 6 && notes.isEmpty)
        guard case .ahp(let judgments) = d.weights else { Issue.record("expected AHP weights"); return }
        let comparisons = try d.criteriaComparisons(judgments)
        #expect(comparisons.isComplete)
    }

    @Test func loadsTheLiteratureDatasetsWithTheirPublishedNumbers() throws {
        let fighter = try Dataset.load(folder: datasetPath("literature/fighter-aircraft"))
        // Hwang & Yoon (1981), pp. 133–134: closeness of A1 printed as 0.643.
        #expect(fighter.published["values.closeness.a1"] == 0.643)
        #expect(fighter.published["exact.tolerance"] == 1e-10)
        for name in ["literature/vikor-opricovic-tzeng-2007", "literature/promethee-papathanasiou-ploskas-2018", "geonames-cities"] {
            _ = try Dataset.load(folder: datasetPath(name))
        }
    }

    @Test func unknownKeyIsReportedWithLineAndSuggestion() throws {
        let dir = try copyDataset("rafsanjan-sister-cities")
        let file = dir.appendingPathComponent("criteria/copper.yaml")
        var text = try String(contentsOf: file, encoding: .utf8)
        text = text.replacingOccurrences(of: "direction:", with: "directon:")
        try text.write(to: file, atomically: true, encoding: .utf8)
        #expect { try Dataset.load(folder: dir.path) } throws: { error in
            let message = "\(error)"
            return message.contains("copper.yaml:") && message.contains("unknown key 'directon'") && message.contains("did you mean 'direction'")
        }
    }

    @Test func yamlSyntaxErrorsHaveLineAndColumn() throws {
        let dir = try copyDataset("rafsanjan-sister-cities")
        try "id: copper\nname: [unclosed\n".write(to: dir.appendingPathComponent("criteria/copper.yaml"), atomically: true, encoding: .utf8)
        #expect { try Dataset.load(folder: dir.path) } throws: { error in
            let message = "\(error)"
            return message.contains("copper.yaml:") && message.contains("YAML syntax error")
        }
    }

    @Test func anchorsAndAliasesAreRefused() throws {
        let dir = try copyDataset("rafsanjan-sister-cities")
        let bomb = "id: copper\nname: &a [x, x]\ndescription: *a\n"
        try bomb.write(to: dir.appendingPathComponent("criteria/copper.yaml"), atomically: true, encoding: .utf8)
        #expect { try Dataset.load(folder: dir.path) } throws: { error in "\(error)".contains("anchors and aliases") }
    }

    @Test func unknownAlternativeIdAndMissingValuesAreNamed() throws {
        let dir = try copyDataset("rafsanjan-sister-cities")
        let file = dir.appendingPathComponent("criteria/adobe.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "  khiva:", with: "  khiwa:").write(to: file, atomically: true, encoding: .utf8)
        #expect { try Dataset.load(folder: dir.path) } throws: { error in
            "\(error)".contains("unknown alternative id 'khiwa'") && "\(error)".contains("did you mean 'khiva'")
        }
        // Remove Khiva's line altogether: loading works, building the matrix names the gap.
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("  khiva:") }
        try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        let d = try Dataset.load(folder: dir.path)
        #expect { try d.decisionMatrix() } throws: { error in "\(error)".contains("'khiva' on criterion 'adobe'") }
        let dropped = try d.decisionMatrix(missing: .dropAlternative)
        #expect(dropped.matrix.rowCount == 13 && dropped.notes.count == 1)
        let worst = try d.decisionMatrix(missing: .worstValue)
        #expect(worst.matrix.rowCount == 14)
    }

    /// "?", "unknown" and "n/a" mark a missing value bare or after `value:` (the second form was
    /// refused as "must be a finite number", found by fuzzing).
    @Test(arguments: ["\"?\"", "unknown", "n/a", "{ value: \"?\", source: \"none found\" }", "{ value: unknown }", "{ value: n/a }"])
    func missingValueMarkersWorkInBothForms(marker: String) throws {
        let dir = try copyDataset("rafsanjan-sister-cities")
        let file = dir.appendingPathComponent("criteria/adobe.yaml")
        let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasPrefix("  khiva:") ? "  khiva: \(marker)" : String($0) }
        try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        let d = try Dataset.load(folder: dir.path)
        #expect { try d.decisionMatrix() } throws: { error in "\(error)".contains("'khiva' on criterion 'adobe'") }
        #expect(try d.decisionMatrix(missing: .dropAlternative).matrix.rowCount == 13)
    }

    @Test func pathsOutsideTheFolderAreRefused() throws {
        let dir = try copyDataset("rafsanjan-sister-cities")
        let file = dir.appendingPathComponent("manifest.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "alternatives: alternatives.csv", with: "alternatives: ../../etc/passwd")
            .write(to: file, atomically: true, encoding: .utf8)
        #expect { try Dataset.load(folder: dir.path) } throws: { error in "\(error)".contains("outside the dataset folder") }
    }

    @Test func aNewCriterionWithoutJudgmentsIsNamedWithTheLinesToAdd() throws {
        let dir = try copyDataset("rafsanjan-sister-cities")
        let source = try String(contentsOf: dir.appendingPathComponent("criteria/copper.yaml"), encoding: .utf8)
        try source.replacingOccurrences(of: "id: copper", with: "id: climate")
            .write(to: dir.appendingPathComponent("criteria/climate.yaml"), atomically: true, encoding: .utf8)
        let d = try Dataset.load(folder: dir.path)
        guard case .ahp(let judgments) = d.weights else { Issue.record("expected AHP weights"); return }
        #expect { try d.criteriaComparisons(judgments) } throws: { error in
            let message = "\(error)"
            return message.contains("criterion 'climate'") && message.contains("- [climate, ")
        }
    }

    @Test func contradictingJudgmentsNameBothLines() throws {
        let dir = try copyDataset("rafsanjan-sister-cities")
        let file = dir.appendingPathComponent("manifest.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "    - [economy, culture, \"1\"]", with: "    - [economy, culture, \"1\"]\n    - [culture, economy, \"3\"]")
            .write(to: file, atomically: true, encoding: .utf8)
        let d = try Dataset.load(folder: dir.path)
        guard case .ahp(let judgments) = d.weights else { Issue.record("expected AHP weights"); return }
        #expect { try d.criteriaComparisons(judgments) } throws: { error in "\(error)".contains("contradicts line") }
    }
}

import Foundation
import MCDACore
import Testing
@testable import MCDAInput

/// A copy of the flagship dataset whose `weights:` block is replaced by `block` (indented by two
/// spaces under `weights:`); returns the folder and the manifest text.
func datasetWithWeights(_ block: String) throws -> (folder: URL, manifest: String) {
    let dir = try copyDataset("rafsanjan-sister-cities")
    let file = dir.appendingPathComponent("manifest.yaml")
    let text = try String(contentsOf: file, encoding: .utf8)
    guard let start = text.range(of: "weights:\n"), let end = text.range(of: "analysis:\n") else {
        throw InputError.invalid(file: file.path, message: "the flagship manifest has no weights or analysis block")
    }
    let manifest = String(text[..<start.lowerBound]) + "weights:\n" + block + String(text[end.lowerBound...])
    try manifest.write(to: file, atomically: true, encoding: .utf8)
    return (dir, manifest)
}

/// The flagship's criteria in two groups, as in its assumption: identity (copper, pistachio, adobe)
/// three times as important as comparability (population, economy, culture).
let groupedWeights = """
      method: ahp
      hierarchy:
        judgments: [[identity, comparability, "3"]]
        groups:
          identity:
            criteria: [copper, pistachio, adobe]
            judgments: [[copper, pistachio, "1"], [copper, adobe, "2"], [pistachio, adobe, "2"]]
          comparability:
            criteria: [population, economy, culture]
            judgments: [[population, economy, "1"], [economy, culture, "1"]]
      assumption: test grouping

    """

@Suite struct AHPJudgmentsReaderTests {
    /// Expects loading the dataset to fail with a message holding every fragment.
    private func expectLoadError(_ block: String, _ fragments: (String) -> [String], sourceLocation: SourceLocation = #_sourceLocation) throws {
        let (dir, manifest) = try datasetWithWeights(block)
        #expect(sourceLocation: sourceLocation) { try Dataset.load(folder: dir.path) } throws: { error in
            let message = "\(error)"
            let missing = fragments(manifest).filter { !message.contains($0) }
            if !missing.isEmpty { Issue.record("'\(message)' lacks \(missing)", sourceLocation: sourceLocation) }
            return missing.isEmpty
        }
    }

    /// The 1-based number of the first manifest line containing `fragment`.
    private func line(_ fragment: String, _ text: String) -> String {
        let k = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(fragment) } ?? -1
        return "manifest.yaml:\(k + 1):"
    }

    @Test func readsGroupsAndDecisionMakers() throws {
        let (dir, _) = try datasetWithWeights(groupedWeights)
        guard case .ahp(let spec) = try Dataset.load(folder: dir.path).weights,
              case .hierarchy(let top) = spec.structure else { Issue.record("expected an AHP hierarchy"); return }
        #expect(top.name == "goal" && top.memberNames == ["identity", "comparability"] && spec.judgments.isEmpty)
        #expect(spec.assumption == "test grouping")
        guard case .groups(let groups) = top.members else { Issue.record("expected groups"); return }
        #expect(groups[0].memberNames == ["copper", "pistachio", "adobe"] && groups[1].judgments.count == 2)

        let people = """
              method: ahp
              decisionMakers:
                - {name: Ann, weight: 2, judgments: [[copper, pistachio, "1"], [pistachio, adobe, "2"], [adobe, population, "1/2"]]}
                - {name: Bob, judgments: [[population, economy, "1"], [economy, culture, "1"], [culture, copper, "1/3"]]}
              aggregation: aip

            """
        let (dir2, _) = try datasetWithWeights(people)
        guard case .ahp(let spec2) = try Dataset.load(folder: dir2.path).weights,
              case .decisionMakers(let dms, let aggregation) = spec2.structure else { Issue.record("expected decision makers"); return }
        #expect(dms.map(\.name) == ["Ann", "Bob"] && dms.map(\.weight) == [2, 1] && aggregation == .aggregatedPriorities)
        #expect(dms[0].judgments[2].value == 0.5)
    }

    @Test func everyCriterionMustBeInExactlyOneGroup() throws {
        try expectLoadError(groupedWeights.replacingOccurrences(of: "[population, economy, culture]", with: "[population, economy]")
                                .replacingOccurrences(of: ", [economy, culture, \"1\"]", with: "")) { text in
            [self.line("judgments: [[identity", text), "criterion 'culture' is in no group"]
        }
        try expectLoadError(groupedWeights.replacingOccurrences(of: "[population, economy, culture]", with: "[population, economy, culture, copper]")) { text in
            [self.line("[population, economy, culture, copper]", text), "criterion 'copper' is already in group 'identity'"]
        }
        try expectLoadError(groupedWeights.replacingOccurrences(of: "[copper, pistachio, adobe]", with: "[coper, pistachio, adobe]")) { text in
            [self.line("[coper, pistachio", text), "unknown criterion 'coper'", "did you mean 'copper'"]
        }
    }

    @Test func groupJudgmentsAreBetweenTheGroupsMembers() throws {
        try expectLoadError(groupedWeights.replacingOccurrences(of: "[[identity, comparability, \"3\"]]", with: "[[identity, copper, \"3\"]]")) { text in
            [self.line("[[identity, copper", text), "'copper' is not a member of group 'goal'"]
        }
        try expectLoadError(groupedWeights.replacingOccurrences(of: "[population, economy, \"1\"], ", with: "")) { text in
            [self.line("[[economy, culture", text), "'population' of group 'comparability' is in no judgment"]
        }
        try expectLoadError(groupedWeights.replacingOccurrences(of: "comparability:\n", with: "culture:\n")
                                .replacingOccurrences(of: "identity, comparability", with: "identity, culture")) { text in
            [self.line("criteria: [population, economy, culture]", text), "group 'culture' has the name of a criterion"]
        }
        try expectLoadError(groupedWeights.replacingOccurrences(of: "    criteria: [copper, pistachio, adobe]\n", with: "    criteria: [copper, pistachio, adobe]\n        groups: {}\n")) { _ in
            ["group 'identity' has both `criteria:` and `groups:`"]
        }
    }

    @Test func formsAndOptionsAreChecked() throws {
        try expectLoadError(groupedWeights + "  judgments: [[copper, adobe, \"2\"]]\n") { text in
            [self.line("  judgments: [[copper, adobe", text), "give one of `judgments`, `hierarchy` or `decisionMakers`"]
        }
        try expectLoadError(groupedWeights + "  aggregation: aij\n") { text in
            [self.line("aggregation: aij", text), "`aggregation` (aij or aip) applies to `decisionMakers` only"]
        }
        try expectLoadError(groupedWeights + "  priority: eigenvalue\n") { _ in
            ["priority must be one of eigenvector"]
        }
        let people = "  method: ahp\n  decisionMakers:\n    - {name: Ann, judgments: [[copper, pistachio, \"1\"]]}\n    - {name: Ann, weight: -1, judgments: []}\n"
        try expectLoadError(people) { text in [self.line("- {name: Ann, weight", text), "decision maker 'Ann' appears twice"] }
        try expectLoadError(people.replacingOccurrences(of: "name: Ann, weight", with: "name: Bob, weight")) { _ in
            ["the weight of 'Bob' must be positive"]
        }
        try expectLoadError(people.replacingOccurrences(of: "name: Ann, weight: -1", with: "name: Bob")) { _ in
            ["criterion 'adobe' is in no decision maker's judgments"]
        }
    }
}

import Foundation
import MCDACore
@testable import MCDAInput
import Testing

/// ``Dataset/changed(_:)``: alternatives left out and judgments replaced, in the value only.
@Suite struct DatasetChangesTests {
    let dataset: Dataset = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return try! Dataset.load(folder: root.appendingPathComponent("Datasets/rafsanjan-sister-cities").path)
    }()

    @Test func leavingOutAlternativesDropsTheirRows() throws {
        let changed = try dataset.changed(DatasetChanges(exclude: ["siirt", "calama"]))
        #expect(changed.alternatives.count == dataset.alternatives.count - 2)
        #expect(!changed.alternatives.contains { $0.id == "siirt" || $0.id == "calama" })
        let problem = try changed.problem()
        #expect(problem.matrix.rowCount == dataset.alternatives.count - 2)
        let i = try #require(dataset.alternatives.firstIndex { $0.id == "khiva" })
        let k = try #require(problem.matrix.alternatives.firstIndex(of: "khiva"))
        #expect(problem.matrix.values[k * 6 + 1] == dataset.criteria[1].values[i])
    }

    @Test func judgmentsReplaceTheManifestsWeighting() throws {
        let ids = dataset.criteria.map(\.criterion.id)
        let judgments = ids.dropFirst().map { AHPJudgments.Judgment(a: ids[0], b: $0, value: 3) }
        let problem = try dataset.changed(DatasetChanges(judgments: judgments)).problem()
        let w = problem.baseWeights.weights
        #expect(abs(w[0] - 3.0 / 8) < 1e-9, "a star of 3s gives the centre 3/(3+5)")
        #expect(problem.baseWeights.ahp?.consistency.consistencyRatio ?? 1 < 1e-9)
    }

    @Test func badChangesNameTheirKey() {
        for (changes, key) in [(DatasetChanges(exclude: ["atlantis"]), "exclude"),
                               (DatasetChanges(exclude: dataset.alternatives.map(\.id)), "exclude"),
                               (DatasetChanges(judgments: [.init(a: "copper", b: "gold", value: 3)]), "judgments"),
                               (DatasetChanges(judgments: [.init(a: "copper", b: "copper", value: 3)]), "judgments"),
                               (DatasetChanges(judgments: [.init(a: "copper", b: "adobe", value: 12)]), "judgments"),
                               (DatasetChanges(judgments: [.init(a: "copper", b: "adobe", value: 3)]), "judgments")] {
            do {
                _ = try dataset.changed(changes)
                Issue.record("\(changes) was accepted")
            } catch InputError.invalid(let file, _) {
                #expect(file == key)
            } catch {
                Issue.record("\(error)")
            }
        }
    }
}

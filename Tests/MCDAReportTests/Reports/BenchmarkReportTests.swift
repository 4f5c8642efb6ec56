import MCDACore
import MCDAReport
import Testing

@Suite struct BenchmarkReportTests {
    /// TOPSIS and WSM (linear) on perturbations of a matrix with a zero cost value: WSM fails on
    /// every problem.
    static func failingResult() throws -> BenchmarkResult {
        let matrix = try DecisionMatrix(alternatives: ["a", "b", "c"], criteria: [Criterion(id: "x", direction: .benefit), Criterion(id: "y", direction: .cost)],
                                        values: [1, 0, 2, 3, 3, 1])
        let methods = try ["topsis", "wsm", "vikor"].map { BenchmarkMethod(try MethodCatalogue.standard.specification(named: $0)) }
        return try Benchmark.run(try BenchmarkDesign(perturbing: matrix, weights: [0.5, 0.5], spread: 0.1, problems: 20, methods: methods, seed: 1))
    }

    @Test func jsonWritesStatisticsWithoutProblemsAsNullAndCountsFailures() throws {
        let result = try Self.failingResult()
        let text = BenchmarkReport.json(result, context: .init(options: [("v", "0.5")], dataset: "data/x")).serialized(pretty: false)
        #expect(text.hasPrefix("{\"model\":{\"kind\":\"perturbed\",\"dataset\":\"data/x\",\"spread\":0.1,"))
        #expect(text.contains("\"options\":{\"v\":\"0.5\"}"))
        #expect(text.contains("\"seed\":1,\"problems\":20,\"methods\":[\"topsis\",\"wsm\",\"vikor\"],\"results\":["))
        #expect(text.contains("{\"a\":\"topsis\",\"b\":\"wsm\",\"spearman\":{\"mean\":null,\"sd\":null,\"q1\":null,\"median\":null,\"q3\":null}"))
        #expect(text.contains("\"failures\":{\"topsis\":0,\"wsm\":20,\"vikor\":0}"))
    }

    @Test func csvIsOneRecordPerCellAndPairWithEmptyFieldsForMissingStatistics() throws {
        let csv = BenchmarkReport.csv(try Self.failingResult())
        let lines = csv.components(separatedBy: "\r\n")
        #expect(lines.count == 1 + 3 + 1 && lines.last == "")
        // No statistics (15 and the same-winner share), then the failures of topsis and wsm.
        #expect(lines[1].hasPrefix("3,2,topsis,wsm,0" + String(repeating: ",", count: 16) + ",0,20,"))
        #expect(lines[2].hasPrefix("3,2,topsis,vikor,20,"))
        #expect(!lines[2].contains(".0,"))  // numbers as in the JSON: 1, not 1.0
    }

    @Test func textAndHTMLNameTheFailuresAndDrawEveryCell() throws {
        let result = try Self.failingResult()
        let text = BenchmarkReport.text(result, context: .init(dataset: "data/x"))
        #expect(text.contains("wsm failed on 20 of 20 problems (first on problem 1:"))
        #expect(text.contains("Perturbations of data/x"))
        let html = BenchmarkReport.html(result)
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("wsm failed on 20 of 20 problems"))
        // Two heat maps and two box plots (pairs without problems left out of the box plots).
        #expect(html.components(separatedBy: "<svg").count - 1 == 4)
        #expect(html.contains("topsis – vikor") && !html.contains("r_w per pair, 3 alternatives × 2 criteria</figcaption>\n<svg viewBox=\"0 0 720 0"))
    }
}

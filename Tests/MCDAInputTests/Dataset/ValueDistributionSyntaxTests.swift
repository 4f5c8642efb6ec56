import Foundation
import MCDACore
import Testing
@testable import MCDAInput

@Suite struct ValueDistributionSyntaxTests {
    func parsed(_ text: String) -> ValueDistribution? {
        if case .success(let d) = ValueDistributionSyntax.parse(text) { return d }
        return nil
    }

    func message(_ text: String) -> String {
        if case .failure(let m) = ValueDistributionSyntax.parse(text) { return m.text }
        return ""
    }

    @Test func readsEveryForm() {
        #expect(parsed("beta(20, 116)") == .beta(alpha: 20, beta: 116))
        #expect(parsed(" Normal( -1.5 ,0.25 ) ") == .normal(mean: -1.5, sd: 0.25))
        #expect(parsed("lognormal(0.1, 2)") == .logNormal(mu: 0.1, sigma: 2))
        #expect(parsed("log-normal(0.1, 2)") == .logNormal(mu: 0.1, sigma: 2))
        #expect(parsed("uniform(3, 4)") == .uniform(lower: 3, upper: 4))
    }

    @Test func saysWhatIsWrong() {
        #expect(message("beta 20 116").hasPrefix("a distribution is written beta(α, β)"))
        #expect(message("beta(20)") == "beta(…) takes two finite numbers, found 'beta(20)'")
        #expect(message("beta(20, x)") == "beta(…) takes two finite numbers, found 'beta(20, x)'")
        #expect(message("gamma(2, 3)").hasPrefix("unknown distribution 'gamma'"))
        #expect(message("beta(0, 3)") == "beta(0.0, 3.0) needs α > 0 and β > 0, both finite")
        #expect(message("normal(1, -1)") == "normal(1.0, -1.0) needs a finite mean and a finite sd > 0")
    }

    /// A criterion file with per-value distributions: the value defaults to the mean, and the
    /// dataset's data uncertainty becomes per-value distributions, with the criterion-level
    /// `uncertainty: 0.15` of population turned into uniform x(1 ± 0.15) intervals.
    @Test func criterionFileDistributionsReachTheDataUncertainty() throws {
        let dir = try copyDataset("rafsanjan-sister-cities")
        let file = dir.appendingPathComponent("criteria/copper.yaml")
        var text = try String(contentsOf: file, encoding: .utf8)
        text = text.replacingOccurrences(of: "calama: { value: 5,", with: "calama: { distribution: \"uniform(4, 5)\",")
        text = text.replacingOccurrences(of: "siirt: { value: 2,", with: "siirt: { value: 2, distribution: \"normal(2, 0.5)\",")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let d = try Dataset.load(folder: dir.path)
        let copper = try #require(d.criteria.first { $0.criterion.id == "copper" })
        let calama = try #require(d.alternatives.firstIndex { $0.id == "calama" })
        #expect(copper.values[calama] == 4.5 && copper.distributions[calama] == .uniform(lower: 4, upper: 5))
        let (matrix, _) = try d.decisionMatrix()
        guard case .distributions(let cells) = d.dataUncertainty(for: matrix) else { Issue.record("expected distributions"); return }
        let n = matrix.columnCount
        let j = try #require(matrix.criteria.firstIndex { $0.id == "copper" })
        let p = try #require(matrix.criteria.firstIndex { $0.id == "population" })
        let i = try #require(matrix.alternatives.firstIndex(of: "siirt"))
        #expect(cells[i * n + j] == .normal(mean: 2, sd: 0.5))
        let x = matrix[i, p]
        #expect(cells[i * n + p] == .uniform(lower: 0.85 * x, upper: 1.15 * x))
        #expect(cells.filter { $0 == .exact }.count == matrix.rowCount * (n - 1) - 2)
        try d.dataUncertainty(for: matrix).validate(for: matrix)
    }

    @Test func badDistributionIsReportedWithItsLine() throws {
        let dir = try copyDataset("rafsanjan-sister-cities")
        let file = dir.appendingPathComponent("criteria/copper.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "calama: { value: 5,", with: "calama: { value: 5, distribution: \"beta(5, -1)\",")
            .write(to: file, atomically: true, encoding: .utf8)
        #expect { try Dataset.load(folder: dir.path) } throws: { error in
            "\(error)".contains("copper.yaml:") && "\(error)".contains("beta(5.0, -1.0) needs α > 0 and β > 0")
        }
    }

    @Test func withoutDistributionsTheRelativeModelStays() throws {
        let d = try Dataset.load(folder: datasetPath("rafsanjan-sister-cities"))
        let (matrix, _) = try d.decisionMatrix()
        guard case .relative(let p) = d.dataUncertainty(for: matrix) else { Issue.record("expected relative"); return }
        #expect(p.filter { $0 > 0 } == [0.15])
    }
}

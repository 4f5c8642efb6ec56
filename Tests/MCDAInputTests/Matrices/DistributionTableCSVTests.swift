import MCDACore
import Testing
@testable import MCDAInput

@Suite struct DistributionTableCSVTests {
    static let matrix = try! DecisionMatrix(
        alternatives: ["Heparin", "Enoxaparin"],
        criteria: [Criterion(id: "proxDVT", direction: .cost), Criterion(id: "bleed", direction: .cost)],
        values: [0.147, 0.007, 0.062, 0.039])

    /// Cells in row-major order; empty and `exact` cells keep the matrix's value.
    @Test func readsOneDistributionPerValue() throws {
        let table = try CSVTable(text: "alternative,proxDVT,bleed\nHeparin,\"beta(20, 116)\",\"beta(1, 135)\"\nEnoxaparin,,exact\n",
                                 file: "d.csv")
        let u = try DistributionTableCSV.read(table, for: Self.matrix)
        guard case .distributions(let cells) = u else { Issue.record("not per-value distributions: \(u)"); return }
        #expect(cells == [.beta(alpha: 20, beta: 116), .beta(alpha: 1, beta: 135), .exact, .exact])
    }

    @Test func problemsNameTheLineAlternativeAndCriterion() throws {
        let cases: [(String, String)] = [
            ("alternative,proxDVT\nHeparin,\nEnoxaparin,\n", "d.csv:1: expected 3 fields, found 2"),
            ("alternative,proxDVT,bleed\nHeparin,,\"gamma(1, 2)\"\nEnoxaparin,,\n", "d.csv:2: Heparin, bleed: unknown distribution 'gamma'"),
            ("alternative,proxDVT,bleed\nHeparin,,\nEnoxaparin,\"normal(0, -1)\",\n", "d.csv:3: Enoxaparin, proxDVT: normal"),
            ("alternative,proxDVT,bleed\n", "d.csv: 0 rows of alternatives; the matrix has 2"),
        ]
        for (text, message) in cases {
            #expect {
                try DistributionTableCSV.read(CSVTable(text: text, file: "d.csv"), for: Self.matrix)
            } throws: { "\($0)".contains(message) }
        }
    }
}

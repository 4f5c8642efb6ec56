import MCDACore
import MCDAReport
import Testing
import _TestSupport

@Suite struct AnalysisReportCSVTests {
    /// Four towns over three criteria, one named with a comma and one with a quote, and a display
    /// column.
    static func analysis() throws -> (DecisionAnalysis, ProblemDescription) {
        let matrix = try DecisionMatrix(alternatives: ["north", "south", "east", "west"],
                                        criteria: [Criterion(id: "copper", direction: .benefit), Criterion(id: "pistachio", direction: .benefit),
                                                   Criterion(id: "population", direction: .cost)],
                                        values: [4, 3, 120, 2, 5, 80, 3, 3, 60, 5, 1, 200])
        var options = DecisionAnalysisOptions()
        options.samples = 500
        options.threads = 1
        let analysis = try DecisionAnalysis(matrix: matrix, weighting: .given([0.5, 0.3, 0.2]), options: options)
        var description = ProblemDescription(matrix: matrix)
        description.alternativeNames = ["Northton", "Southby, Old Town", "The \"East\"", "Westford"]
        description.attributes = [("country", ["Atlantis", "Atlantis", "Lemuria", "Lemuria"])]
        return (analysis, description)
    }

    @Test func oneRowPerAlternativeWithTheJSONsNumbers() throws {
        let (a, description) = try Self.analysis()
        let records = try RFC4180.records(AnalysisReport.csv(a, description: description))
        let methods = a.comparison.outcomes.map(\.method.name)
        #expect(records[0] == ["id", "name", "country"] + methods.flatMap { ["\($0).score", "\($0).rank"] }
                + ["firstShare", "topKShare", "expectedRank", "verdict"])
        #expect(records.count == 5 && records.allSatisfy { $0.count == records[0].count })
        #expect(records[1...].map { $0[1] } == description.alternativeNames)
        #expect(records[1...].map { $0[2] } == ["Atlantis", "Atlantis", "Lemuria", "Lemuria"])

        let json = try ExactJSON.parse(AnalysisReport.json(a, description: description).serialized())
        let verdicts = try #require(json["verdicts"]?.array)
        for (row, record) in records.dropFirst().enumerated() {
            #expect(record[0] == a.matrix.alternatives[row])
            for method in methods {
                let column = try #require(records[0].firstIndex(of: "\(method).score"))
                #expect(Double(record[column]) == json["rankings"]?[method]?["scores"]?.numbers?[row])
                #expect(Double(record[column + 1]) == json["rankings"]?[method]?["ranks"]?.numbers?[row])
            }
            let v = verdicts[row], last = records[0].count - 1
            #expect(v["id"]?.string == record[0])
            #expect(Double(record[last - 3]) == v["firstShare"]?.double)
            #expect(Double(record[last - 2]) == v["topKShare"]?.double)
            #expect(Double(record[last - 1]) == v["expectedRank"]?.double)
            #expect(record[last] == v["verdict"]?.string)
        }
    }

    /// Every number of the CSV is a number of the JSON, digit for digit.
    @Test func numbersAreTheJSONsText() throws {
        let (a, description) = try Self.analysis()
        let records = try RFC4180.records(AnalysisReport.csv(a, description: description))
        let json = AnalysisReport.json(a, description: description).serialized(pretty: false)
        let tokens = Set(json.split(whereSeparator: { "[]{},:".contains($0) }).map(String.init))
        let numbers = records.dropFirst().flatMap { $0.dropFirst(3).dropLast() }
        #expect(numbers.count == 4 * (2 * a.comparison.outcomes.count + 3))
        for field in numbers { #expect(Double(field) != nil && tokens.contains(field), "\(field)") }
    }
}

import Foundation
@testable import mcda
import MCDACore
import Testing

/// A method added to the catalogue alone: no command, report or switch knows it, yet `rank`,
/// `smaa` and `analyze` run it.
///
/// The toy method scores each alternative by its value on the criterion with the largest weight
/// (a lexicographic "dictator" rule), cost criteria negated; larger is better. Its one parameter,
/// `offset`, is added to every score.
struct DictatorMethod: CatalogueMethod {
    struct Result: RankingResult {
        let scores: [Double]
        var scoreOrder: Ranking.Order { .descending }
        let settings: [(String, String)]
    }

    static let name = "dictator"
    static let summary = "the value on the most important criterion (a test method); larger is better"
    static let offsetParameter = MethodParameter.number("offset", summary: "added to every score", default: 0)
    static let parameters = [offsetParameter]
    static let order = Ranking.Order.descending

    var offset: Double

    init(parameters: MethodParameters) throws { offset = try parameters.number(Self.offsetParameter) }

    func evaluate(_ matrix: DecisionMatrix, weights: [Double]) throws -> Result {
        let x = try prepare(matrix, weights: weights)
        let j = weights.indices.max { weights[$0] < weights[$1] } ?? 0
        let sign: Double = x.criteria[j].isBenefit ? 1 : -1
        let scores = (0..<x.rowCount).map { sign * x.values[$0 * x.columnCount + j] + offset }
        return Result(scores: scores, settings: [("offset", "\(offset)")])
    }
}

@Suite(.serialized) struct CatalogueExtensionTests {
    static let catalogue = MethodCatalogue.standard.adding(DictatorMethod.self)

    /// Runs `arguments` in process with the toy method in the catalogue; returns the file it wrote.
    func run(_ arguments: [String]) throws -> Data {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("catalogue-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: out) }
        try ActiveCatalogue.$current.withValue(Self.catalogue) {
            var command = try MCDACommand.parseAsRoot(arguments + ["--format", "json", "-o", out.path])
            try command.run()
        }
        return try Data(contentsOf: out)
    }

    func object(_ data: Data) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func rankRunsTheToyMethodWithItsParameter() throws {
        let json = try object(run(["rank", Binary.packageRoot.appendingPathComponent("Datasets/examples/fighter-aircraft.csv").path, "--method", "dictator",
                                   "--weights=0.2,0.1,0.1,0.1,0.2,0.3", "--param", "offset=1"]))
        // The last column (maneuverability, weight 0.3) decides: 9, 5, 7, 5 in the file, plus the offset.
        let scores = try #require(json["scores"] as? [Double])
        let ranks = try #require(json["ranks"] as? [Double])
        #expect(scores == [9.0, 5, 7, 5].map { $0 + 1 })
        #expect(ranks == [1, 3.5, 2, 3.5])
        #expect(json["method"] as? String == "dictator")
    }

    @Test func smaaRunsTheToyMethodThroughTheGenericKernel() throws {
        let json = try object(run(["smaa", Binary.packageRoot.appendingPathComponent("Datasets/examples/fighter-aircraft.csv").path, "--method", "dictator",
                                   "--samples", "2000", "--seed", "3"]))
        let acceptability = try #require(json["rankAcceptability"] as? [[Double]])
        // Each first-rank share is a probability and they sum to 1 (ties split).
        let first = acceptability.map { $0[0] }
        #expect(abs(first.reduce(0, +) - 1) < 1e-12)
        #expect(first.allSatisfy { $0 >= 0 && $0 <= 1 })
    }

    @Test func analyzeListsTheToyMethodBesideTheOthers() throws {
        let json = try object(run(["analyze", Binary.packageRoot.appendingPathComponent("Datasets/rafsanjan-sister-cities").path, "--methods=topsis,dictator",
                                   "--samples", "500"]))
        let rankings = try #require(json["rankings"] as? [String: Any])
        #expect(Set(rankings.keys) == ["topsis", "dictator"])
        let dictator = try #require(rankings["dictator"] as? [String: Any])
        #expect((dictator["ranks"] as? [Double])?.count == 14)
    }

    @Test func theHelpListsTheToyMethod() throws {
        let help = ActiveCatalogue.$current.withValue(Self.catalogue) { RankCommand.helpMessage() }
        #expect(help.contains("dictator: the value on the most important criterion"))
        #expect(help.contains("offset (0.0)"))
    }
}

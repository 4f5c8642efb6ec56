import Foundation

/// A file under `Tests/Fixtures/` (reference cases produced by other libraries, with their
/// provenance), read by path so that no test target needs resources.
public func fixtureURL(_ relativePath: String) -> URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures").appendingPathComponent(relativePath)
}

/// One reference case of a ranking method, as `Tests/Fixtures/pymcdm/<method>.json` holds them:
/// the problem, the method's options, and the expected scores and ranks.
public struct RankingFixtureCase: Decodable, Sendable {
    /// Where the numbers come from ("pymcdm 1.4.0 ARAS()(matrix, weights, types), seed 3").
    public let provenance: String
    public let matrix: [[Double]]
    public let weights: [Double]
    /// +1 benefit, −1 cost (pymcdm's `types`).
    public let types: [Int]
    /// Method options as command-line text, by parameter name (`"normalization": "minmax"`).
    public let options: [String: String]
    public let scores: [Double]
    public let ranks: [Double]
}

/// The cases of one method's fixture file.
public func rankingFixtures(_ method: String) throws -> [RankingFixtureCase] {
    let data = try Data(contentsOf: fixtureURL("pymcdm/\(method).json"))
    return try JSONDecoder().decode([RankingFixtureCase].self, from: data)
}

/// One reference case of an objective weighting method, as `Tests/Fixtures/pymcdm/weights/<method>.json`
/// holds them (written by `generate_weights.py`).
public struct WeightingFixtureCase: Decodable, Sendable {
    /// Where the numbers come from ("pymcdm 1.4.0 weights.merec_weights(matrix, types), numpy default_rng(1001)").
    public let provenance: String
    public let matrix: [[Double]]
    /// +1 benefit, −1 cost (pymcdm's `types`).
    public let types: [Int]
    public let weights: [Double]
}

/// The cases of one weighting method's fixture file.
public func weightingFixtures(_ method: String) throws -> [WeightingFixtureCase] {
    let data = try Data(contentsOf: fixtureURL("pymcdm/weights/\(method).json"))
    return try JSONDecoder().decode([WeightingFixtureCase].self, from: data)
}

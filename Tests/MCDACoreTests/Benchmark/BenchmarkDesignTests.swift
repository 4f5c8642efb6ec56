import MCDACore
import Testing

/// TOPSIS and VIKOR with their defaults, for designs in tests.
func benchmarkMethods(_ names: [String] = ["topsis", "vikor"]) throws -> [BenchmarkMethod] {
    try names.map { BenchmarkMethod(try MethodCatalogue.standard.specification(named: $0)) }
}

@Suite struct BenchmarkDesignTests {
    @Test func cellsRunAlternativesOuterAndPairsInListOrder() throws {
        let d = try BenchmarkDesign(alternatives: [5, 10], criteria: [3, 8], problems: 10,
                                    methods: try benchmarkMethods(["topsis", "vikor", "wsm"]), seed: 1)
        #expect(d.cells.map { [$0.alternatives, $0.criteria] } == [[5, 3], [5, 8], [10, 3], [10, 8]])
        #expect(d.pairs.map { [$0.a, $0.b] } == [[0, 1], [0, 2], [1, 2]])
        #expect(d.costShare == 0.5)
    }

    @Test func invalidDesignsAreRefusedWithTheirName() throws {
        let methods = try benchmarkMethods()
        func name(_ make: () throws -> BenchmarkDesign) -> String? {
            do { _ = try make(); return nil } catch let MCDAError.invalidParameter(name, _, _) { return name } catch { return "\(error)" }
        }
        #expect(name { try BenchmarkDesign(alternatives: [1], criteria: [3], problems: 10, methods: methods, seed: 1) } == "alternatives")
        #expect(name { try BenchmarkDesign(alternatives: [], criteria: [3], problems: 10, methods: methods, seed: 1) } == "alternatives")
        #expect(name { try BenchmarkDesign(alternatives: [5], criteria: [0], problems: 10, methods: methods, seed: 1) } == "criteria")
        #expect(name { try BenchmarkDesign(alternatives: [5], criteria: [3], problems: 0, methods: methods, seed: 1) } == "problems")
        #expect(name { try BenchmarkDesign(alternatives: [5], criteria: [3], problems: 10, methods: Array(methods.prefix(1)), seed: 1) } == "methods")
        #expect(name { try BenchmarkDesign(alternatives: [5], criteria: [3], problems: 10, methods: methods + methods.prefix(1), seed: 1) } == "methods")
        #expect(name { try BenchmarkDesign(alternatives: [5], criteria: [3], problems: 10, methods: methods, costShare: 1.5, seed: 1) } == "cost share")
        #expect(name { try BenchmarkDesign(alternatives: [5], criteria: [3], problems: 10, methods: methods, seed: 1, threads: 0) } == "threads")
        let x = try DecisionMatrix(alternatives: ["a", "b"], criteria: [Criterion(id: "c", direction: .benefit)], values: [1, 2])
        #expect(name { try BenchmarkDesign(perturbing: x, weights: [1], spread: 1, problems: 5, methods: methods, seed: 1) } == "spread")
    }

    @Test func normalisationVariantsAreLabelledByNormalisation() throws {
        let variants = try BenchmarkMethod.normalizations([.vector, .minMax, .sum], of: TOPSIS.self)
        #expect(variants.map(\.label) == ["vector", "minmax", "sum"])
        let spec = try variants[1].specification(criteria: 4)
        #expect((spec.method as? TOPSIS)?.normalization == .minMax)
        #expect(throws: MCDAError.self) { try BenchmarkMethod.normalizations([.vector, .sum], of: PROMETHEE.self) }
        #expect(throws: MCDAError.self) { try BenchmarkMethod.normalizations([.vector], of: TOPSIS.self) }
        #expect(throws: MCDAError.self) { try BenchmarkMethod.normalizations([.vector, .vector], of: TOPSIS.self) }
    }
}

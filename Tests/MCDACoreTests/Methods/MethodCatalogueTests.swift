import MCDACore
import Testing
import _TestSupport

@Suite struct MethodCatalogueTests {
    @Test func everyMethodIsDescribedOnceAndBuildsWithItsDefaults() throws {
        let catalogue = MethodCatalogue.standard
        #expect(Set(catalogue.names).count == catalogue.names.count)
        for name in ["topsis", "wsm", "wpm", "waspas", "vikor", "promethee-ii"] { #expect(catalogue.names.contains(name)) }
        for name in catalogue.names {
            let spec = try catalogue.specification(named: name)
            #expect(spec.name == name && spec.method.identifier == name)
        }
        #expect(try catalogue.method(named: "vikor").order == .ascending)
        #expect(try catalogue.method(named: "topsis").order == .descending)
    }

    @Test func unknownNamesAndInvalidValuesAreClearErrors() {
        #expect(throws: MethodCatalogueError.unknownMethod(name: "topsys", choices: MethodCatalogue.standard.names)) {
            try MethodCatalogue.standard.specification(named: "topsys")
        }
        var p = MethodParameters()
        p["v"] = .number(0.6)
        p["normalization"] = .normalization(.max)   // VIKOR does not take it: ignored, not an error
        let vikor = try? MethodCatalogue.standard.specification(named: "vikor", parameters: p)
        #expect((vikor?.method as? VIKOR)?.v == 0.6)
        #expect(throws: MethodCatalogueError.self) { try VIKOR.vParameter.parse("1.5") }
        #expect(throws: MethodCatalogueError.self) { try MethodParameter.distance.parse("taxicab") }
    }

    /// Each method's kernel for simulations scores like the method itself (dedicated kernels for
    /// TOPSIS, WSM and PROMETHEE II; the generic one for the others) on seeded random problems.
    @Test func kernelsAgreeWithTheMethods() throws {
        var rng = TestRNG(seed: 11)
        for _ in 0..<20 {
            let m = Int.random(in: 2...9, using: &rng), n = Int.random(in: 2...5, using: &rng)
            let criteria = (0..<n).map { Criterion(id: "c\($0)", direction: Bool.random(using: &rng) ? .benefit : .cost) }
            let matrix = try DecisionMatrix(alternatives: (0..<m).map { "a\($0)" }, criteria: criteria,
                                            values: (0..<(m * n)).map { _ in Double.random(in: 1...100, using: &rng) })
            let raw = (0..<n).map { _ in Double.random(in: 0.05...1, using: &rng) }
            let w = raw.map { $0 / raw.reduce(0, +) }
            for name in ["topsis", "wsm", "wpm", "waspas", "vikor", "promethee-ii"] {
                let spec = try MethodCatalogue.standard.specification(named: name)
                let direct = try spec.evaluate(matrix, weights: w).rankingScores
                let kernel = try spec.scoring(for: matrix).scores(weights: w)
                #expect(allClose(direct, kernel, tolerance: 1e-12), "\(name)")
            }
        }
    }

    @Test func parametersAreOverriddenInOnePlace() {
        var manifest = MethodParameters(), commandLine = MethodParameters()
        manifest["normalization"] = .normalization(.vector)
        manifest["v"] = .number(0.3)
        commandLine["normalization"] = .normalization(.max)
        let merged = manifest.overridden(by: commandLine)
        #expect(merged["normalization"] == .normalization(.max) && merged["v"] == .number(0.3))
        #expect(merged.restricted(to: WeightedSum.parameters).names == ["normalization"])
    }

    @Test func listParametersKeepTheirOrderAndRefuseJunk() throws {
        #expect(try MethodParameter.ranges("bounds", summary: "").parse("0:10, 5:1,3") == .ranges([ValueRange(0, 10), ValueRange(5, 1), ValueRange(3, 3)]))
        #expect(try MethodParameter.numbers("esp", summary: "").parse("1,2.5") == .numbers([1, 2.5]))
        #expect(throws: MethodCatalogueError.self) { try MethodParameter.numbers("esp", summary: "").parse("1,x") }
        #expect(throws: MethodCatalogueError.self) { try MethodParameter.ranges("bounds", summary: "").parse("1:2:3") }
    }
}

import MCDACore
import Testing

@Suite struct MethodParameterTests {
    /// A choice is parsed, stored and shown by its name (help prints "copras-formula (pymcdm)",
    /// not "0.0"); the index of a choice still reads as that choice; anything else is refused.
    @Test func choicesAreNames() throws {
        let p = MethodParameter.choice("formula", summary: "which formula", choices: ["pymcdm", "paper"], default: "pymcdm")
        #expect(p.defaultValue?.description == "pymcdm" && p.expected == "pymcdm or paper")
        #expect(try p.parse("paper") == .choice("paper"))
        #expect(try p.parse("1") == .choice("paper") && p.parse("0") == .choice("pymcdm"))
        #expect(throws: MethodCatalogueError.self) { try p.parse("papr") }
        #expect(throws: MethodCatalogueError.self) { try p.parse("2") }
    }

    /// COPRAS, PROBID and sPROBID read their formula choice by name, and their defaults show as names.
    @Test func formulaParametersOfTheCatalogue() throws {
        for (method, parameter) in [("copras", "copras-formula"), ("probid", "probid-formula"), ("sprobid", "sprobid-formula")] {
            let type = try MethodCatalogue.standard.method(named: method)
            let description = try #require(type.parameters.first { $0.name == parameter })
            #expect(description.defaultValue?.description == "pymcdm", "\(method)")
            var values = MethodParameters()
            values[parameter] = try description.parse("paper")
            _ = try type.init(parameters: values)
        }
        var values = MethodParameters()
        values["copras-formula"] = try COPRAS.formulaParameter.parse("paper")
        #expect(try COPRAS(parameters: values).formula == .paper)
        #expect(try COPRAS(parameters: MethodParameters()).formula == .pymcdm)
    }
}

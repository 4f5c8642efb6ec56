/// Every ranking method the tool offers, each described once (``CatalogueMethod``): its name,
/// parameters and defaults, evaluation, score order and scoring kernel. The commands, their help
/// and the manifest reader all look methods up here.
///
/// Adding a method is one new file (the method and its ``CatalogueMethod`` conformance) and one
/// line in ``standard``; see <doc:AddingAMethod>.
///
/// Example:
/// ```swift
/// let catalogue = MethodCatalogue.standard
/// catalogue.names                          // ["topsis", "wsm", "wpm", "waspas", "vikor", "promethee-ii"]
/// let spec = try catalogue.specification(named: "topsis")
/// ```
public struct MethodCatalogue: Sendable {
    /// The methods, in the order help texts list them.
    public let methods: [any CatalogueMethod.Type]

    /// A catalogue of `methods` (names must be unique).
    public init(_ methods: [any CatalogueMethod.Type]) {
        precondition(Set(methods.map { $0.name }).count == methods.count, "method names must be unique")
        self.methods = methods
    }

    /// The methods of this package.
    public static let standard = MethodCatalogue([
        TOPSIS.self,
        WeightedSum.self,
        WeightedProduct.self,
        WASPAS.self,
        VIKOR.self,
        PROMETHEE.self,
        // Methods of pymcdm 1.4.0, group 1 (one line each).
        MOORA.self,
        ARAS.self,
        COPRAS.self,
        EDAS.self,
        MABAC.self,
        MAIRCA.self,
        CODAS.self,
        CoCoSo.self,
        MARCOS.self,
        OCRA.self,
        // Methods of pymcdm 1.4.0, group 2 (one line each).
        SPOTIS.self,
        RIM.self,
        RAM.self,
        PROBID.self,
        SPROBID.self,
        ERVD.self,
        RAFSI.self,
        AROMAN.self,
        LMAW.self,
        // Beyond pymcdm.
        MULTIMOORA.self,
        ELECTREIII.self,
    ])

    /// The methods a multi-method run uses when none are chosen.
    public static let defaultNames = ["topsis", "wsm", "vikor", "promethee-ii"]

    /// This catalogue with one more method (replacing one of the same name).
    public func adding(_ method: any CatalogueMethod.Type) -> MethodCatalogue {
        MethodCatalogue(methods.filter { $0.name != method.name } + [method])
    }

    /// The names, in catalogue order.
    public var names: [String] { methods.map { $0.name } }

    /// The method called `name`.
    /// - Throws: ``MethodCatalogueError/unknownMethod(name:choices:)``.
    public func method(named name: String) throws -> any CatalogueMethod.Type {
        guard let m = methods.first(where: { $0.name == name }) else {
            throw MethodCatalogueError.unknownMethod(name: name, choices: names)
        }
        return m
    }

    /// The method called `name`, configured with the values of `parameters` it takes (the others
    /// are ignored, so one set of values can serve several methods).
    /// - Throws: ``MethodCatalogueError`` for an unknown name or an invalid value.
    public func specification(named name: String, parameters: MethodParameters = MethodParameters()) throws -> MethodSpecification {
        let type = try method(named: name)
        return MethodSpecification(any: try type.init(parameters: parameters.restricted(to: type.parameters)))
    }

    /// Every parameter some method takes, by name, in catalogue order (the first description of a
    /// shared name).
    public var parameters: [MethodParameter] {
        var seen = Set<String>()
        return methods.flatMap { $0.parameters }.filter { seen.insert($0.name).inserted }
    }

    /// The names of the methods that take the parameter called `name`.
    public func methods(taking name: String) -> [String] {
        methods.filter { $0.parameters.contains { $0.name == name } }.map { $0.name }
    }
}

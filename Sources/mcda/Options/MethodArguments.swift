import ArgumentParser
import MCDACore
import MCDAInput

/// The method catalogue the commands read: ``MethodCatalogue/standard``, or another one bound for
/// a task (a test adding a toy method runs the commands inside `ActiveCatalogue.$current.withValue`).
enum ActiveCatalogue {
    @TaskLocal static var current = MethodCatalogue.standard
}

/// A method named on the command line, checked against the catalogue when parsed.
struct MethodName: ExpressibleByArgument {
    let type: any CatalogueMethod.Type

    init?(argument: String) {
        guard let type = try? ActiveCatalogue.current.method(named: String(argument.filter { $0 != " " && $0 != "\t" })) else { return nil }
        self.type = type
    }

    init(_ type: any CatalogueMethod.Type) { self.type = type }

    static var allValueStrings: [String] { ActiveCatalogue.current.names }
    var defaultValueDescription: String { type.name }
}

/// A comma-separated list of methods (`--methods=topsis,vikor`), spaces around names allowed,
/// each name once.
struct MethodList: ExpressibleByArgument {
    let types: [any CatalogueMethod.Type]

    init?(argument: String) {
        var types: [any CatalogueMethod.Type] = []
        for part in argument.split(separator: ",", omittingEmptySubsequences: false) {
            guard let m = MethodName(argument: String(part)), !types.contains(where: { $0.name == m.type.name }) else { return nil }
            types.append(m.type)
        }
        self.types = types
    }

    static var allValueStrings: [String] { ActiveCatalogue.current.names }
}

/// `--weights`: numbers (one per criterion, `--weights=0.2,0.3,0.5`) or a weighting's name
/// (`--weights entropy`): a name is one of ``WeightingChoice``, anything else must be numbers.
extension WeightsOverride: ExpressibleByArgument {
    public init?(argument: String) {
        if let choice = WeightingChoice(rawValue: String(argument.filter { $0 != " " && $0 != "\t" })) {
            self = .named(choice)
        } else if let values = try? ListParsing.numbers(argument, option: "weights") {
            self = .values(values)
        } else {
            return nil
        }
    }
}

extension MissingValuePolicy: ExpressibleByArgument {}

/// The options of the catalogue's method parameters, shared by `rank`, `compare`, `smaa`,
/// `sensitivity` and `analyze`. A value given reaches every method that takes the parameter; for a
/// single-method command, a value its method does not take is a usage error.
struct MethodParameterOptions: ParsableArguments {
    @Option(help: "Normalisation for the methods that take one (topsis: vector, wsm: linear, wpm: none; a dataset's default is vector).")
    var normalization: Normalization?

    @Option(help: "TOPSIS distance (default euclidean).")
    var distance: TOPSIS.Distance?

    @Option(name: .customLong("v"), help: "VIKOR weight of the group-utility strategy, 0…1 (default 0.5).")
    var v: Double?

    @Option(help: "WASPAS weight of the weighted sum, 0…1 (default 0.5).")
    var lambda: Double?

    @Option(help: "PROMETHEE preference function for every criterion (default usual, or a dataset's criterion files).")
    var preference: PreferenceFunction.Kind?

    @Option(name: .customLong("q"), help: "PROMETHEE indifference thresholds (u-shape, level, linear): one per criterion, or one for all.")
    var q: String?

    @Option(name: .customLong("p"), help: "PROMETHEE preference thresholds (v-shape, level, linear): one per criterion, or one for all.")
    var p: String?

    @Option(name: .customLong("s"), help: "PROMETHEE Gaussian parameters s > 0: one per criterion, or one for all.")
    var s: String?

    func validate() throws {
        for (name, value) in [("--v", v), ("--lambda", lambda)] {
            if let value, !(value >= 0 && value <= 1) { throw ValidationError("\(name) must be between 0 and 1, got \(value)") }
        }
        let kind = preference ?? .usual
        for (name, given, used) in [("--q", q != nil, kind.usesQ), ("--p", p != nil, kind.usesP), ("--s", s != nil, kind.usesS)]
        where given && !used {
            throw ValidationError("\(name) is not a parameter of the \(kind.rawValue) preference function")
        }
    }

    /// The parameters given, by name.
    var parameters: MethodParameters {
        var p = MethodParameters()
        if let normalization { p["normalization"] = .normalization(normalization) }
        if let distance { p[MethodParameter.distance.name] = .distance(distance) }
        if let v { p[VIKOR.vParameter.name] = .number(v) }
        if let lambda { p[WASPAS.lambdaParameter.name] = .number(lambda) }
        return p
    }

    /// The preference functions given (`--preference`, `--q`, `--p`, `--s`), if any.
    func preferenceOverride() throws -> PreferenceOverride? {
        guard preference != nil || q != nil || p != nil || s != nil else { return nil }
        return PreferenceOverride(kind: preference ?? .usual, q: try q.map { try ListParsing.numbers($0, option: "q") },
                                  p: try p.map { try ListParsing.numbers($0, option: "p") },
                                  s: try s.map { try ListParsing.numbers($0, option: "s") })
    }

    /// The names of the parameters given (`preference` for any of the PROMETHEE options).
    var givenNames: [String] {
        parameters.names + (preference != nil || q != nil || p != nil || s != nil ? [MethodParameter.preferenceFunctions.name] : [])
    }

    /// A usage error when `method` does not take a parameter given (it would be ignored in silence).
    func check(for method: any CatalogueMethod.Type) throws {
        let takes = method.parameters.map(\.name)
        for name in givenNames where !takes.contains(name) {
            let option = name == MethodParameter.preferenceFunctions.name ? "--preference, --q, --p and --s" : "--\(name)"
            let others = ActiveCatalogue.current.methods(taking: name)
            let list = others.count <= 2 ? others.joined(separator: " or ") : others.dropLast().joined(separator: ", ") + " or " + (others.last ?? "")
            throw ValidationError("\(option) applies only to --method \(list) (\(method.name) does not take it)")
        }
    }

    /// The overrides these options make.
    func apply(to overrides: inout ProblemOverrides) throws {
        overrides.parameters = parameters
        overrides.preference = try preferenceOverride()
    }
}

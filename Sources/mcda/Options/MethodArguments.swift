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

extension WeightsOverride {
    /// `--weights`: numbers (one per criterion, `--weights=0.2,0.3,0.5`) or a weighting's name
    /// (`--weights entropy`): a name is one of ``WeightingChoice``, anything else must be numbers.
    /// - Throws: a usage error saying which part is neither.
    static func parse(_ argument: String) throws -> WeightsOverride {
        if let choice = WeightingChoice(rawValue: String(argument.filter { $0 != " " && $0 != "\t" })) { return .named(choice) }
        do { return .values(try ListParsing.numbers(argument, option: "weights")) } catch {
            let names = WeightingChoice.allCases.map(\.rawValue).joined(separator: ", ")
            let first = argument.split(separator: ",").first.map(String.init) ?? argument
            if Double(first) == nil && !first.contains("/") {
                throw ValidationError("unknown weighting '\(argument)'; give one of \(names), or numbers (--weights=w1,w2,…)")
            }
            throw ValidationError("\(error); give numbers, one per criterion (--weights=w1,w2,…), or one of \(names)")
        }
    }
}

extension MissingValuePolicy: ExpressibleByArgument {}

/// The options of the catalogue's method parameters, shared by `rank`, `compare`, `smaa`,
/// `sensitivity` and `analyze`. A value given reaches every method that takes the parameter; for a
/// single-method command, a value its method does not take is a usage error. Every value is checked
/// against the parameter's description in the catalogue (``MethodParameter``).
struct MethodParameterOptions: ParsableArguments {
    @Option(help: "Normalisation for the methods that take one (topsis: vector, wsm: linear, wpm: none; a dataset's default is vector).")
    var normalization: Normalization?

    @Option(help: "TOPSIS distance (default euclidean).")
    var distance: TOPSIS.Distance?

    @Option(name: .customLong("v"), help: "VIKOR weight of the group-utility strategy, 0…1 (default 0.5).")
    var v: Double?

    @Option(help: "λ of the methods that take one (WASPAS: weight of the weighted sum, 0…1, default 0.5).")
    var lambda: Double?

    @Option(help: "β of the methods that take one.")
    var beta: Double?

    @Option(help: ArgumentHelp("Bounds of each criterion, lo:hi comma-separated (--bounds=0:10,1:5,…).", valueName: "bounds"))
    var bounds: String?

    @Option(help: ArgumentHelp("Expected solution point, one value per criterion (--esp=v1,…).", valueName: "values"))
    var esp: String?

    @Option(help: ArgumentHelp("Reference point, one value per criterion (--reference=v1,…).", valueName: "values"))
    var reference: String?

    @Option(help: ArgumentHelp("Reference ideal of each criterion, c:d comma-separated (v:v for one value).", valueName: "intervals"))
    var referenceIdeal: String?

    @Option(help: ArgumentHelp("Ideal point, one value per criterion (--ideal=v1,…).", valueName: "values"))
    var ideal: String?

    @Option(help: ArgumentHelp("Anti-ideal point, one value per criterion (--anti-ideal=v1,…).", valueName: "values"))
    var antiIdeal: String?

    @Option(help: ArgumentHelp("ELECTRE III indifference thresholds q, one per criterion (default 0).", valueName: "values"))
    var indifference: String?

    @Option(name: .customLong("preference-threshold"),
            help: ArgumentHelp("ELECTRE III preference thresholds p ≥ q, one per criterion (default 0).", valueName: "values"))
    var preferenceThreshold: String?

    @Option(help: ArgumentHelp("ELECTRE III veto thresholds v ≥ p, one per criterion (default: no veto).", valueName: "values"))
    var veto: String?

    @Option(help: ArgumentHelp("MULTIMOORA: weights in the full multiplicative form, exponents (default) or values (multiplied into the normalised values).", valueName: "exponents|values"))
    var multiplicative: String?

    @Option(name: .customLong("param"), help: ArgumentHelp("Any other method parameter, NAME=VALUE (repeatable); mcda help rank lists them.", valueName: "name=value"))
    var other: [String] = []

    @Option(help: "PROMETHEE preference function for every criterion (default usual, or a dataset's criterion files).")
    var preference: PreferenceFunction.Kind?

    @Option(name: .customLong("q"), help: "PROMETHEE indifference thresholds (u-shape, level, linear): one per criterion, or one for all.")
    var q: String?

    @Option(name: .customLong("p"), help: "PROMETHEE preference thresholds (v-shape, level, linear): one per criterion, or one for all.")
    var p: String?

    @Option(name: .customLong("s"), help: "PROMETHEE Gaussian parameters s > 0: one per criterion, or one for all.")
    var s: String?

    func validate() throws {
        _ = try parameters()
        let kind = preference ?? .usual
        for (name, given, used) in [("--q", q != nil, kind.usesQ), ("--p", p != nil, kind.usesP), ("--s", s != nil, kind.usesS)]
        where given && !used {
            throw ValidationError("\(name) is not a parameter of the \(kind.rawValue) preference function")
        }
    }

    /// The values given as text, by parameter name.
    private var texts: [(name: String, text: String)] {
        var list: [(String, String)] = []
        for (name, value) in [("v", v), ("lambda", lambda), ("beta", beta)] { if let value { list.append((name, "\(value)")) } }
        for (name, value) in [("bounds", bounds), ("esp", esp), ("reference", reference), ("reference-ideal", referenceIdeal),
                              ("ideal", ideal), ("anti-ideal", antiIdeal), ("indifference", indifference),
                              ("preference-threshold", preferenceThreshold), ("veto", veto), ("multiplicative", multiplicative)] {
            if let value { list.append((name, value)) }
        }
        for item in other {
            let parts = item.split(separator: "=", maxSplits: 1)
            list.append((parts.first.map(String.init) ?? "", parts.count == 2 ? String(parts[1]) : ""))
        }
        return list
    }

    /// The parameters given, by name, each parsed by the catalogue's description of it.
    /// - Throws: a usage error for a name no method takes or a value it does not accept.
    func parameters() throws -> MethodParameters {
        var p = MethodParameters()
        if let normalization { p["normalization"] = .normalization(normalization) }
        if let distance { p[MethodParameter.distance.name] = .distance(distance) }
        let catalogue = ActiveCatalogue.current
        for (name, text) in texts {
            guard let description = catalogue.parameters.first(where: { $0.name == name && $0.readsText }) else {
                throw ValidationError("no method takes a parameter '\(name)' (parameters: \(catalogue.parameters.filter(\.readsText).map(\.name).joined(separator: ", ")))")
            }
            guard let value = try? description.parse(text) else {
                throw ValidationError("--\(name) must be \(description.expected), got \(text)")
            }
            p[name] = value
        }
        return p
    }

    /// The preference functions given (`--preference`, `--q`, `--p`, `--s`), if any.
    func preferenceOverride() throws -> PreferenceOverride? {
        guard preference != nil || q != nil || p != nil || s != nil else { return nil }
        return PreferenceOverride(kind: preference ?? .usual, q: try q.map { try ListParsing.numbers($0, option: "q") },
                                  p: try p.map { try ListParsing.numbers($0, option: "p") },
                                  s: try s.map { try ListParsing.numbers($0, option: "s") })
    }

    /// A usage error when `method` does not take a parameter given (it would be ignored in silence)
    /// or does not accept its value.
    func check(for method: any CatalogueMethod.Type) throws {
        var given = try parameters()
        if preference != nil || q != nil || p != nil || s != nil { given[MethodParameter.preferenceFunctions.name] = .preferenceFunctions([]) }
        for name in given.names {
            guard let description = method.parameters.first(where: { $0.name == name }) else {
                let option = name == MethodParameter.preferenceFunctions.name ? "--preference, --q, --p and --s" : "--\(name)"
                let others = ActiveCatalogue.current.methods(taking: name)
                let list = others.count <= 2 ? others.joined(separator: " or ") : others.dropLast().joined(separator: ", ") + " or " + (others.last ?? "")
                throw ValidationError("\(option) applies only to --method \(list) (\(method.name) does not take it)")
            }
            if description.readsText, let value = given[name], (try? description.parse(value.description)) == nil {
                throw ValidationError("--\(name) must be \(description.expected) for \(method.name), got \(value)")
            }
        }
    }

    /// The overrides these options make.
    func apply(to overrides: inout ProblemOverrides) throws {
        overrides.parameters = try parameters()
        overrides.preference = try preferenceOverride()
    }
}

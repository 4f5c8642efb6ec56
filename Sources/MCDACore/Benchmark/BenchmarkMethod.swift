/// One contender of a benchmark: a label (the method's name, or a normalisation's) and the
/// configured method for problems of a given number of criteria.
///
/// Most methods are configured once (``init(_:label:)``). A method whose parameters depend on the
/// number of criteria (PROMETHEE's preference functions, one per criterion) is configured per cell
/// of the design by ``init(label:configure:)``.
///
/// Example:
/// ```swift
/// let topsis = BenchmarkMethod(try MethodCatalogue.standard.specification(named: "topsis"))
/// let variants = try BenchmarkMethod.normalizations([.vector, .minMax], of: TOPSIS.self)
/// variants.map(\.label)   // ["vector", "minmax"]
/// ```
public struct BenchmarkMethod: Sendable {
    /// The name in the results' pairs (`topsis`, or `minmax` when normalisations are compared).
    public let label: String
    private let configure: @Sendable (_ criteria: Int) throws -> MethodSpecification

    /// `specification` for every cell, labelled by `label` (default: the method's name).
    public init(_ specification: MethodSpecification, label: String? = nil) {
        self.label = label ?? specification.name
        configure = { _ in specification }
    }

    /// A method configured per cell: `configure(n)` gives it for problems of n criteria.
    public init(label: String, configure: @escaping @Sendable (_ criteria: Int) throws -> MethodSpecification) {
        self.label = label
        self.configure = configure
    }

    /// The method for problems of `criteria` criteria.
    /// - Throws: what the configuration throws (a per-criterion list of the wrong length, say).
    public func specification(criteria: Int) throws -> MethodSpecification { try configure(criteria) }

    /// `method` once per normalisation, each labelled by the normalisation's name (Sałabun,
    /// Wątróbski & Shekhovtsov 2020, figures 2–5, compare TOPSIS and VIKOR under several
    /// normalisations). `parameters` give the method's other options.
    /// - Throws: ``MCDAError/invalidParameter(name:value:expected:)`` when the method takes no
    ///   normalisation, fewer than two or repeated normalisations are given; what the method
    ///   throws for its parameters.
    public static func normalizations(_ normalizations: [Normalization], of method: any CatalogueMethod.Type,
                                      parameters: MethodParameters = MethodParameters()) throws -> [BenchmarkMethod] {
        let name = MethodParameter.normalization(default: .vector).name
        guard method.parameters.contains(where: { $0.name == name }) else {
            throw MCDAError.invalidParameter(name: "normalizations", value: method.name,
                                             expected: "a method that takes a normalisation")
        }
        guard normalizations.count >= 2, Set(normalizations).count == normalizations.count else {
            throw MCDAError.invalidParameter(name: "normalizations", value: normalizations.map(\.rawValue).joined(separator: ","),
                                             expected: "at least two different normalisations")
        }
        return try normalizations.map { normalization in
            var p = parameters
            p[name] = .normalization(normalization)
            let spec = MethodSpecification(any: try method.init(parameters: p.restricted(to: method.parameters)))
            return BenchmarkMethod(spec, label: normalization.rawValue)
        }
    }
}

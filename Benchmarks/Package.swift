// swift-tools-version: 6.1
//
// Benchmarks for mcda, in their own package so that the library never depends on benchmark
// tooling. Run from this folder: `swift package benchmark` (or `make benchmarks` at the top).
import PackageDescription

/// One package-benchmark suite: an executable target in Benchmarks/<name> with the benchmark plugin.
func suite(_ name: String) -> Target {
    .executableTarget(
        name: name,
        dependencies: [
            .product(name: "Benchmark", package: "benchmark"),
            .product(name: "MCDACore", package: "mcda"),
            .product(name: "MCDAInput", package: "mcda"),
            .product(name: "MCDAReport", package: "mcda"),
            .product(name: "SwiftCSV", package: "SwiftCSV"),
        ],
        path: "Benchmarks/\(name)",
        plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    )
}

let package = Package(
    name: "MCDABenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "mcda", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
        .package(url: "https://github.com/swiftcsv/SwiftCSV", from: "0.10.0"),
    ],
    targets: [
        // Engine stages: LAPACK, AHP, CSV reading, million-row ranking.
        suite("MCDABenchmarks"),
        // Simulations: SMAA-2 and AHP judgment perturbation.
        suite("SensitivityBenchmarks"),
    ]
)

// swift-tools-version: 6.1
//
// Benchmarks for mcda, in their own package so that the library never depends on benchmark
// tooling. Run from this folder: `swift package benchmark` (or `make benchmarks` at the top).
import PackageDescription

let package = Package(
    name: "MCDABenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "mcda", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
        .package(url: "https://github.com/swiftcsv/SwiftCSV", from: "0.10.0"),
    ],
    targets: [
        .executableTarget(
            name: "MCDABenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "MCDACore", package: "mcda"),
                .product(name: "MCDAInput", package: "mcda"),
                .product(name: "SwiftCSV", package: "SwiftCSV"),
            ],
            path: "Benchmarks/MCDABenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "SensitivityBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "MCDACore", package: "mcda"),
                .product(name: "MCDAInput", package: "mcda"),
                .product(name: "SwiftCSV", package: "SwiftCSV"),
            ],
            path: "Benchmarks/SensitivityBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)

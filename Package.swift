// swift-tools-version: 6.1
//
// mcda — multi-criteria decision analysis in Swift.
//
// Layers (see README.md, "Layout"):
//   CLAPACK        system library: the Fortran LAPACK symbols we call, nothing else
//   LinearAlgebra  the only Swift code that touches CLAPACK (column-major buffers, workspaces, info → errors)
//   MCDACore       the numeric engine: AHP, ranking methods, weights, correlations, sensitivity. No I/O.
//   MCDAInput      reading and validating CSV matrices, pairwise matrices and dataset folders
//   MCDAReport     rendering results as tables, JSON, Markdown and HTML
//   mcda           the command-line tool, which only wires the layers together
import PackageDescription

let package = Package(
    name: "mcda",
    products: [
        .library(name: "MCDACore", targets: ["MCDACore"]),
        .library(name: "LinearAlgebra", targets: ["LinearAlgebra"]),
        .library(name: "MCDAInput", targets: ["MCDAInput"]),
        .library(name: "MCDAReport", targets: ["MCDAReport"]),
        // The workbench's engine (request decoding, analysis), for Fuzz/; `mcda-serve` is its executable.
        .library(name: "MCDAServer", targets: ["MCDAServer"]),
        .executable(name: "mcda", targets: ["mcda"]),
        .executable(name: "mcda-serve", targets: ["mcda-serve"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-numerics", from: "1.1.1"),
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
        // Only the workbench (MCDAServer, mcda-serve) uses it; `mcda` does not, so `make analyze` stays quick.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CLAPACK",
            pkgConfig: "lapack",
            providers: [.apt(["liblapack-dev"])]
        ),
        .target(name: "LinearAlgebra", dependencies: ["CLAPACK"]),
        .target(
            name: "MCDACore",
            dependencies: ["LinearAlgebra", .product(name: "RealModule", package: "swift-numerics")]
        ),
        .target(
            name: "MCDAInput",
            dependencies: ["MCDACore", .product(name: "Yams", package: "Yams")]
        ),
        .target(name: "MCDAReport", dependencies: ["MCDACore"]),
        .executableTarget(
            name: "mcda",
            dependencies: [
                "MCDACore", "MCDAInput", "MCDAReport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(
            name: "MCDAServer",
            dependencies: ["MCDACore", "MCDAInput", "MCDAReport", .product(name: "Hummingbird", package: "hummingbird"),
                           .product(name: "Logging", package: "swift-log")]
        ),
        .executableTarget(
            name: "mcda-serve",
            dependencies: ["MCDAServer", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .target(name: "_TestSupport", dependencies: ["MCDACore"], path: "Tests/_TestSupport"),
        .testTarget(name: "LinearAlgebraTests", dependencies: ["LinearAlgebra", "_TestSupport"]),
        .testTarget(name: "MCDACoreTests", dependencies: ["MCDACore", "_TestSupport"]),
        .testTarget(name: "MCDAInputTests", dependencies: ["MCDAInput", "MCDAReport", "_TestSupport"]),
        .testTarget(name: "MCDAReportTests", dependencies: ["MCDAReport", "MCDAInput", "_TestSupport"]),
        .testTarget(
            name: "MCDAServerTests",
            dependencies: ["MCDAServer", "MCDAInput", "mcda", "_TestSupport", .product(name: "HummingbirdTesting", package: "hummingbird")]
        ),
        .testTarget(name: "mcdaEndToEndTests", dependencies: ["mcda", "MCDAReport", "_TestSupport"]),
    ]
)

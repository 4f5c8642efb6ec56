// swift-tools-version: 6.1
//
// libFuzzer targets for mcda's readers, in their own package so that `swift build` and `swift test`
// at the top never build them. Linux only. From the top folder: `make fuzz SECONDS=600` (each target
// for that long), or by hand:
//
//   cd Fuzz && swift build -c debug --sanitize=fuzzer --sanitize=address -Xswiftc -sanitize=fuzzer -Xcc -fsanitize=fuzzer-no-link
//   .build/debug/fuzz-matrix-csv Corpus/matrix-csv -max_total_time=600
//
// Each target checks properties of what the reader returns, not only that it does not crash; see
// README.md here.
import PackageDescription

/// One fuzz target: Sources/<name>/, a library-mode file (libFuzzer supplies `main`).
func fuzzTarget(_ name: String, _ dependencies: [Target.Dependency]) -> Target {
    .executableTarget(
        name: name,
        dependencies: ["FuzzSupport"] + dependencies,
        swiftSettings: [.unsafeFlags(["-parse-as-library"])]
    )
}

let package = Package(
    name: "MCDAFuzz",
    dependencies: [
        .package(name: "mcda", path: ".."),
    ],
    targets: [
        .target(name: "FuzzSupport", dependencies: [.product(name: "MCDAInput", package: "mcda")]),
        fuzzTarget("fuzz-matrix-csv", [.product(name: "MCDAInput", package: "mcda")]),
        fuzzTarget("fuzz-pairwise-csv", [.product(name: "MCDAInput", package: "mcda"), .product(name: "MCDACore", package: "mcda")]),
        fuzzTarget("fuzz-dataset", [.product(name: "MCDAInput", package: "mcda"), .product(name: "MCDACore", package: "mcda")]),
        fuzzTarget("fuzz-distribution", [.product(name: "MCDAInput", package: "mcda"), .product(name: "MCDACore", package: "mcda")]),
        fuzzTarget("fuzz-workbench-request", [.product(name: "MCDAServer", package: "mcda"), .product(name: "MCDAInput", package: "mcda")]),
    ]
)

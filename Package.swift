// swift-tools-version:6.0
// involve: does the NHS duty to involve the public apply, and is the plan fair?
// No package dependencies, by the user's request: Foundation and the toolchain's test libraries only.
import PackageDescription

let package = Package(
    name: "involve",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "InvolveCore", targets: ["InvolveCore"]),
        .executable(name: "involve", targets: ["involve"]),
    ],
    targets: [
        // The domain: project model, rules, assessment, trail, citations, calendar. No I/O.
        .target(name: "InvolveCore"),
        // One renderer per output format: Assessment -> String. Pure.
        .target(name: "InvolveFormats", dependencies: ["InvolveCore"]),
        // Argument parsing, commands, files, exit codes.
        .target(name: "InvolveCLI", dependencies: ["InvolveCore", "InvolveFormats"]),
        .executableTarget(name: "involve", dependencies: ["InvolveCLI"]),
        // RealSituations: project files from public judgments, read by path.
        .testTarget(name: "InvolveCoreTests", dependencies: ["InvolveCore"], exclude: ["RealSituations"]),
        .testTarget(name: "InvolveFormatsTests", dependencies: ["InvolveCore", "InvolveFormats"],
                    resources: [.copy("Golden")]),
        // BadInputs: project files with the exact errors they must produce, read by path.
        .testTarget(name: "InvolveCLITests", dependencies: ["InvolveCLI", "InvolveCore"], exclude: ["BadInputs", "Fixtures"]),
    ]
)

// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Comptoir",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "comptoir", targets: ["comptoir"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        .systemLibrary(name: "CNCursesW", path: "Sources/CNCursesW"),
        .target(name: "ComptoirCore"),
        .target(
            name: "ComptoirLedger",
            dependencies: [
                "ComptoirCore",
                .product(name: "GRDB", package: "GRDB.swift"),
                // SQLite's C API, for the column reads of verify's hot loop.
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "_CryptoExtras", package: "swift-crypto"),
            ]
        ),
        .target(name: "ComptoirPrint", dependencies: ["ComptoirCore"]),
        .target(name: "ComptoirUI", dependencies: ["ComptoirCore"]),
        .target(name: "ComptoirTerminal", dependencies: ["CNCursesW", "ComptoirUI"]),
        .target(name: "ComptoirScale"),
        // The till's runtime: the effect performer, the loop, the configuration.
        .target(
            name: "ComptoirRuntime",
            dependencies: [
                "ComptoirCore", "ComptoirLedger", "ComptoirPrint", "ComptoirUI", "ComptoirTerminal", "ComptoirScale",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]
        ),
        .executableTarget(
            name: "comptoir",
            dependencies: [
                "ComptoirCore", "ComptoirLedger", "ComptoirPrint", "ComptoirUI", "ComptoirTerminal", "ComptoirScale", "ComptoirRuntime",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(name: "comptoir-bench", dependencies: ["ComptoirCore", "ComptoirLedger", "ComptoirUI"]),
        .testTarget(name: "ComptoirCoreTests", dependencies: ["ComptoirCore"]),
        .testTarget(name: "ComptoirLedgerTests", dependencies: ["ComptoirLedger", "ComptoirCore"]),
        // Golden files are read from the source tree (#filePath), so a missing one can be
        // recorded in place; they are excluded from the build.
        .testTarget(name: "ComptoirPrintTests", dependencies: ["ComptoirPrint", "ComptoirCore"], exclude: ["Golden"]),
        .testTarget(name: "ComptoirUITests", dependencies: ["ComptoirUI", "ComptoirCore"], exclude: ["Screens"]),
        .testTarget(name: "ComptoirTerminalTests", dependencies: ["ComptoirTerminal", "ComptoirUI"]),
        .testTarget(name: "ComptoirScaleTests", dependencies: ["ComptoirScale"]),
        // The benchmark's generator, reached through `@testable import comptoir_bench`.
        .testTarget(name: "ComptoirBenchTests", dependencies: ["comptoir-bench", "ComptoirLedger", "ComptoirCore"]),
        .testTarget(
            name: "ComptoirRuntimeTests",
            dependencies: [
                "ComptoirRuntime", "ComptoirLedger", "ComptoirUI", "ComptoirCore", "ComptoirPrint",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)

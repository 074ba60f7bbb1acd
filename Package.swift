// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "factdrill",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "factdrill", targets: ["factdrill"]),
        .library(name: "FSRS", targets: ["FSRS"]),
        .library(name: "FactDrillKit", targets: ["FactDrillKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // The FSRS-6 scheduler: Foundation only, reusable by other packages.
        .target(name: "FSRS"),
        // The pure core: article model, deck format, generator, matcher. Foundation (+ Yams at the loading edge).
        // Draft/Lexicons holds the drafting lexicons as data (TSV), compiled in by scripts/embed-seed.
        .target(name: "FactDrillKit", dependencies: ["Yams"], exclude: ["Draft/Lexicons"]),
        // The only module that speaks SQL.
        .target(
            name: "FactDrillStore",
            dependencies: [
                "FactDrillKit", "FSRS", .product(name: "GRDB", package: "GRDB.swift"),
                // GRDB's system-library target for libsqlite3-dev (apt provider), for the raw
                // binding of bulk inserts (`RawStatement`).
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"), "CZstd",
            ]
        ),
        // libzstd: today's Anki packages (collection.anki21b, media) are zstd-compressed.
        .systemLibrary(
            name: "CZstd", pkgConfig: "libzstd",
            providers: [.apt(["libzstd-dev"]), .brew(["zstd"])]
        ),
        // The application layer: study sessions and their queue, import and export orchestration,
        // stats documents. No terminal: tests drive it with plain calls.
        .target(name: "FactDrillApp", dependencies: ["FactDrillKit", "FSRS", "FactDrillStore"]),
        .systemLibrary(
            name: "CReadline",
            providers: [.apt(["libreadline-dev"]), .brew(["readline"])]
        ),
        // Commands and the REPL; the only module that prints.
        .target(
            name: "FactDrillCLI",
            dependencies: [
                "FactDrillKit", "FSRS", "FactDrillStore", "FactDrillApp", "CReadline",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "factdrill", dependencies: ["FactDrillCLI"]),
        // Synthetic article models and study databases for tests and benchmarks; not in the product.
        .target(
            name: "FactDrillTestSupport",
            dependencies: ["FactDrillKit", "FactDrillStore", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // Benchmarks run by scripts/bench in release mode; not part of the product. FactDrillCLI for
        // the answer step, timed in the REPL's own study session.
        .executableTarget(
            name: "factdrill-bench",
            dependencies: [
                "FactDrillKit", "FSRS", "FactDrillStore", "FactDrillApp", "FactDrillCLI", "FactDrillTestSupport",
            ]
        ),

        .testTarget(name: "FSRSTests", dependencies: ["FSRS"], resources: [.copy("Fixtures")]),
        .testTarget(
            name: "FactDrillKitTests", dependencies: ["FactDrillKit", "FactDrillTestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "FactDrillStoreTests",
            dependencies: ["FactDrillStore", "FactDrillKit", "FSRS", "FactDrillTestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "FactDrillAppTests", dependencies: ["FactDrillApp", "FactDrillStore", "FactDrillKit", "FSRS"]
        ),
        .testTarget(
            name: "FactDrillCLITests",
            dependencies: [
                "FactDrillCLI", "FactDrillApp", "FactDrillStore", "FactDrillKit", "FSRS", "FactDrillTestSupport",
            ],
            resources: [.copy("BadInput/Catalog")]
        ),
    ],
    swiftLanguageModes: [.v6]
)

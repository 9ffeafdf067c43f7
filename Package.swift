// swift-tools-version: 6.1
import PackageDescription

let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "netmap",
    products: [
        .executable(name: "netmap", targets: ["netmap"]),
        .library(name: "NetmapGraph", targets: ["NetmapGraph"]),
        .library(name: "NetmapExtraction", targets: ["NetmapExtraction"]),
        .library(name: "NetmapFormats", targets: ["NetmapFormats"]),
        .library(name: "NetmapRender", targets: ["NetmapRender"]),
        .library(name: "NetmapDiff", targets: ["NetmapDiff"]),
        .library(name: "NetmapHTML", targets: ["NetmapHTML"]),
        .library(name: "NetmapSyntax", targets: ["NetmapSyntax"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(name: "NetmapGraph", swiftSettings: strict),
        .target(name: "NetmapLexicon", dependencies: ["NetmapGraph"], swiftSettings: strict),
        // The trained syntax model (model.bin), embedded in the binary by an assembler file.
        .target(
            name: "CNetmapSyntaxModel",
            exclude: ["model.bin"],
            cSettings: [.headerSearchPath(".")]
        ),
        .target(
            name: "NetmapSyntax",
            dependencies: ["NetmapLexicon", "CNetmapSyntaxModel"],
            swiftSettings: strict
        ),
        // Trains and evaluates the syntax model (Scripts/train-syntax, Scripts/eval-syntax).
        .executableTarget(
            name: "netmap-syntax",
            dependencies: [
                "NetmapSyntax", "NetmapLexicon", "NetmapExtraction", "NetmapGraph",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict
        ),
        .target(
            name: "NetmapExtraction",
            dependencies: ["CLibXML2", "NetmapFormats", "NetmapGraph", "NetmapLexicon", "NetmapSyntax"],
            swiftSettings: strict
        ),
        .target(name: "NetmapFormats", dependencies: ["NetmapGraph"], swiftSettings: strict),
        .target(name: "NetmapDiff", dependencies: ["NetmapGraph", "NetmapFormats"], swiftSettings: strict),
        .target(
            name: "NetmapRender",
            dependencies: ["CGraphviz", "NetmapFormats"],
            swiftSettings: strict
        ),
        // The interactive page: its HTML, CSS and JavaScript live in Page/ as raw-string literals.
        .target(
            name: "NetmapHTML",
            dependencies: ["NetmapGraph", "NetmapFormats", "NetmapDiff"],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "netmap",
            dependencies: [
                "NetmapGraph", "NetmapLexicon", "NetmapExtraction", "NetmapFormats", "NetmapRender",
                "NetmapDiff", "NetmapHTML",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict
        ),
        // Random graphs with hostile names for the writers' property tests.
        .target(
            name: "NetmapTestSupport",
            dependencies: ["NetmapGraph", .product(name: "PropertyBased", package: "swift-property-based")],
            path: "Tests/NetmapTestSupport",
            swiftSettings: strict
        ),
        .testTarget(name: "NetmapGraphTests", dependencies: ["NetmapGraph"], swiftSettings: strict),
        .testTarget(
            name: "NetmapLexiconTests",
            dependencies: ["NetmapLexicon", "NetmapGraph"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "NetmapExtractionTests",
            dependencies: [
                "NetmapExtraction", "NetmapFormats", "NetmapLexicon", "NetmapGraph",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "NetmapFormatsTests",
            dependencies: [
                "NetmapFormats", "NetmapGraph", "NetmapTestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            exclude: ["Snapshots"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "NetmapRenderTests",
            dependencies: [
                "NetmapRender", "NetmapFormats", "NetmapGraph", "NetmapTestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "NetmapDiffTests",
            dependencies: ["NetmapDiff", "NetmapGraph"],
            exclude: ["Snapshots"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "NetmapHTMLTests",
            dependencies: [
                "NetmapHTML", "NetmapDiff", "NetmapFormats", "NetmapGraph", "NetmapRender", "NetmapTestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "NetmapSyntaxTests",
            dependencies: ["NetmapSyntax", "NetmapLexicon"],
            swiftSettings: strict
        ),
        // netmap is there to be built: the tests run its binary.
        .testTarget(
            name: "netmapTests", dependencies: ["netmap", "NetmapExtraction", "NetmapFormats", "NetmapGraph"], swiftSettings: strict),
        // The fuzz harnesses, run here on every kept crashing input; Scripts/fuzz links the same
        // harnesses with Entry/ into libFuzzer.
        .testTarget(
            name: "NetmapFuzzTests",
            dependencies: ["NetmapExtraction", "NetmapFormats", "NetmapRender", "NetmapGraph", "NetmapSyntax", "NetmapLexicon"],
            path: "Tests/Fuzz",
            exclude: ["Entry", "Regressions", "Seeds", "Dictionaries"],
            swiftSettings: strict
        ),
    ]
)

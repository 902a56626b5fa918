// swift-tools-version:6.0
// scrape: turns a saved or fetched web page into the clean news article inside it.
import PackageDescription

let package = Package(
    name: "scrape",
    products: [
        .executable(name: "scrape", targets: ["scrape"]),
        .library(name: "ArticleExtraction", targets: ["ArticleExtraction"]),
        .library(name: "ArticleRendering", targets: ["ArticleRendering"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .target(name: "HTMLParser", dependencies: ["CLibXML2"]),
        .target(name: "ArticleExtraction", dependencies: ["HTMLParser"]),
        .target(name: "ArticleRendering", dependencies: ["ArticleExtraction"]),
        .executableTarget(
            name: "scrape",
            dependencies: [
                "ArticleExtraction",
                "ArticleRendering",
                "HTMLParser",
                "CZlib",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "HTMLParserTests", dependencies: ["HTMLParser"]),
        .testTarget(name: "ArticleExtractionTests", dependencies: ["ArticleExtraction", "HTMLParser"]),
        .testTarget(name: "ArticleRenderingTests", dependencies: ["ArticleRendering", "ArticleExtraction"]),
        .testTarget(
            name: "FixtureTests",
            dependencies: ["ArticleExtraction", "ArticleRendering", "HTMLParser"]
        ),
        .testTarget(name: "ScrapeCLITests", dependencies: ["scrape"]),
    ]
)

// swift-tools-version:6.0
// scrape: turns a saved or fetched web page into the clean news article inside it.
import Foundation
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
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
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
        .systemLibrary(
            name: "CUchardet",
            pkgConfig: "uchardet",
            providers: [.apt(["libuchardet-dev"])]
        ),
        .target(name: "HTMLParser", dependencies: ["CLibXML2", "CUchardet"]),
        .target(
            name: "PageLoading",
            dependencies: [
                "CZlib",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ]
        ),
        .target(name: "ArticleExtraction", dependencies: ["HTMLParser"]),
        .target(name: "ArticleRendering", dependencies: ["ArticleExtraction"]),
        .executableTarget(
            name: "scrape",
            dependencies: [
                "ArticleExtraction",
                "ArticleRendering",
                "HTMLParser",
                "PageLoading",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
            ],
            // mimalloc (Debian's libmimalloc-dev) replaces the C library's malloc in the command:
            // libxml2 allocates every node and attribute of a page, and with the worker threads of a
            // batch the C library's arenas took a lock or an atomic operation for each; about a tenth
            // of a batch's time goes with it (Scripts/bench-speed).
            linkerSettings: [.linkedLibrary("mimalloc")]
        ),
        .testTarget(name: "HTMLParserTests", dependencies: ["HTMLParser"]),
        .testTarget(name: "ArticleExtractionTests", dependencies: ["ArticleExtraction", "HTMLParser"]),
        .testTarget(name: "ArticleRenderingTests", dependencies: ["ArticleRendering", "ArticleExtraction"]),
        .testTarget(
            name: "FixtureTests",
            dependencies: ["ArticleExtraction", "ArticleRendering", "HTMLParser"]
        ),
        // A small HTTP server on 127.0.0.1 for the fetching tests; never shipped.
        .target(
            name: "LocalTestServer",
            dependencies: [
                "CZlib",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            path: "Tests/LocalTestServer"
        ),
        // In-process timings for Scripts/bench-speed. Never shipped.
        .executableTarget(
            name: "scrape-speed",
            dependencies: ["ArticleExtraction", "ArticleRendering", "HTMLParser"],
            path: "Benchmarks/SpeedBenchmark"
        ),
        // The fuzzing entry point (Scripts/fuzz); built normally it replays saved inputs. Never shipped.
        .target(name: "CFuzzDriver", path: "Tests/Fuzzing/CFuzzDriver"),
        .executableTarget(
            name: "scrape-fuzz",
            dependencies: ["ArticleExtraction", "ArticleRendering", "HTMLParser", "CFuzzDriver"],
            path: "Tests/Fuzzing/PageFuzzer"
        ),
        .testTarget(name: "PageLoadingTests", dependencies: ["PageLoading", "LocalTestServer"]),
        .testTarget(name: "ScrapeCLITests", dependencies: ["scrape", "LocalTestServer"]),
    ]
)

// `SCRAPE_CORE_ONLY=1` keeps only the parser, the extraction and the renderers with their tests
// and the fuzzing entry point, without the fetching stack: CI builds this subset a second time
// under the address sanitizer, where the whole package would take it over its time budget.
if ProcessInfo.processInfo.environment["SCRAPE_CORE_ONLY"] == "1" {
    let core: Set<String> = [
        "CLibXML2", "CUchardet", "HTMLParser", "ArticleExtraction", "ArticleRendering", "CFuzzDriver", "scrape-fuzz",
        "HTMLParserTests", "ArticleExtractionTests", "ArticleRenderingTests", "FixtureTests",
    ]
    package.targets.removeAll { !core.contains($0.name) }
    package.products.removeAll { $0.name == "scrape" }
    package.dependencies.removeAll()
}


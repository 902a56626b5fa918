// In-process timings for Scripts/bench-speed: libxml2's parse and walk alone, and the whole
// extraction, over the same pages held in memory, on one thread.
import ArticleExtraction
import ArticleRendering
import Foundation
import HTMLParser

@main
enum SpeedBenchmark {
    enum Stage: String {
        /// Parse the whole page with libxml2 (charset sniffing included) and visit every node: the
        /// floor, as the speed issue sets it.
        case parseAndWalk = "parse-walk"
        /// The same with script code, style sheets, comment text and unread attributes left out
        /// before libxml2 reads the page, as `scrape` parses.
        case leanParseAndWalk = "lean-parse-walk"
        /// Parse, extract and render JSON: what `scrape` does to a page after reading it.
        case extraction
    }

    static func main() throws {
        var arguments = Array(CommandLine.arguments.dropFirst())
        guard arguments.count >= 3, let stage = Stage(rawValue: arguments.removeFirst()), let runs = Int(arguments.removeFirst()) else {
            FileHandle.standardError.write(Data("usage: scrape-speed parse-walk|lean-parse-walk|extraction RUNS PAGE…\n".utf8))
            exit(64)
        }
        let pages = try arguments.map { [UInt8](try Data(contentsOf: URL(fileURLWithPath: $0))) }
        // Each page's fastest of `runs` full passes, as the peers' table is timed.
        var best = [Double](repeating: .infinity, count: pages.count)
        var checksum = 0
        for _ in 0..<runs {
            for (index, page) in pages.enumerated() {
                let start = ContinuousClock.now
                checksum &+= run(stage, on: page)
                let elapsed = ContinuousClock.now - start
                let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
                best[index] = min(best[index], seconds)
            }
        }
        let sorted = best.sorted()
        let total = best.reduce(0, +)
        let median = sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
        print(String(format: "%@ pages=%d total_s=%.4f pages_per_s=%.1f median_ms=%.3f mean_ms=%.3f checksum=%d",
                     stage.rawValue, pages.count, total, Double(pages.count) / total, median * 1000, total / Double(pages.count) * 1000, checksum))
    }

    /// One page through the stage; returns a number that depends on the work, so none is optimised away.
    static func run(_ stage: Stage, on page: [UInt8]) -> Int {
        // (a) as the issue measured it: libxml2 on the whole page; the others as `scrape` parses.
        let options = stage == .parseAndWalk ? ParseOptions(keepsUnreadMarkup: true) : ParseOptions.forExtraction()
        guard let document = try? HTMLDocument.parse(page, options: options) else { return 0 }
        switch stage {
        case .parseAndWalk, .leanParseAndWalk:
            guard let root = document.root else { return 0 }
            var nodes = 0
            for node in root.descendants where node.isElement { nodes += 1 }
            return nodes
        case .extraction:
            // No time limit: under valgrind a page runs fifty times slower, and every page must count.
            // No removal report, as `scrape` without `--explain`.
            let options = ExtractionOptions(timeLimit: nil, accountsForRemovals: false)
            guard let article = try? ArticleExtractor(options: options).extract(from: document) else { return 0 }
            return JSONRenderer(compact: true).render(article, input: "page").utf8.count
        }
    }
}

// One fuzzing input through every stage a page goes through: parse, extract, render.
//
// Built by `Scripts/fuzz` (`-DFUZZING`, `-sanitize=fuzzer,address`), this runs libFuzzer over
// `scrapeOnce`. Built normally, it replays the files named on the command line once each, so an
// input the fuzzer saved can be rerun under a debugger or the address sanitizer.
import ArticleExtraction
import ArticleRendering
import CFuzzDriver
import Foundation
import HTMLParser

/// Runs one input through the whole pipeline; a crash, a leak or a hang is the finding.
func scrapeOnce(_ bytes: [UInt8]) {
    // The first byte picks the focus, so all three extraction paths get fuzzed.
    let focus = ExtractionFocus.allCases[Int(bytes.first ?? 0) % ExtractionFocus.allCases.count]
    let address = "https://example.com/a/b.html"
    guard let document = try? HTMLDocument.parse(bytes, options: ParseOptions.forExtraction(baseURL: address)),
          let article = try? ArticleExtractor(options: ExtractionOptions(baseURL: address, focus: focus)).extract(from: document)
    else { return }
    let renderers: [any ArticleRenderer] = [JSONRenderer(compact: true, explains: true), MarkdownRenderer(), TextRenderer()]
    for renderer in renderers { _ = renderer.render(article, input: "fuzz") }
}

@main
enum PageFuzzer {
    static func main() {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        let fuzzed = scrape_fuzz_run_driver(&argc, &argv) { data, size in
            scrapeOnce(size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size)))
            return 0
        }
        if fuzzed >= 0 { exit(fuzzed) }
        replay(CommandLine.arguments.dropFirst())
    }

    /// Without libFuzzer: runs each named file once.
    static func replay(_ paths: ArraySlice<String>) {
        guard !paths.isEmpty else {
            FileHandle.standardError.write(Data("usage: scrape-fuzz FILE…  (replays saved fuzzer inputs)\n".utf8))
            exit(64)
        }
        for path in paths {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("scrape-fuzz: cannot read \(path)\n".utf8))
                exit(66)
            }
            scrapeOnce([UInt8](data))
            print("ok \(path)")
        }
    }
}

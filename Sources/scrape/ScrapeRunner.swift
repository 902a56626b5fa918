// Reads each input, extracts its article, writes it in the chosen format.
import ArticleExtraction
import ArticleRendering
import Foundation
import HTMLParser
import PageLoading

/// Runs one invocation: inputs in order, each to an article or an error, output to stdout.
struct ScrapeRunner {
    let format: OutputFormat?
    let extraction: ExtractionOptions
    let maxBytes: Int
    /// Whether to report what was removed (`--explain`).
    let explains: Bool
    /// How web addresses are fetched; no connection is made unless an input is an address.
    let fetching: FetchOptions

    /// Processes every input and returns the exit status.
    func run(arguments: [String]) async -> Int32 {
        let fetcher = PageFetcher(options: fetching)
        let status = await run(arguments: arguments, fetcher: fetcher)
        await fetcher.shutdown()
        return status
    }

    private func run(arguments: [String], fetcher: PageFetcher) async -> Int32 {
        let expansion = InputSource.expand(arguments)
        let inputs = expansion.pages
        let isBatch = inputs.count > 1 || expansion.includesFolder
        let format = self.format ?? (isBatch ? .jsonl : .json)
        let renderer = format.renderer(explains: explains)
        var failures: [ScrapeError] = []
        for input in inputs {
            let label: String
            let outcome: Result<Article, ScrapeError>
            switch input {
            case let .success(source):
                label = source.label
                do {
                    outcome = .success(try await article(from: source, fetcher: fetcher))
                } catch {
                    outcome = .failure(error)
                }
            case let .failure(failure):
                label = failure.label
                outcome = .failure(failure.error)
            }
            switch outcome {
            case let .success(article):
                if let error = write(renderer.render(article, input: label)) { return report(error, label: nil) }
                if explains, !format.carriesExplanation {
                    let report = JSONRenderer.explanationLines(of: article).map { "scrape: \(label): \($0)\n" }.joined()
                    FileHandle.standardError.write(Data(report.utf8))
                }
            case let .failure(error):
                failures.append(error)
                report(error, label: label)
                if isBatch, format == .jsonl,
                   let writeError = write(JSONRenderer.errorLine(input: label, kind: error.kind, message: error.localizedDescription)) {
                    return report(writeError, label: nil)
                }
            }
        }
        if failures.isEmpty { return ExitStatus.success }
        if !isBatch { return failures[0].exitCode }
        printError("\(failures.count) of \(inputs.count) inputs failed")
        return ExitStatus.someInputsFailed
    }

    /// Loads, parses and extracts one page.
    func article(from source: InputSource, fetcher: PageFetcher) async throws(ScrapeError) -> Article {
        let page = try await source.load(maxBytes: maxBytes, fetcher: fetcher)
        // A fetched page's final address is where its relative links point, whatever --base-url says.
        var options = extraction
        if let address = page.address { options.baseURL = address }
        let document: HTMLDocument
        do {
            document = try HTMLDocument.parse(page.bytes, options: ParseOptions(maxBytes: maxBytes, baseURL: options.baseURL,
                                                                                declaredCharset: page.declaredCharset))
        } catch {
            throw .parse(error)
        }
        do {
            return try ArticleExtractor(options: options).extract(from: document)
        } catch {
            throw .extraction(error)
        }
    }

    // MARK: - Output

    /// Writes to standard output; returns the error when the write fails (a closed pipe, a full disk).
    private func write(_ text: String) -> ScrapeError? {
        var copy = text
        let failure: Int32? = copy.withUTF8 { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = Glibc.write(STDOUT_FILENO, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += written
            }
            return nil
        }
        return failure.map { .output(String(cString: strerror($0))) }
    }

    @discardableResult
    private func report(_ error: ScrapeError, label: String?) -> Int32 {
        printError((label.map { "\($0): " } ?? "") + (error.errorDescription ?? "unknown error"))
        return error.exitCode
    }

    private func printError(_ message: String) {
        FileHandle.standardError.write(Data(("scrape: error: " + message + "\n").utf8))
    }
}

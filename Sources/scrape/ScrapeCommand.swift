// The `scrape` command line: arguments in, the runner does the work.
import ArgumentParser
import ArticleExtraction
import Foundation
import HTMLParser
import PageLoading

@main
struct ScrapeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scrape",
        abstract: "Extract the clean news article from a web page.",
        discussion: """
        An input is an http or https address (fetched), an HTML file (gzipped files are read \
        transparently), a folder (searched for *.html, *.htm and *.xhtml pages, optionally .gz), \
        or - for standard input. Proxies come from HTTP_PROXY, HTTPS_PROXY and NO_PROXY.

        Exit codes: 0 success; 1 several inputs and some failed; 64 bad arguments; 65 unusable \
        input, not a page, or no article found; 66 input missing or unreadable; 69 a page could not \
        be fetched (HTTP error, unknown host, connection refused, timeout); 74 writing output failed.
        """,
        version: FetchOptions.scrapeVersion
    )

    @Option(name: [.short, .long], help: "Output format: json, jsonl, markdown or text (default: json for one input, jsonl for several or a folder).")
    var format: OutputFormat?

    @Option(name: .long, help: "The page's address, for relative links and the url field (file and stdin inputs).")
    var baseURL: String?

    @Option(name: .long, help: "Trade-off between keeping boilerplate and losing text: balanced, precision or recall.")
    var focus: ExtractionFocus = .balanced

    @Option(name: .long, help: "The most bytes read from one input or response, also after decompression.")
    var maxBytes: Int = ParseOptions.defaultMaxBytes

    @Option(name: .long, help: ArgumentHelp("The longest a fetch may take, redirects and retries included.", valueName: "seconds"))
    var timeout: Double = 30

    @Option(name: .long, help: "The User-Agent header sent when fetching.")
    var userAgent: String = FetchOptions.defaultUserAgent

    @Option(name: .long, help: "How many times a fetch answered 429 or 503 is retried (Retry-After is honoured).")
    var retries: Int = 2

    @Flag(name: .long, help: "Report what was removed and by which rule: a `removed` list in JSON, lines on stderr otherwise.")
    var explain = false

    @Argument(help: "Web addresses, files, folders, or - for standard input.")
    var inputs: [String]

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("give at least one input: a file, a folder, or - for standard input") }
        if inputs.filter({ $0 == "-" }).count > 1 { throw ValidationError("standard input (-) can be read only once") }
        if maxBytes < 1 { throw ValidationError("--max-bytes must be positive, got \(maxBytes)") }
        if !(timeout > 0) { throw ValidationError("--timeout must be a positive number of seconds, got \(timeout)") }
        if retries < 0 { throw ValidationError("--retries must be 0 or more, got \(retries)") }
        if let baseURL {
            guard let url = URL(string: baseURL), let scheme = url.scheme?.lowercased(), ["http", "https"].contains(scheme), url.host != nil else {
                throw ValidationError("--base-url must be an absolute http or https address, got '\(baseURL)'")
            }
        }
    }

    func run() async throws {
        signal(SIGPIPE, SIG_IGN)
        let runner = ScrapeRunner(
            format: format,
            extraction: ExtractionOptions(baseURL: baseURL, focus: focus),
            maxBytes: maxBytes,
            explains: explain,
            fetching: FetchOptions(timeout: timeout, maxBytes: maxBytes, userAgent: userAgent, maxRetries: retries)
        )
        let status = await runner.run(arguments: inputs)
        if status != ExitStatus.success { throw ExitCode(status) }
    }
}

extension ExtractionFocus: ExpressibleByArgument {}

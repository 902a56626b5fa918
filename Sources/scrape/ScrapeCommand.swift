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
        a web archive (.warc or .warc.gz: its HTML responses), or - for standard input. Proxies \
        come from HTTP_PROXY, HTTPS_PROXY and NO_PROXY.

        Several inputs, a folder or --urls make a batch: pages are processed on every core (-j), \
        one JSON line each on stdout in input order, or one file each under -o. Failures are \
        reported and the batch goes on; a summary line ends it. Ctrl-C finishes the pages in \
        progress and stops; a second Ctrl-C or SIGTERM stops at once. Outputs are written whole or not at all.

        Exit codes: 0 success; 1 a batch in which some pages failed; 64 bad arguments; 65 unusable \
        input, not a page, or no article found; 66 input missing or unreadable; 69 a page could not \
        be fetched (HTTP error, unknown host, connection refused, timeout); 74 writing output \
        failed; 130 interrupted by Ctrl-C; 143 stopped by SIGTERM.
        """,
        version: FetchOptions.scrapeVersion
    )

    @Option(name: [.short, .long], help: "Output format: json, jsonl, markdown or text (default: json for one input, jsonl for several or a folder).")
    var format: OutputFormat?

    @Option(name: .long, help: "The page's address, for relative links and the url field (file and stdin inputs).")
    var baseURL: String?

    @Option(name: .long, help: "Trade-off between keeping boilerplate and losing text: balanced, precision or recall.")
    var focus: ExtractionFocus = .balanced

    @Flag(name: .long, help: "Keep the links of paragraphs and list items: inline links in Markdown, a links array in JSON.")
    var links = false

    @Option(name: .long, help: "The most bytes read from one input or response, also after decompression.")
    var maxBytes: Int = ParseOptions.defaultMaxBytes

    @Option(name: .long, help: "The most elements (start tags) one page may have; larger pages are refused as too complex.")
    var maxElements: Int = ParseOptions.defaultMaxElements

    @Option(name: .long, help: ArgumentHelp("The longest the extraction of one page may take before the page is given up as too slow.", valueName: "seconds"))
    var pageTimeLimit: Double = Double(ExtractionOptions.defaultTimeLimit.components.seconds)

    @Option(name: .long, help: ArgumentHelp("Read pages as of this time (ISO 8601, e.g. 2023-04-21T18:00:00+08:00): relative dates such as \"3 hours ago\" count back from it and later dates are refused. Default: a fetched page's fetch time; for files, relative dates are left unread.", valueName: "time"))
    var now: String?

    @Option(name: .long, help: ArgumentHelp("The longest a fetch may take, redirects and retries included.", valueName: "seconds"))
    var timeout: Double = 30

    @Option(name: .long, help: "The User-Agent header sent when fetching.")
    var userAgent: String = FetchOptions.defaultUserAgent

    @Option(name: .long, help: "How many times a fetch answered 429 or 503 is retried (Retry-After is honoured).")
    var retries: Int = 2

    @Flag(name: .long, help: "Report what was removed and by which rule: a `removed` list in JSON, lines on stderr otherwise.")
    var explain = false

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Write one file per page under this folder, mirroring the inputs' paths.", valueName: "folder"))
    var outputFolder: String?

    @Option(name: [.short, .long], help: "How many pages to process at once (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(name: .long, help: "Write standard output in completion order rather than input order.")
    var unordered = false

    @Option(name: .long, help: ArgumentHelp("A file of addresses, one per line (- for standard input); may be repeated.", valueName: "file"))
    var urls: [String] = []

    @Option(name: .long, help: "The most fetches running at once against one host.")
    var perHost: Int = 2

    @Option(name: .long, help: ArgumentHelp("Seconds between the starts of two fetches from one host.", valueName: "seconds"))
    var delay: Double = 0

    @Option(name: .long, help: "auto: arguments are addresses, files, folders, archives; jsonl: JSON lines on standard input ({\"url\", \"html\"} or a base64 body), one output line each.")
    var inputFormat: InputFormat = .auto

    @Flag(name: [.short, .long], help: "No progress line and no summary on stderr (errors are still reported).")
    var quiet = false

    @Flag(name: .long, help: "Stop at the first page that fails.")
    var failFast = false

    @Flag(name: .long, help: "With -o, replace outputs that are already there (by default they are kept and their pages skipped).")
    var force = false

    @Flag(name: .long, help: "With -o, skip pages whose output is already there and newer than the page; extract the rest.")
    var resume = false

    @Argument(help: "Web addresses, files, folders, or - for standard input.")
    var inputs: [String] = []

    func validate() throws {
        if inputFormat == .jsonl, !inputs.isEmpty || !urls.isEmpty {
            throw ValidationError("--input-format jsonl reads standard input only; give no inputs")
        }
        if inputFormat == .auto, inputs.isEmpty, urls.isEmpty {
            throw ValidationError("give at least one input: an address, a file, a folder, - for standard input, or --urls FILE")
        }
        if (inputs + urls).filter({ $0 == "-" }).count > 1 { throw ValidationError("standard input (-) can be read only once") }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1, got \(jobs)") }
        if perHost < 1 { throw ValidationError("--per-host must be at least 1, got \(perHost)") }
        if !(delay >= 0) { throw ValidationError("--delay must be 0 or more seconds, got \(delay)") }
        if force, resume { throw ValidationError("--force and --resume exclude each other") }
        if outputFolder == nil, force || resume { throw ValidationError("--force and --resume apply to an output folder (-o)") }
        if let outputFolder {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: outputFolder, isDirectory: &isDirectory), !isDirectory.boolValue {
                throw ValidationError("-o must name a folder, and \(outputFolder) is a file")
            }
        }
        if maxBytes < 1 { throw ValidationError("--max-bytes must be positive, got \(maxBytes)") }
        if maxElements < 1 { throw ValidationError("--max-elements must be positive, got \(maxElements)") }
        if !(pageTimeLimit > 0) { throw ValidationError("--page-time-limit must be a positive number of seconds, got \(pageTimeLimit)") }
        if !(timeout > 0) { throw ValidationError("--timeout must be a positive number of seconds, got \(timeout)") }
        if retries < 0 { throw ValidationError("--retries must be 0 or more, got \(retries)") }
        if let now, ScrapeCommand.referenceTime(now) == nil {
            throw ValidationError("--now must be an ISO 8601 date or time such as 2023-04-21 or 2023-04-21T18:00:00Z, got '\(now)'")
        }
        if let baseURL {
            guard PageFetcher.webURL(baseURL) != nil else {
                throw ValidationError("--base-url must be an absolute http or https address, got '\(baseURL)'")
            }
        }
    }

    func run() async throws {
        signal(SIGPIPE, SIG_IGN)
        var settings = RunSettings(
            format: format,
            extraction: ExtractionOptions(baseURL: baseURL, focus: focus, timeLimit: .milliseconds(Int64(pageTimeLimit * 1000)),
                                          now: now.flatMap(ScrapeCommand.referenceTime), keepsLinks: links,
                                          accountsForRemovals: explain),
            maxBytes: maxBytes,
            maxElements: maxElements,
            explains: explain,
            fetching: FetchOptions(timeout: timeout, maxBytes: maxBytes, userAgent: userAgent, maxRetries: retries)
        )
        settings.outputFolder = outputFolder
        settings.existingOutputs = force ? .replace : (resume ? .resume : .keep)
        settings.jobs = jobs
        settings.ordered = !unordered
        settings.quiet = quiet
        settings.failFast = failFast
        settings.urlLists = urls
        settings.perHost = perHost
        settings.delay = delay
        settings.readsRecords = inputFormat == .jsonl
        let status = await ScrapeRunner(settings: settings).run(arguments: inputs)
        if status != ExitStatus.success { throw ExitCode(status) }
    }
}

extension ScrapeCommand {
    /// A `--now` value: an ISO 8601 time with or without its offset (UTC when absent), or a day (its start, UTC).
    static func referenceTime(_ text: String) -> Date? {
        let full = ISO8601DateFormatter()
        if let date = full.date(from: text) { return date }
        for options: ISO8601DateFormatter.Options in [[.withFullDate, .withTime, .withColonSeparatorInTime, .withDashSeparatorInDate],
                                                      [.withFullDate, .withDashSeparatorInDate]] {
            let formatter = ISO8601DateFormatter()
            formatter.formatOptions = options
            formatter.timeZone = TimeZone(identifier: "UTC")
            if let date = formatter.date(from: text) { return date }
        }
        return nil
    }
}

extension ExtractionFocus: ExpressibleByArgument {}

/// How inputs arrive.
enum InputFormat: String, ExpressibleByArgument, CaseIterable {
    /// Arguments: addresses, files, folders, `.warc` and `.warc.gz` archives, `-`.
    case auto
    /// One JSON object per line on standard input, for Hadoop Streaming and Spark's `pipe`.
    case jsonl
}

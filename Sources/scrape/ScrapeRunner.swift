// Runs one invocation: pages handed out to a bounded number of workers, results written in order.
import ArticleExtraction
import ArticleRendering
import Foundation
import HTMLParser
import PageLoading

/// Everything the command line decided.
struct RunSettings: Sendable {
    var format: OutputFormat?
    var extraction: ExtractionOptions
    var maxBytes: Int
    var maxElements: Int
    /// Whether to report what was removed (`--explain`).
    var explains: Bool
    var fetching: FetchOptions
    /// `-o`: one file per page under this folder instead of standard output.
    var outputFolder: String?
    var existingOutputs: ExistingOutputs = .keep
    /// How many pages are processed at once.
    var jobs: Int = 1
    /// Whether standard output follows input order (else completion order).
    var ordered = true
    var quiet = false
    var failFast = false
    /// `--urls` lists.
    var urlLists: [String] = []
    /// `--input-format jsonl`: pages arrive as JSON lines on standard input.
    var readsRecords = false
    var perHost = 2
    var delay = 0.0
}

/// What became of one page.
struct PageOutcome: Sendable {
    enum Result: Sendable {
        /// Rendered, for standard output.
        case rendered(String)
        /// Written to its file under the output folder.
        case written
        /// Skipped: its output was already there.
        case kept
        case failed(ScrapeError)
    }

    let index: Int
    let label: String
    let result: Result
    /// `--explain` lines for formats that do not carry the report.
    var explanation: [String] = []
}

/// Processes every input and returns the exit status.
struct ScrapeRunner: Sendable {
    let settings: RunSettings

    /// Pages finished but not yet written, at most this many per job, so that one slow page
    /// holds back ordered output without memory growing.
    static let reorderWindowPerJob = 8

    func run(arguments: [String]) async -> Int32 {
        let isBatch = arguments.count > 1 || !settings.urlLists.isEmpty || settings.readsRecords
            || arguments.contains(where: { Self.isFolder($0) || WARCReader.isArchive($0) })
        let format = settings.format ?? (isBatch ? .jsonl : .json)
        let output = settings.outputFolder.map { OutputTree(root: $0, format: format, existing: settings.existingOutputs) }
        let interruption = Interruption.watchingSignals()
        let showsProgress = isBatch && !settings.quiet && isatty(STDERR_FILENO) == 1
        var progress = ProgressReport(isShown: showsProgress, total: showsProgress ? count(arguments) : nil)
        let fetcher = PageFetcher(options: settings.fetching)
        let gate = HostGate(perHost: settings.perHost, delay: settings.delay)
        let worker = PageWorker(settings: settings, format: format, output: output, fetcher: fetcher, gate: gate)

        var tally = Tally()
        var firstFailure: ScrapeError?
        var errorLines: [String] = []
        var outputFailure: ScrapeError?

        /// Writes one finished page: its article or its error, in the places the run promises.
        func emit(_ outcome: PageOutcome) {
            tally.pages += 1
            switch outcome.result {
            case let .rendered(text):
                tally.articles += 1
                if outputFailure == nil, let failure = Self.writeStandardOutput(text) {
                    outputFailure = failure
                    interruption.request(.outputFailed)
                }
            case .written:
                tally.articles += 1
            case .kept:
                tally.kept += 1
            case let .failed(error):
                tally.failed += 1
                if firstFailure == nil { firstFailure = error }
                progress.finish()
                Self.printError("\(outcome.label): " + (error.errorDescription ?? "unknown error"))
                let line = JSONRenderer.errorLine(input: outcome.label, kind: error.kind, message: error.localizedDescription)
                if output != nil {
                    errorLines.append(line)
                } else if isBatch, format == .jsonl, outputFailure == nil, let failure = Self.writeStandardOutput(line) {
                    outputFailure = failure
                    interruption.request(.outputFailed)
                }
                if settings.failFast { interruption.request(.failFast) }
            }
            if !outcome.explanation.isEmpty {
                let report = outcome.explanation.map { "scrape: \(outcome.label): \($0)\n" }.joined()
                FileHandle.standardError.write(Data(report.utf8))
            }
            progress.update(tally)
        }

        var walker = InputWalker(arguments: arguments, urlLists: settings.urlLists, readsRecords: settings.readsRecords,
                                 maxBytes: settings.maxBytes)
        let jobs = max(1, settings.jobs)
        if jobs == 1 {
            // One page at a time, in order, needs no child tasks: a task per page cost each page
            // a hop between the pool's threads and back.
            while !interruption.isRequested, let job = walker.next() {
                emit(await worker.process(job))
            }
        } else {
            let window = jobs * Self.reorderWindowPerJob
            await withTaskGroup(of: PageOutcome.self) { group in
                var inFlight = 0
                var launched = 0
                var nextToEmit = 0
                var finished: [Int: PageOutcome] = [:]
                var exhausted = false
                while true {
                    while !exhausted, inFlight < jobs, !interruption.isRequested, !settings.ordered || launched - nextToEmit < window {
                        guard let job = walker.next() else {
                            exhausted = true
                            break
                        }
                        group.addTask { await worker.process(job) }
                        inFlight += 1
                        launched += 1
                    }
                    guard inFlight > 0, let outcome = await group.next() else { break }
                    inFlight -= 1
                    guard settings.ordered else {
                        emit(outcome)
                        continue
                    }
                    finished[outcome.index] = outcome
                    while let ready = finished.removeValue(forKey: nextToEmit) {
                        emit(ready)
                        nextToEmit += 1
                    }
                }
            }
        }
        await fetcher.shutdown()
        progress.finish()

        if let output { Self.writeErrorsFile(errorLines, output: output) }
        let reason = interruption.reason
        if isBatch, !settings.quiet {
            var summary = progress.summary(tally, interrupted: reason == .signal)
            if walker.skippedRecords > 0 { summary += "; \(walker.skippedRecords) archive records without an HTML page skipped" }
            FileHandle.standardError.write(Data((summary + "\n").utf8))
        }
        if let outputFailure {
            Self.printError(outputFailure.errorDescription ?? "writing output failed")
            return ExitStatus.ioError
        }
        if reason == .signal { return ExitStatus.interrupted }
        guard let firstFailure else { return ExitStatus.success }
        // In stream mode a failed page is data, answered by its error line; an engine would
        // otherwise retry or fail the whole task for one broken page.
        if settings.readsRecords { return ExitStatus.success }
        return isBatch ? ExitStatus.someInputsFailed : firstFailure.exitCode
    }

    // MARK: - Helpers

    private static func isFolder(_ argument: String) -> Bool {
        var isDirectory: ObjCBool = false
        return argument != "-" && FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// How many pages the run will see, for the progress line; `nil` when pages come from standard
    /// input or an archive (which would have to be read twice).
    private func count(_ arguments: [String]) -> Int? {
        guard !settings.urlLists.contains("-"), !settings.readsRecords, !arguments.contains(where: WARCReader.isArchive) else { return nil }
        var walker = InputWalker(arguments: arguments, urlLists: settings.urlLists)
        var count = 0
        while walker.next() != nil { count += 1 }
        return count
    }

    /// `_errors.jsonl` describes the last run: written whole when pages failed, removed when none did.
    private static func writeErrorsFile(_ lines: [String], output: OutputTree) {
        if lines.isEmpty {
            unlink(output.errorsPath)
            return
        }
        do {
            try output.write(lines.joined(), to: output.errorsPath)
        } catch {
            printError(error.errorDescription ?? "cannot write \(output.errorsPath)")
        }
    }

    /// Writes to standard output; returns the error when the write fails (a closed pipe, a full disk).
    private static func writeStandardOutput(_ text: String) -> ScrapeError? {
        writeAll(text, to: STDOUT_FILENO).map { .output(String(cString: strerror($0))) }
    }

    private static func printError(_ message: String) {
        FileHandle.standardError.write(Data(("scrape: error: " + message + "\n").utf8))
    }
}

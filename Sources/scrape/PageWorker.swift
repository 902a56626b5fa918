// One page from input to output: load, parse, extract, render, and write when there is an output folder.
import ArticleExtraction
import ArticleRendering
import Foundation
import HTMLParser
import PageLoading

/// Processes pages; many run at once, each on its own page.
struct PageWorker: Sendable {
    let settings: RunSettings
    let format: OutputFormat
    let output: OutputTree?
    let fetcher: PageFetcher
    let gate: HostGate

    func process(_ job: PageJob) async -> PageOutcome {
        let source: InputSource
        switch job.source {
        case let .failure(failure):
            return PageOutcome(index: job.index, label: failure.label, result: .failed(failure.error))
        case let .success(found):
            source = found
        }
        let target = output.map { $0.path(for: source) }
        if let output, let target, output.isDone(target, source: source) {
            return PageOutcome(index: job.index, label: source.label, result: .kept)
        }
        let article: Article
        do {
            article = try await extract(source)
        } catch {
            return PageOutcome(index: job.index, label: source.label, result: .failed(error))
        }
        let text = format.renderer(explains: settings.explains).render(article, input: source.label)
        let explanation = settings.explains && !format.carriesExplanation ? JSONRenderer.explanationLines(of: article) : []
        guard let output, let target else {
            return PageOutcome(index: job.index, label: source.label, result: .rendered(text), explanation: explanation)
        }
        do {
            try output.write(text, to: target)
        } catch {
            return PageOutcome(index: job.index, label: source.label, result: .failed(error))
        }
        return PageOutcome(index: job.index, label: source.label, result: .written, explanation: explanation)
    }

    /// Loads, parses and extracts one page; addresses wait for their turn at their host.
    private func extract(_ source: InputSource) async throws(ScrapeError) -> Article {
        let host: String? = if case let .web(address) = source.location { URL(string: address)?.host } else { nil }
        if let host { await gate.enter(host) }
        let loaded: Result<InputSource.Loaded, ScrapeError>
        do {
            loaded = .success(try await source.load(maxBytes: settings.maxBytes, fetcher: fetcher))
        } catch {
            loaded = .failure(error)
        }
        if let host { await gate.leave(host) }
        let page = try loaded.get()
        // A fetched page's final address is where its relative links point, whatever --base-url says.
        var options = settings.extraction
        if let address = page.address { options.baseURL = address }
        // --now wins: it is how a user re-runs a fetched page as of the day it was fetched.
        if options.now == nil { options.now = page.fetchedAt }
        let parsing = ParseOptions.forExtraction(maxBytes: settings.maxBytes, maxElements: settings.maxElements,
                                                 baseURL: options.baseURL, declaredCharset: page.declaredCharset)
        let document: HTMLDocument
        do {
            document = try HTMLDocument.parse(page.bytes, options: parsing)
        } catch {
            throw .parse(error)
        }
        do {
            return try ArticleExtractor(options: options).extract(from: document)
        } catch {
            throw .extraction(error)
        }
    }
}

// Fetching against a real HTTP server on 127.0.0.1: redirects, errors, limits, encodings, retries.
import Foundation
import LocalTestServer
import PageLoading
import Testing

@Suite struct PageFetcherTests {
    static let article = "<html><head><title>A page</title></head><body><p>Hello from the test server.</p></body></html>"

    /// Runs `body` with a server answering by `routes` and a fetcher with `options` (no proxies from the environment).
    private func withServer(_ options: FetchOptions = FetchOptions(proxies: ProxySettings(environment: [:])),
                            routes: @escaping @Sendable (TestRequest) -> TestResponse,
                            _ body: (LocalTestServer, PageFetcher) async throws -> Void) async throws {
        let server = try await LocalTestServer.start(routes)
        let fetcher = PageFetcher(options: options)
        do {
            try await body(server, fetcher)
        } catch {
            await fetcher.shutdown()
            try await server.stop()
            throw error
        }
        await fetcher.shutdown()
        try await server.stop()
    }

    private func options(timeout: Double = 30, maxBytes: Int = 32 << 20, retries: Int = 2, userAgent: String = FetchOptions.defaultUserAgent) -> FetchOptions {
        FetchOptions(timeout: timeout, maxBytes: maxBytes, userAgent: userAgent, maxRetries: retries, proxies: ProxySettings(environment: [:]))
    }

    private func failure(of fetch: () async throws(FetchError) -> FetchedPage) async -> FetchError? {
        do {
            _ = try await fetch()
            return nil
        } catch {
            return error
        }
    }

    @Test func fetchesAPageAndNamesItself() async throws {
        try await withServer(routes: { _ in .page(Self.article) }) { server, fetcher in
            let page = try await fetcher.fetch(server.baseURL + "/a.html")
            #expect(page.status == 200)
            #expect(page.url == server.baseURL + "/a.html")
            #expect(String(decoding: page.bytes, as: UTF8.self) == Self.article)
            #expect(page.contentType?.charset == "utf-8")
            let agent = server.seen.first?.headers.first { $0.0.lowercased() == "user-agent" }?.1
            #expect(agent == FetchOptions.defaultUserAgent)
            #expect(agent?.hasPrefix("scrape/") == true)
        }
    }

    @Test func sendsTheChosenUserAgent() async throws {
        try await withServer(options(userAgent: "research-bot/1.0"), routes: { _ in .page(Self.article) }) { server, fetcher in
            _ = try await fetcher.fetch(server.baseURL + "/")
            #expect(server.seen.first?.headers.first { $0.0.lowercased() == "user-agent" }?.1 == "research-bot/1.0")
        }
    }

    @Test func followsRedirectsAndReportsTheFinalAddress() async throws {
        try await withServer(routes: { request in
            switch request.path {
            case "/start": return .redirect(to: "/hop", status: 301)
            case "/hop": return .redirect(to: "news/final.html", status: 307)
            default: return .page(Self.article)
            }
        }) { server, fetcher in
            let page = try await fetcher.fetch(server.baseURL + "/start")
            #expect(page.url == server.baseURL + "/news/final.html")
        }
    }

    @Test func detectsARedirectLoop() async throws {
        try await withServer(routes: { request in .redirect(to: request.path == "/a" ? "/b" : "/a") }) { server, fetcher in
            let error = await failure { () async throws(FetchError) in try await fetcher.fetch(server.baseURL + "/a") }
            #expect(error == .redirectLoop(url: server.baseURL + "/a"))
        }
    }

    @Test func stopsAfterTheRedirectLimit() async throws {
        try await withServer(routes: { request in
            let step = Int(request.path.dropFirst()) ?? 0
            return .redirect(to: "/\(step + 1)")
        }) { server, fetcher in
            let error = await failure { () async throws(FetchError) in try await fetcher.fetch(server.baseURL + "/0") }
            #expect(error == .tooManyRedirects(limit: 10, url: server.baseURL + "/11"))
        }
    }

    @Test(arguments: [404, 500, 410])
    func reportsErrorStatuses(status: Int) async throws {
        try await withServer(routes: { _ in TestResponse(status: status, body: Array("nope".utf8)) }) { server, fetcher in
            let error = await failure { () async throws(FetchError) in try await fetcher.fetch(server.baseURL + "/x") }
            #expect(error == .httpStatus(status, url: server.baseURL + "/x"))
            #expect(error?.description.contains(String(status)) == true)
        }
    }

    @Test func retriesA503HonouringRetryAfter() async throws {
        try await withServer(routes: { request in
            request.previousHits == 0 ? TestResponse(status: 503, headers: [("Retry-After", "1")]) : .page(Self.article)
        }) { server, fetcher in
            let started = Date()
            let page = try await fetcher.fetch(server.baseURL + "/busy")
            #expect(page.status == 200)
            #expect(server.seen.count == 2)
            #expect(Date().timeIntervalSince(started) >= 0.9)
        }
    }

    @Test func givesUpOn429AfterTheRetries() async throws {
        try await withServer(options(retries: 2), routes: { _ in TestResponse(status: 429, headers: [("Retry-After", "0")]) }) { server, fetcher in
            let error = await failure { () async throws(FetchError) in try await fetcher.fetch(server.baseURL + "/limited") }
            #expect(error == .httpStatus(429, url: server.baseURL + "/limited"))
            #expect(server.seen.count == 3)
        }
    }

    @Test func doesNotWaitLongerThanAllowedForRetryAfter() async throws {
        try await withServer(routes: { _ in TestResponse(status: 503, headers: [("Retry-After", "3600")]) }) { server, fetcher in
            let error = await failure { () async throws(FetchError) in try await fetcher.fetch(server.baseURL + "/down") }
            #expect(error == .httpStatus(503, url: server.baseURL + "/down"))
            #expect(server.seen.count == 1)
        }
    }

    @Test func timesOutOnASlowBody() async throws {
        // The body would take 20 s; the limit is 1.5 s. (The bound checked is loose: other suites share the threads.)
        let slow = TestResponse(headers: [("Content-Type", "text/html")], body: Array(Self.article.utf8), pieces: 20, pause: .seconds(1))
        try await withServer(options(timeout: 1.5), routes: { _ in slow }) { server, fetcher in
            let started = Date()
            let error = await failure { () async throws(FetchError) in try await fetcher.fetch(server.baseURL + "/slow") }
            #expect(error == .timedOut(.total) || error == .timedOut(.read))
            #expect(Date().timeIntervalSince(started) < 15)
        }
    }

    @Test func refusesAnOversizeBody() async throws {
        let big = TestResponse(headers: [("Content-Type", "text/html")], body: Array(repeating: UInt8(ascii: "a"), count: 300_000), pieces: 30)
        try await withServer(options(maxBytes: 100_000), routes: { request in
            var response = big
            // One with a length that tells in advance, one that must be counted.
            if request.path == "/declared" { response.pieces = 1 }
            return response
        }) { server, fetcher in
            for path in ["/declared", "/streamed"] {
                let error = await failure { () async throws(FetchError) in try await fetcher.fetch(server.baseURL + path) }
                #expect(error == .tooLarge(limit: 100_000))
            }
        }
    }

    @Test func stopsACompressionBombAtTheCap() async throws {
        let bomb = Compressed.gzip(Array(repeating: UInt8(ascii: "a"), count: 500_000))
        try await withServer(options(maxBytes: 100_000), routes: { _ in
            TestResponse(headers: [("Content-Type", "text/html"), ("Content-Encoding", "gzip")], body: bomb)
        }) { server, fetcher in
            // The compressed form is over the cap too (stored blocks); a real bomb is caught after inflating.
            let error = await failure { () async throws(FetchError) in try await fetcher.fetch(server.baseURL + "/bomb") }
            #expect(error == .tooLarge(limit: 100_000))
        }
    }

    @Test(arguments: ["gzip", "deflate"])
    func decompressesBodies(coding: String) async throws {
        let body = coding == "gzip" ? Compressed.gzip(Array(Self.article.utf8)) : Compressed.zlib(Array(Self.article.utf8))
        try await withServer(routes: { _ in
            TestResponse(headers: [("Content-Type", "text/html"), ("Content-Encoding", coding)], body: body)
        }) { server, fetcher in
            let page = try await fetcher.fetch(server.baseURL + "/packed")
            #expect(String(decoding: page.bytes, as: UTF8.self) == Self.article)
            let accepted = server.seen.first?.headers.first { $0.0.lowercased() == "accept-encoding" }?.1
            #expect(accepted?.contains("gzip") == true)
        }
    }

    @Test func reportsCorruptCompression() async throws {
        try await withServer(routes: { _ in
            TestResponse(headers: [("Content-Type", "text/html"), ("Content-Encoding", "gzip")], body: [0x1F, 0x8B, 0x08, 0, 1, 2, 3])
        }) { server, fetcher in
            let error = await failure { () async throws(FetchError) in try await fetcher.fetch(server.baseURL + "/broken") }
            guard case .corruptCompression = error else { Issue.record("expected corrupt compression, got \(String(describing: error))"); return }
        }
    }

    @Test(arguments: ["application/pdf", "image/png", "application/json"])
    func refusesWhatIsNotAPage(contentType: String) async throws {
        try await withServer(routes: { _ in TestResponse(headers: [("Content-Type", contentType)], body: Array("%PDF-1.4".utf8)) }) { server, fetcher in
            let error = await failure { () async throws(FetchError) in try await fetcher.fetch(server.baseURL + "/file") }
            #expect(error == .notHTML(contentType: contentType))
            #expect(error?.description.contains(contentType) == true)
        }
    }

    @Test func namesARefusedConnection() async throws {
        // Start a server to learn a free port, then stop it so that nothing listens there.
        let server = try await LocalTestServer.start { _ in .page(Self.article) }
        let address = server.baseURL
        try await server.stop()
        let fetcher = PageFetcher(options: options())
        let error = await failure { () async throws(FetchError) in try await fetcher.fetch(address + "/") }
        await fetcher.shutdown()
        guard case let .connectionFailed(_, reason) = error else { Issue.record("expected a refused connection, got \(String(describing: error))"); return }
        #expect(reason.contains("refused"))
    }

    @Test func refusesAddressesThatAreNotWebAddresses() async {
        let fetcher = PageFetcher(options: options())
        let error = await failure { () async throws(FetchError) in try await fetcher.fetch("ftp://example.com/a") }
        await fetcher.shutdown()
        #expect(error == .invalidURL("ftp://example.com/a"))
    }
}

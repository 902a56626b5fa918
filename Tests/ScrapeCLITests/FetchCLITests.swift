// `scrape URL` end to end: the built binary against a server on 127.0.0.1.
import Foundation
import LocalTestServer
import Testing

@Suite(.serialized) struct FetchCLITests {
    static let fixtures = ScrapeCLITests.projectRoot.appendingPathComponent("Fixtures")

    /// Runs `body` while a server serves the files under `Fixtures/` at their relative paths,
    /// with the content type given per path, plus `/missing.html` (404) and `/report.pdf`.
    private func withFixtureServer(contentType: @escaping @Sendable (String) -> String = { _ in "text/html" },
                                   _ body: (LocalTestServer) throws -> Void) async throws {
        let server = try await LocalTestServer.start { request in
            let path = String(request.path.dropFirst())
            if path == "missing.html" { return TestResponse(status: 404, body: Array("not found".utf8)) }
            if path == "report.pdf" { return TestResponse(headers: [("Content-Type", "application/pdf")], body: Array("%PDF-1.7".utf8)) }
            guard let data = FileManager.default.contents(atPath: FetchCLITests.fixtures.appendingPathComponent(path).path) else {
                return TestResponse(status: 404)
            }
            return TestResponse(headers: [("Content-Type", contentType(path))], body: [UInt8](data))
        }
        do {
            try body(server)
        } catch {
            try? await server.stop()
            throw error
        }
        try await server.stop()
    }

    private func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func aFetchedPageGivesTheSameArticleAsTheFile() async throws {
        try await withFixtureServer { server in
            let address = server.baseURL + "/seed-hacked-news/source.html"
            let fetched = try ScrapeProcess.run(["-f", "jsonl", address])
            let file = try ScrapeProcess.run(["-f", "jsonl", "--base-url", address, ScrapeCLITests.seed])
            #expect(fetched.status == 0)
            #expect(fetched.stderr.isEmpty)
            var fromWeb = try json(fetched.stdout)
            var fromFile = try json(file.stdout)
            #expect(fromWeb["url"] as? String == address)
            #expect(fromWeb["input"] as? String == address)
            fromWeb["input"] = nil
            fromFile["input"] = nil
            #expect(NSDictionary(dictionary: fromWeb).isEqual(to: fromFile))
        }
    }

    @Test func readsEveryEncodingOverHTTPAsFromTheFile() async throws {
        try await withFixtureServer { server in
            let names = try FileManager.default.contentsOfDirectory(atPath: FetchCLITests.fixtures.appendingPathComponent("encodings").path)
                .filter { $0.hasSuffix(".html") }.sorted()
            #expect(names.count >= 10)
            let outcome = try ScrapeProcess.run(["-f", "jsonl"] + names.map { server.baseURL + "/encodings/" + $0 })
            let files = try ScrapeProcess.run(["-f", "jsonl"] + names.map { FetchCLITests.fixtures.appendingPathComponent("encodings/" + $0).path })
            #expect(outcome.status == 0)
            let web = try outcome.stdout.split(separator: "\n").map { try json(String($0)) }
            let local = try files.stdout.split(separator: "\n").map { try json(String($0)) }
            #expect(web.count == names.count)
            for (fetched, read) in zip(web, local) {
                #expect(fetched["encoding"] as? String == read["encoding"] as? String)
                #expect(fetched["title"] as? String == read["title"] as? String)
                #expect(fetched["text"] as? String == read["text"] as? String)
            }
        }
    }

    @Test func aWrongCharsetHeaderDoesNotGarbleThePage() async throws {
        // The GBK page says gb2312 in its meta tag; the server calls it UTF-8.
        try await withFixtureServer(contentType: { _ in "text/html; charset=utf-8" }) { server in
            let outcome = try ScrapeProcess.run([server.baseURL + "/encodings/gbk-labelled-gb2312-traditional.html"])
            let article = try json(outcome.stdout)
            #expect(article["encoding"] as? String == "GBK")
            #expect(article["title"] as? String == "臺北市推動社區長照服務 新增十處日間照顧中心")
        }
    }

    @Test func theHeaderCharsetDecodesAnUnlabelledPage() async throws {
        try await withFixtureServer(contentType: { _ in "text/html; charset=big5" }) { server in
            let outcome = try ScrapeProcess.run([server.baseURL + "/encodings/big5-unlabelled.html"])
            #expect(try json(outcome.stdout)["encoding"] as? String == "Big5")
        }
    }

    @Test func anHTTPErrorExits69WithTheStatus() async throws {
        try await withFixtureServer { server in
            let outcome = try ScrapeProcess.run([server.baseURL + "/missing.html"])
            #expect(outcome.status == 69)
            #expect(outcome.stdout.isEmpty)
            #expect(outcome.stderr.contains("HTTP 404"))
            #expect(outcome.stderr.split(separator: "\n").count == 1)
        }
    }

    @Test func aPDFIsRefusedByItsContentType() async throws {
        try await withFixtureServer { server in
            let outcome = try ScrapeProcess.run([server.baseURL + "/report.pdf"])
            #expect(outcome.status == 65)
            #expect(outcome.stderr.contains("application/pdf"))
        }
    }

    @Test func anUnreachableServerExits69() async throws {
        var address = ""
        try await withFixtureServer { server in address = server.baseURL }
        // A refused connection fails at once; the generous limit only keeps a busy machine from turning it into a timeout.
        let outcome = try ScrapeProcess.run(["--timeout", "30", address + "/a.html"])
        #expect(outcome.status == 69)
        #expect(outcome.stderr.contains("cannot connect"))
    }

    @Test func aBatchOfAddressesReportsEachFailureAsALine() async throws {
        try await withFixtureServer { server in
            let outcome = try ScrapeProcess.run([server.baseURL + "/seed-hacked-news/source.html", server.baseURL + "/missing.html",
                                                 server.baseURL + "/report.pdf"])
            #expect(outcome.status == 1)
            let lines = try outcome.stdout.split(separator: "\n").map { try json(String($0)) }
            #expect(lines.count == 3)
            #expect((lines[1]["error"] as? [String: Any])?["kind"] as? String == "http_status")
            #expect((lines[2]["error"] as? [String: Any])?["kind"] as? String == "not_html")
        }
    }

    @Test func fetchesAListOfAddressesIntoAnOutputFolder() async throws {
        try await withFixtureServer { server in
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("scrape-urls-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            let list = folder.appendingPathComponent("urls.txt")
            let lines = ["# a comment", server.baseURL + "/seed-hacked-news/source.html", "", server.baseURL + "/encodings/big5-unlabelled.html",
                         server.baseURL + "/missing.html"]
            try lines.joined(separator: "\n").write(to: list, atomically: true, encoding: .utf8)
            let output = folder.appendingPathComponent("out")
            let outcome = try ScrapeProcess.run(["--urls", list.path, "-o", output.path, "--per-host", "1", "--delay", "0.2"])
            #expect(outcome.status == 1)
            let host = "127.0.0.1"
            #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("\(host)/seed-hacked-news/source.json").path))
            #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("\(host)/encodings/big5-unlabelled.json").path))
            let errors = try String(contentsOf: output.appendingPathComponent("_errors.jsonl"), encoding: .utf8)
            #expect(errors.contains("http_status"))
            // Every listed address was asked for once, and nothing else.
            #expect(server.seen.count == 3)
        }
    }
}

// The command line contract: formats, inputs, error lines and exit codes.
import Foundation
import Testing

// One binary at a time: each test blocks a thread of the small cooperative pool while it waits.
@Suite(.serialized) struct ScrapeCLITests {
    static let projectRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let seed = projectRoot.appendingPathComponent("Fixtures/seed-hacked-news/source.html").path

    static let page = """
    <html><head><title>Budget passes - Example</title></head><body><article><h1>Budget passes</h1>
    <p>The budget was discussed at length, with residents, officials and experts giving their views, and the council agreed.</p>
    <p>The school plan was discussed at length, with residents, officials and experts giving their views, and approved.</p>
    </article></body></html>
    """

    /// A scratch folder removed after the test.
    private func scratch() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("scrape-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    private func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func extractsTheSeedPageAsJSON() throws {
        let outcome = try ScrapeProcess.run([ScrapeCLITests.seed])
        #expect(outcome.status == 0)
        #expect(outcome.stderr.isEmpty)
        let article = try json(outcome.stdout)
        #expect(article["title"] as? String == "【大國基理】送外賣更送溫暖 “小哥驛站”助力基層治理")
        #expect(article["date"] as? String == "2023-04-21T17:14:36")
        #expect(article["source"] as? String == "中國新聞網")
        #expect(article["author"] as? String == "左雨晴")
        #expect(article["input"] as? String == ScrapeCLITests.seed)
        let text = try #require(article["text"] as? String)
        #expect(text.hasPrefix("中新網重慶4月21日電"))
        #expect(text.hasSuffix("(完)"))
        #expect(!text.contains("蜘蛛池"))
    }

    @Test func readsStandardInput() throws {
        let outcome = try ScrapeProcess.run(["-f", "text", "-"], stdin: Data(ScrapeCLITests.page.utf8))
        #expect(outcome.status == 0)
        #expect(outcome.stdout.hasPrefix("Budget passes\n\nThe budget was discussed"))
    }

    @Test func reportsTheBaseURLAsTheArticleAddress() throws {
        let outcome = try ScrapeProcess.run(["--base-url", "https://example.com/a/b.html", "-"], stdin: Data(ScrapeCLITests.page.utf8))
        #expect(try json(outcome.stdout)["url"] as? String == "https://example.com/a/b.html")
    }

    @Test func writesMarkdownWithFrontMatter() throws {
        let outcome = try ScrapeProcess.run(["--format", "markdown", "-"], stdin: Data(ScrapeCLITests.page.utf8))
        #expect(outcome.status == 0)
        #expect(outcome.stdout.hasPrefix("---\ntitle: \"Budget passes\"\n"))
        #expect(outcome.stdout.contains("\n---\n\n# Budget passes\n\nThe budget"))
    }

    @Test func writesOneLinePerInputInOrderForSeveralInputs() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = folder.appendingPathComponent("b.html").path
        try ScrapeCLITests.page.write(toFile: first, atomically: true, encoding: .utf8)
        let outcome = try ScrapeProcess.run([first, ScrapeCLITests.seed])
        #expect(outcome.status == 0)
        let lines = outcome.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        #expect(try json(lines[0])["input"] as? String == first)
        #expect(try json(lines[1])["input"] as? String == ScrapeCLITests.seed)
    }

    @Test func readsFoldersRecursivelyIncludingGzippedPages() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try ScrapeCLITests.page.write(to: folder.appendingPathComponent("a.html"), atomically: true, encoding: .utf8)
        try ScrapeCLITests.page.write(to: folder.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        try ScrapeCLITests.page.write(to: folder.appendingPathComponent("sub/c.htm"), atomically: true, encoding: .utf8)
        let gzipped = try ScrapeProcess.spawn("/bin/sh", ["-c", "cp '\(folder.path)/a.html' '\(folder.path)/sub/b.html' && gzip '\(folder.path)/sub/b.html'"],
                                              stdin: "/dev/null", stdout: "/dev/null", stderr: "/dev/null")
        #expect(gzipped == 0)
        let outcome = try ScrapeProcess.run([folder.path])
        #expect(outcome.status == 0)
        let inputs = try outcome.stdout.split(separator: "\n").map { try json(String($0))["input"] as? String }
        #expect(inputs == ["a.html", "sub/b.html.gz", "sub/c.htm"].map { folder.path + "/" + $0 })
    }

    @Test func missingInputExits66WithOneLine() throws {
        let outcome = try ScrapeProcess.run(["/no/such/page.html"])
        #expect(outcome.status == 66)
        #expect(outcome.stdout.isEmpty)
        #expect(outcome.stderr == "scrape: error: /no/such/page.html: no such file or directory: /no/such/page.html\n")
    }

    @Test func emptyInputExits65() throws {
        let outcome = try ScrapeProcess.run(["-"], stdin: Data())
        #expect(outcome.status == 65)
        #expect(outcome.stderr == "scrape: error: -: empty input: no bytes to parse\n")
    }

    @Test func binaryInputExits65() throws {
        let pdf = Data("%PDF-1.7\n".utf8) + Data(repeating: 0, count: 100)
        let outcome = try ScrapeProcess.run(["-"], stdin: pdf)
        #expect(outcome.status == 65)
        #expect(outcome.stderr == "scrape: error: -: not an html page: pdf document\n")
    }

    @Test func pageWithoutArticleExits65() throws {
        let outcome = try ScrapeProcess.run(["-"], stdin: Data("<html><body><nav><a href='/'>Home</a></nav></body></html>".utf8))
        #expect(outcome.status == 65)
        #expect(outcome.stderr.hasPrefix("scrape: error: -: no article found"))
    }

    @Test func inputOverTheByteCapExits65() throws {
        let outcome = try ScrapeProcess.run(["--max-bytes", "100", "-"], stdin: Data(ScrapeCLITests.page.utf8))
        #expect(outcome.status == 65)
        #expect(outcome.stderr.contains("input too large"))
    }

    @Test func deeplyNestedPageGivesItsArticle() throws {
        let depth = 200_000
        let html = "<html><body>" + String(repeating: "<div>", count: depth) + "<p>Deep text, with a comma, and enough words to be a paragraph.</p>"
            + String(repeating: "</div>", count: depth) + "</body></html>"
        // Depth, not speed, is tested: the debug build on a busy machine may need more than the default 5 s.
        let outcome = try ScrapeProcess.run(["-f", "text", "--page-time-limit", "120", "-"], stdin: Data(html.utf8))
        #expect(outcome.status == 0)
        #expect(outcome.stdout == "Deep text, with a comma, and enough words to be a paragraph.\n")
    }

    @Test func failedInputsBecomeErrorLinesAndTheRunGoesOn() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let empty = folder.appendingPathComponent("empty.html").path
        FileManager.default.createFile(atPath: empty, contents: Data())
        let outcome = try ScrapeProcess.run([empty, "/no/such.html", ScrapeCLITests.seed])
        #expect(outcome.status == 1)
        let lines = outcome.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        let first = try json(lines[0])
        #expect(first["input"] as? String == empty)
        #expect((first["error"] as? [String: Any])?["kind"] as? String == "empty_input")
        #expect((try json(lines[1])["error"] as? [String: Any])?["kind"] as? String == "missing_input")
        #expect(try json(lines[2])["title"] != nil)
        #expect(outcome.stderr.contains("scrape: 3 pages in "))
        #expect(outcome.stderr.hasSuffix("1 article, 2 failed\n"))
    }

    @Test(arguments: [[String](), ["--format", "pdf", "x.html"], ["--base-url", "not a url", "x.html"], ["-", "-"], ["--max-bytes", "0", "x.html"]])
    func badArgumentsExit64(arguments: [String]) throws {
        let outcome = try ScrapeProcess.run(arguments)
        #expect(outcome.status == 64)
        #expect(outcome.stdout.isEmpty)
        #expect(!outcome.stderr.isEmpty)
    }

    @Test func failedWritesExit74() throws {
        let outcome = try ScrapeProcess.run([ScrapeCLITests.seed], stdoutPath: "/dev/full")
        #expect(outcome.status == 74)
        #expect(outcome.stderr.hasPrefix("scrape: error: writing output failed"))
    }

    @Test func explainsWhatWasRemovedFromTheSeed() throws {
        let outcome = try ScrapeProcess.run(["--explain", ScrapeCLITests.seed])
        #expect(outcome.status == 0)
        let removed = try #require(try json(outcome.stdout)["removed"] as? [[String: Any]])
        let rules = Set(removed.compactMap { $0["rule"] as? String })
        #expect(rules.isSuperset(of: ["hidden-style", "injected-tags", "keyword-stuffing", "link-farm", "title-spam", "outside-article"]))
        let farm = try #require(removed.first { ($0["sample"] as? String)?.hasPrefix("主站蜘蛛池模板") == true })
        #expect(farm["rule"] as? String == "link-farm")
        #expect((farm["characters"] as? Int ?? 0) > 500)
    }

    @Test func explainsOnStandardErrorForText() throws {
        let outcome = try ScrapeProcess.run(["--explain", "-f", "text", ScrapeCLITests.seed])
        #expect(outcome.status == 0)
        #expect(outcome.stderr.contains(": removed injected-tags (5 characters): <bdo id=\"0wauq\">\n"))
        #expect(!outcome.stdout.contains("removed"))
    }

    @Test func omitsTheReportWithoutExplain() throws {
        let outcome = try ScrapeProcess.run([ScrapeCLITests.seed])
        #expect(try json(outcome.stdout)["removed"] == nil)
    }
}

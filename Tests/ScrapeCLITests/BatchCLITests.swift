// Batches: output folders mirroring the inputs, failures reported, nothing partial, Ctrl-C and resume.
import Foundation
import Testing

@Suite(.serialized) struct BatchCLITests {
    /// A scratch folder with `count` copies of the seed page spread over nested folders, and the
    /// three bad inputs the batch must report: an empty page, random bytes and a PNG.
    private func corpus(count: Int, badInputs: Bool = true) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("scrape-batch-\(UUID().uuidString)")
        let pages = root.appendingPathComponent("in")
        let seed = try Data(contentsOf: URL(fileURLWithPath: ScrapeCLITests.seed))
        for index in 0..<count {
            let folder = pages.appendingPathComponent(["", "a", "a/b", "c"][index % 4])
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try seed.write(to: folder.appendingPathComponent(String(format: "page-%04d.html", index)))
        }
        if badInputs {
            try Data().write(to: pages.appendingPathComponent("empty.html"))
            try Data((0..<4096).map { _ in UInt8.random(in: 0...255) }).write(to: pages.appendingPathComponent("a/random.html"))
            try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array(repeating: 0, count: 64)).write(to: pages.appendingPathComponent("c/image.html"))
        }
        return root
    }

    /// Every regular file under `folder`, relative, sorted.
    private func files(under folder: URL) -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        var found: [String] = []
        while let path = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isDirectory), !isDirectory.boolValue {
                found.append(path)
            }
        }
        return found.sorted()
    }

    private func isCompleteArticle(_ url: URL) -> Bool {
        guard let data = try? Data(contentsOf: url),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return false }
        return object["title"] is String && object["text"] is String
    }

    @Test func mirrorsTheFoldersAndReportsTheBadInputs() throws {
        let root = try corpus(count: 12)
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("out")
        let outcome = try ScrapeProcess.run([root.appendingPathComponent("in").path, "-o", output.path, "-j", "2"])
        #expect(outcome.status == 1)
        #expect(outcome.stdout.isEmpty)
        let written = files(under: output)
        let expected = (0..<12).map { index in ["", "a/", "a/b/", "c/"][index % 4] + String(format: "page-%04d.json", index) } + ["_errors.jsonl"]
        #expect(written == expected.sorted())
        #expect(written.filter { $0.hasSuffix(".json") }.allSatisfy { isCompleteArticle(output.appendingPathComponent($0)) })
        let errors = try String(contentsOf: output.appendingPathComponent("_errors.jsonl"), encoding: .utf8).split(separator: "\n")
        let kinds = try errors.map { line -> String in
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            return try #require((object["error"] as? [String: Any])?["kind"] as? String)
        }
        #expect(kinds.sorted() == ["empty_input", "not_html", "not_html"])
        #expect(outcome.stderr.contains("15 pages in"))
        #expect(outcome.stderr.contains("12 articles, 3 failed"))
    }

    @Test func keepsExistingOutputsUnlessForced() throws {
        let root = try corpus(count: 2, badInputs: false)
        defer { try? FileManager.default.removeItem(at: root) }
        let input = root.appendingPathComponent("in").path
        let output = root.appendingPathComponent("out")
        _ = try ScrapeProcess.run([input, "-o", output.path])
        let page = output.appendingPathComponent("page-0000.json")
        try Data("mine".utf8).write(to: page)
        let kept = try ScrapeProcess.run([input, "-o", output.path])
        #expect(kept.status == 0)
        #expect(try String(contentsOf: page, encoding: .utf8) == "mine")
        #expect(kept.stderr.contains("2 kept"))
        let forced = try ScrapeProcess.run([input, "-o", output.path, "--force"])
        #expect(forced.status == 0)
        #expect(isCompleteArticle(page))
    }

    @Test func ordersStandardOutputLikeTheInputsWhateverTheJobs() throws {
        let root = try corpus(count: 9, badInputs: false)
        defer { try? FileManager.default.removeItem(at: root) }
        let input = root.appendingPathComponent("in").path
        let one = try ScrapeProcess.run(["-j", "1", input])
        let two = try ScrapeProcess.run(["-j", "2", input])
        #expect(one.status == 0)
        #expect(one.stdout == two.stdout)
        #expect(one.stdout.split(separator: "\n").count == 9)
        let unordered = try ScrapeProcess.run(["-j", "2", "--unordered", input])
        #expect(Set(unordered.stdout.split(separator: "\n")) == Set(one.stdout.split(separator: "\n")))
    }

    @Test func stopsAtTheFirstFailureWithFailFast() throws {
        let root = try corpus(count: 8)
        defer { try? FileManager.default.removeItem(at: root) }
        let outcome = try ScrapeProcess.run(["-j", "1", "--fail-fast", root.appendingPathComponent("in").path])
        #expect(outcome.status == 1)
        // a/random.html comes after the pages of a/b and before the rest.
        #expect(outcome.stdout.split(separator: "\n").count < 11)
    }

    @Test func quietPrintsNoSummary() throws {
        let root = try corpus(count: 2, badInputs: false)
        defer { try? FileManager.default.removeItem(at: root) }
        let outcome = try ScrapeProcess.run(["--quiet", root.appendingPathComponent("in").path])
        #expect(outcome.status == 0)
        #expect(outcome.stderr.isEmpty)
    }

    @Test func anInterruptedBatchLeavesOnlyWholeFilesAndResumeFinishesIt() throws {
        let root = try corpus(count: 400, badInputs: false)
        defer { try? FileManager.default.removeItem(at: root) }
        let input = root.appendingPathComponent("in").path
        let output = root.appendingPathComponent("out")
        let log = root.appendingPathComponent("log").path
        let pid = try ScrapeProcess.start(ScrapeProcess.executable, [input, "-o", output.path, "-j", "1"],
                                          stdin: "/dev/null", stdout: log, stderr: log + ".err")
        // Let some pages finish, then interrupt.
        var waited = 0
        while files(under: output).count < 5, waited < 200 {
            usleep(50_000)
            waited += 1
        }
        kill(pid, SIGINT)
        let status = try ScrapeProcess.wait(pid)
        let stderr = (try? String(contentsOfFile: log + ".err", encoding: .utf8)) ?? ""
        #expect(status == 130, "\(stderr)")
        #expect(stderr.contains("interrupted"))
        let partial = files(under: output)
        #expect(partial.count < 400)
        #expect(partial.allSatisfy { $0.hasSuffix(".json") && !$0.contains(".tmp") })
        #expect(partial.allSatisfy { isCompleteArticle(output.appendingPathComponent($0)) })

        let resumed = try ScrapeProcess.run([input, "-o", output.path, "--resume"])
        #expect(resumed.status == 0)
        #expect(resumed.stderr.contains("\(partial.count) kept"))
        let whole = root.appendingPathComponent("whole")
        _ = try ScrapeProcess.run([input, "-o", whole.path])
        #expect(files(under: output) == files(under: whole))
        for path in files(under: whole) {
            #expect(FileManager.default.contents(atPath: output.appendingPathComponent(path).path)
                    == FileManager.default.contents(atPath: whole.appendingPathComponent(path).path))
        }
    }
}

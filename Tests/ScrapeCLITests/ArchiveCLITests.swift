// Web archives and stream mode: the inputs of engines and crawls.
import Foundation
import LocalTestServer
import Testing

@Suite(.serialized) struct ArchiveCLITests {
    /// One gzip member per WARC record, as archivers write them.
    private func record(_ type: String, target: String, contentType: String, block: [UInt8], id: String) -> [UInt8] {
        let header = "WARC/1.0\r\nWARC-Type: \(type)\r\nWARC-Record-ID: <urn:uuid:\(id)>\r\nWARC-Target-URI: \(target)\r\n"
            + "Content-Type: \(contentType)\r\nContent-Length: \(block.count)\r\n\r\n"
        return Compressed.gzip(Array(header.utf8) + block + Array("\r\n\r\n".utf8))
    }

    private func response(_ body: [UInt8], contentType: String, status: String = "200 OK", headers: String = "") -> [UInt8] {
        Array("HTTP/1.1 \(status)\r\nContent-Type: \(contentType)\r\n\(headers)\r\n".utf8) + body
    }

    private func chunked(_ body: [UInt8]) -> [UInt8] {
        let half = body.count / 2
        var output: [UInt8] = Array((String(half, radix: 16) + "\r\n").utf8)
        output += body[..<half]
        output += Array(("\r\n" + String(body.count - half, radix: 16) + "\r\n").utf8)
        output += body[half...]
        output += Array("\r\n0\r\n\r\n".utf8)
        return output
    }

    @Test func readsTheHTMLResponsesOfAGzippedArchive() throws {
        let seed = [UInt8](try Data(contentsOf: URL(fileURLWithPath: ScrapeCLITests.seed)))
        let page = Array(ScrapeCLITests.page.utf8)
        var archive = record("warcinfo", target: "", contentType: "application/warc-fields", block: Array("software: test\r\n".utf8), id: "info")
        archive += record("request", target: "https://news.example/seed", contentType: "application/http; msgtype=request",
                          block: Array("GET /seed HTTP/1.1\r\n\r\n".utf8), id: "req-1")
        archive += record("response", target: "https://news.example/seed", contentType: "application/http; msgtype=response",
                          block: response(seed, contentType: "text/html; charset=utf-8"), id: "seed")
        archive += record("response", target: "https://news.example/a.png", contentType: "application/http; msgtype=response",
                          block: response([0x89, 0x50, 0x4E, 0x47], contentType: "image/png"), id: "image")
        archive += record("response", target: "https://news.example/gone", contentType: "application/http; msgtype=response",
                          block: response(page, contentType: "text/html", status: "404 Not Found"), id: "gone")
        archive += record("response", target: "https://news.example/budget", contentType: "application/http; msgtype=response",
                          block: response(chunked(Compressed.gzip(page)), contentType: "text/html",
                                          headers: "Transfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n"), id: "budget")
        // A last record cut short, as an interrupted crawl leaves it.
        let cut = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:cut>\r\nWARC-Target-URI: https://news.example/cut\r\n"
            + "Content-Type: application/http; msgtype=response\r\nContent-Length: 5000\r\n\r\nHTTP/1.1 200 OK\r\n"
        archive += Compressed.gzip(Array(cut.utf8))

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("scrape-warc-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("crawl.warc.gz").path
        try Data(archive).write(to: URL(fileURLWithPath: path))

        let outcome = try ScrapeProcess.run([path])
        #expect(outcome.status == 1)
        let lines = try outcome.stdout.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect(lines.count == 3)
        #expect(lines[0]["url"] as? String == "https://news.example/seed")
        #expect(lines[0]["input"] as? String == path + "#urn:uuid:seed")
        #expect(lines[0]["title"] as? String == "【大國基理】送外賣更送溫暖 “小哥驛站”助力基層治理")
        #expect(lines[1]["url"] as? String == "https://news.example/budget")
        #expect((lines[1]["text"] as? String)?.hasPrefix("The budget was discussed") == true)
        #expect((lines[2]["error"] as? [String: Any])?["kind"] as? String == "unreadable_record")
        #expect(lines[2]["input"] as? String == path + "#urn:uuid:cut")
        #expect(outcome.stderr.contains("4 archive records without an HTML page skipped"))
    }

    @Test func streamModeAnswersEachLineInOrder() throws {
        let html = ScrapeCLITests.page
        let lines = [
            #"{"url": "https://news.example/a", "html": \#(String(data: try JSONSerialization.data(withJSONObject: html, options: .fragmentsAllowed), encoding: .utf8)!)}"#,
            "not json",
            #"{"id": "b", "html_base64": "\#(Data(html.utf8).base64EncodedString())"}"#,
        ]
        let outcome = try ScrapeProcess.run(["--input-format", "jsonl", "-q"], stdin: Data((lines.joined(separator: "\n") + "\n").utf8))
        #expect(outcome.status == 0)
        let answers = try outcome.stdout.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect(answers.count == 3)
        #expect(answers[0]["url"] as? String == "https://news.example/a")
        #expect(answers[0]["title"] as? String == "Budget passes")
        #expect((answers[1]["error"] as? [String: Any])?["kind"] as? String == "unreadable_record")
        #expect(answers[2]["input"] as? String == "b")
        #expect(answers[2]["title"] as? String == "Budget passes")
    }
}

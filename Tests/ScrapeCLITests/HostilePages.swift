// Hostile inputs, generated when a test runs: nothing large is committed.
import Foundation
import LocalTestServer
import Testing

/// One hostile input and what `scrape` may answer it with.
struct HostilePage: CustomTestStringConvertible, Sendable {
    let name: String
    /// The file name's extension: `html`, or `html.gz` for compressed inputs.
    var fileExtension = "html"
    /// Extra command-line arguments.
    var arguments: [String] = []
    /// The exit codes that are right for it: 0, or a documented error code.
    let allowedExits: Set<Int32>
    /// Text that must not reach the output: what an entity would expand to, a local file's contents.
    var forbiddenOutput: String?
    let bytes: @Sendable () -> [UInt8]

    var testDescription: String { name }
}

enum HostilePages {
    /// A secret that only a local file holds; an external entity must not bring it into the output.
    static let localSecret = "local-file-secret-7f3a9"

    private static func html(_ body: String) -> [UInt8] { Array("<html><body>\(body)</body></html>".utf8) }

    private static let article = "<p>" + String(repeating: "A sentence of the article that a reader came for. ", count: 8) + "</p>"

    /// Repeats a piece of markup without building one huge Swift string per repetition.
    private static func repeated(_ piece: String, _ count: Int, around middle: String = "", closing: String = "") -> [UInt8] {
        var bytes = Array("<html><body>".utf8)
        let open = Array(piece.utf8)
        bytes.reserveCapacity(open.count * count + closing.utf8.count * count + 64)
        for _ in 0..<count { bytes += open }
        bytes += Array(middle.utf8)
        let close = Array(closing.utf8)
        if !close.isEmpty { for _ in 0..<count { bytes += close } }
        bytes += Array("</body></html>".utf8)
        return bytes
    }

    /// Random bytes from a fixed seed, so a failure can be reproduced.
    private static func noise(count: Int) -> [UInt8] {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        return (0..<count).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt8(truncatingIfNeeded: state >> 56)
        }
    }

    static func all(localFile: String) -> [HostilePage] {
        let article = article
        return [
            HostilePage(name: "empty", allowedExits: [65]) { [] },
            HostilePage(name: "whitespace only", allowedExits: [65]) { Array(repeating: 0x20, count: 3000) + [0x0A, 0x09] },
            HostilePage(name: "random bytes", allowedExits: [0, 65]) { noise(count: 100_000) },
            HostilePage(name: "NUL bytes", allowedExits: [65]) { Array(repeating: 0, count: 6000) },
            HostilePage(name: "invalid UTF-8", allowedExits: [0]) {
                html(article) + [0xC3, 0x28, 0xA0, 0xA1, 0xE2, 0x28, 0xA1, 0xF0, 0x90, 0x28, 0xBC, 0xFF, 0xFE] + html(article)
            },
            HostilePage(name: "UTF-16 with BOM", allowedExits: [0]) {
                [0xFF, 0xFE] + Array("<html><body>\(article)</body></html>".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
            },
            HostilePage(name: "UTF-16 without BOM", allowedExits: [0]) {
                Array("<html><body>\(article)</body></html>".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
            },
            HostilePage(name: "a million nested divs", allowedExits: [0, 65]) {
                repeated("<div>", 1_000_000, around: article, closing: "</div>")
            },
            HostilePage(name: "300,000 unclosed inline tags", allowedExits: [0, 65]) { repeated("<b>x", 300_000, around: article) },
            HostilePage(name: "a 50 MB text node", allowedExits: [0, 65]) {
                html("<p>" + String(repeating: "word ", count: 10_000_000) + "</p>")
            },
            HostilePage(name: "a 30 MB text node, under the default byte cap", allowedExits: [0]) {
                html("<p>" + String(repeating: "word ", count: 6_000_000) + "</p>")
            },
            HostilePage(name: "a 20 MB attribute", allowedExits: [0]) {
                html("<div title=\"" + String(repeating: "a", count: 20_000_000) + "\">\(article)</div>")
            },
            HostilePage(name: "300,000 attributes on one element", allowedExits: [0, 65]) {
                html("<div " + (0..<300_000).map { "a\($0)=\"1\"" }.joined(separator: " ") + ">\(article)</div>")
            },
            HostilePage(name: "a million elements", allowedExits: [0, 65]) { repeated("<span>x</span>", 1_000_000, around: article) },
            HostilePage(name: "200,000 links", allowedExits: [0, 65]) {
                html(article + (0..<200_000).map { "<a href=\"/\($0)\">link \($0)</a>" }.joined())
            },
            HostilePage(name: "an unclosed comment", allowedExits: [0, 65]) {
                html(article + "<!-- " + String(repeating: "never closed ", count: 8000))
            },
            HostilePage(name: "an unclosed script", allowedExits: [0, 65]) {
                html(article + "<script>var x = '" + String(repeating: "<p>not text</p>", count: 50_000))
            },
            HostilePage(name: "billion laughs", allowedExits: [0, 65], forbiddenOutput: String(repeating: "lol", count: 100)) {
                var entities = "<!ENTITY lol \"lol\">"
                for level in 1...9 {
                    let previous = level == 1 ? "lol" : "lol\(level - 1)"
                    entities += "<!ENTITY lol\(level) \"" + String(repeating: "&\(previous);", count: 10) + "\">"
                }
                return Array("<?xml version=\"1.0\"?><!DOCTYPE html [\(entities)]><html><body>\(article)<p>&lol9;</p></body></html>".utf8)
            },
            HostilePage(name: "an external entity on a local file", allowedExits: [0, 65], forbiddenOutput: localSecret) {
                Array("<?xml version=\"1.0\"?><!DOCTYPE html [<!ENTITY secret SYSTEM \"file://\(localFile)\">]><html><body>\(article)<p>&secret;</p></body></html>".utf8)
            },
            HostilePage(name: "a 1.5 GB gzip bomb", fileExtension: "html.gz", allowedExits: [65]) {
                Compressed.gzipBomb(memberBytes: 1 << 20, members: 1500)
            },
            HostilePage(name: "a frameset page", allowedExits: [0, 65]) {
                Array("<html><frameset cols=\"50%,50%\"><frame src=\"a.html\"><frame src=\"b.html\"></frameset></html>".utf8)
            },
            HostilePage(name: "an SVG-only page", allowedExits: [0, 65]) {
                Array("<svg xmlns=\"http://www.w3.org/2000/svg\"><circle r=\"5\"/><text>hello</text></svg>".utf8)
            },
            HostilePage(name: "JSON-LD nested 100,000 deep", allowedExits: [0]) {
                let nested = String(repeating: "[", count: 100_000) + "\"x\"" + String(repeating: "]", count: 100_000)
                return Array("<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":\(nested)}</script></head><body>\(article)</body></html>".utf8)
            },
            HostilePage(name: "50,000 nested tables", allowedExits: [0, 65]) {
                repeated("<table><tr><td>", 50_000, around: article, closing: "</td></tr></table>")
            },
        ]
    }
}

// Parsing, traversal, removal and memory ownership of the libxml2 wrapper.
import HTMLParser
import Testing

@Suite struct HTMLDocumentTests {
    private func parse(_ html: String, options: ParseOptions = ParseOptions()) throws -> HTMLDocument {
        try HTMLDocument.parse(Array(html.utf8), options: options)
    }

    @Test func parsesBrokenMarkupIntoATree() throws {
        let document = try parse("<html><body><div id=a><p>One<p>Two</div><span>three")
        let body = try #require(document.body)
        let paragraphs = body.descendants(named: "p")
        #expect(paragraphs.map(\.textContent) == ["One", "Two"])
        #expect(body.descendants(named: "div").first?.attribute("id") == "a")
        #expect(body.descendants(named: "span").first?.textContent == "three")
    }

    @Test func readsAttributesAndMissingAttributes() throws {
        let document = try parse(#"<p class="lead x" data-n="1" hidden>t</p>"#)
        let paragraph = try #require(document.body?.descendants(named: "p").first)
        #expect(paragraph.attribute("class") == "lead x")
        #expect(paragraph.attribute("missing") == nil)
        #expect(paragraph.hasAttribute("hidden"))
        #expect(paragraph.attributes.map(\.name) == ["class", "data-n", "hidden"])
    }

    @Test func skipsNulBytesAsBrowsersDo() throws {
        // libxml2 would end the page at the first NUL. (NULs in the first kilobyte mark binary data.)
        let head = "<html><head><title>t</title><!-- " + String(repeating: "x", count: 1100) + " --></head>"
        let bytes = Array((head + "<body><p>before</p><img src=x>").utf8) + [0, 0, 0] + Array("<p>after</p></body></html>".utf8)
        let document = try HTMLDocument.parse(bytes)
        #expect(try #require(document.body).textContent == "beforeafter")
    }

    @Test func refusesEmptyInput() {
        #expect(throws: ParseError.empty) { try HTMLDocument.parse([]) }
    }

    @Test func refusesBinaryInput() {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]
        #expect(throws: ParseError.notHTML("png image")) { try HTMLDocument.parse(png) }
        let noise = [UInt8](repeating: 0, count: 64) + Array("<p>x</p>".utf8)
        #expect(throws: ParseError.notHTML("binary data")) { try HTMLDocument.parse(noise) }
    }

    @Test func refusesInputOverTheByteCap() {
        let bytes = Array("<p>0123456789</p>".utf8)
        #expect(throws: ParseError.tooLarge(bytes: bytes.count, limit: 10)) {
            try HTMLDocument.parse(bytes, options: ParseOptions(maxBytes: 10))
        }
    }

    @Test func honoursTheDeclaredCharset() throws {
        // "中文" in GBK, declared as gb2312, which the WHATWG standard reads as GB18030.
        let bytes = Array(#"<html><head><meta charset="gb2312"></head><body><p>"#.utf8) + [0xD6, 0xD0, 0xCE, 0xC4]
            + Array("</p></body></html>".utf8)
        let document = try HTMLDocument.parse(bytes)
        #expect(document.encoding == "GBK")
        #expect(document.body?.descendants(named: "p").first?.textContent == "中文")
    }

    @Test func readsUndeclaredLegacyBytesByDetection() throws {
        let bytes = Array("<p>caf".utf8) + [0xE9] + Array("</p>".utf8)
        let document = try HTMLDocument.parse(bytes)
        #expect(document.charset.evidence == .detected)
        #expect(document.body?.descendants(named: "p").first?.textContent == "café")
    }

    @Test func detachedNodesStayReadableUntilTheDocumentGoes() throws {
        let document = try parse("<div><p id=x>gone <b>bold</b></p><p>kept</p></div>")
        let body = try #require(document.body)
        let removed = try #require(body.descendants(named: "p").first)
        let bold = try #require(removed.descendants(named: "b").first)
        removed.detach()
        #expect(body.descendants(named: "p").map(\.textContent) == ["kept"])
        // Handles into the removed subtree still work: the document parks, it does not free.
        #expect(removed.attribute("id") == "x")
        #expect(bold.textContent == "bold")
        #expect(removed.parent == nil)
        // Detaching twice, or detaching inside a detached subtree, is harmless.
        removed.detach()
        bold.detach()
        #expect(removed.textContent == "gone ")
    }

    @Test func removalDuringAWalkUsesTheNextNodeTakenBefore() throws {
        let document = try parse("<div><span>a</span><i>b</i><span>c</span><i>d</i></div>")
        let body = try #require(document.body)
        var current = body.firstChild
        while let node = current {
            if node.name == "i" {
                current = node.next(within: body, skippingChildren: true)
                node.detach()
            } else {
                current = node.next(within: body)
            }
        }
        #expect(body.textContent == "ac")
    }

    @Test func copiesAreIndependent() throws {
        let document = try parse("<p>one</p><p>two</p>")
        let copy = document.copy()
        try #require(copy.body?.descendants(named: "p").first).detach()
        #expect(document.body?.descendants(named: "p").count == 2)
        #expect(copy.body?.descendants(named: "p").count == 1)
    }

    /// `walk` visits what `descendants` lists, in the same order, and leaves out a subtree when told.
    @Test func walksInDocumentOrderAndSkipsSubtrees() throws {
        let document = try parse("<div id=a><p id=b>one<b id=c>two</b></p><ul id=d><li id=e>three</li></ul></div><p id=f>four</p>")
        let body = try #require(document.body)
        var visited: [HTMLNode] = []
        body.walk { node in
            visited.append(node)
            return .descend
        }
        #expect(visited == Array(body.descendants))
        var ids: [String] = []
        body.walk { node in
            guard let id = node.attribute("id") else { return .descend }
            ids.append(id)
            return id == "d" || id == "b" ? .skipChildren : .descend
        }
        #expect(ids == ["a", "b", "d", "f"])
        var cursor = try #require(body.firstChild)
        var steps = 0
        while cursor.advance(within: body, skippingChildren: cursor.attribute("id") == "a") { steps += 1 }
        #expect(steps == 2)
        #expect(cursor.attribute("id") == nil && cursor.text == "four")
    }

    /// A tree far deeper than any stack allows a recursive walk to survive.
    @Test func survivesTwoHundredThousandNestedElements() throws {
        let depth = 200_000
        let html = "<html><body>" + String(repeating: "<div>", count: depth) + "deep" + String(repeating: "</div>", count: depth) + "</body></html>"
        let document = try parse(html)
        let body = try #require(document.body)
        var count = 0
        var deepest: HTMLNode?
        for node in body.descendants where node.isElement {
            count += 1
            deepest = node
        }
        #expect(count == depth)
        #expect(deepest?.textContent == "deep")
        #expect(body.textContent == "deep")
        // Removing the outermost element parks the whole deep subtree for the document to free.
        try #require(body.firstChild).detach()
        #expect(body.firstChild == nil)
    }

    @Test func refusesAnElementWithHundredsOfThousandsOfAttributes() {
        // libxml2 needs minutes for this tag; the scan refuses it at once.
        let tag = "<p " + (0..<300_000).map { "a\($0)=\"x\"" }.joined(separator: " ") + ">text</p>"
        #expect(throws: ParseError.tooManyAttributes(limit: ParseOptions.maxAttributesPerElement)) {
            try HTMLDocument.parse(Array(("<html><body>" + tag + "</body></html>").utf8))
        }
    }

    @Test func countsOnlyAttributesNotEqualsSignsInQuotedValues() throws {
        let value = String(repeating: "a=b&", count: 20_000)
        let document = try HTMLDocument.parse(Array(#"<html><body><a href="?\#(value)">link</a><p>text</p></body></html>"#.utf8))
        #expect(document.body != nil)
    }

    @Test func refusesMoreElementsThanTheLimit() throws {
        let page = Array(("<html><body>" + String(repeating: "<span>x</span>", count: 1000) + "</body></html>").utf8)
        #expect(throws: ParseError.tooManyElements(limit: 500)) {
            try HTMLDocument.parse(page, options: ParseOptions(maxElements: 500))
        }
        // Unclosed tags count as much as closed ones; `<` before a non-letter is text.
        #expect(throws: ParseError.tooManyElements(limit: 500)) {
            try HTMLDocument.parse(Array(("<p>" + String(repeating: "<b>x", count: 600)).utf8), options: ParseOptions(maxElements: 500))
        }
        let comparisons = Array(("<p>" + String(repeating: "1 < 2 <3 ", count: 2000) + "</p>").utf8)
        #expect(try HTMLDocument.parse(comparisons, options: ParseOptions(maxElements: 500)).body != nil)
        #expect(try HTMLDocument.parse(page, options: ParseOptions(maxElements: 1002)).body != nil)
        // Counted by the census where the page is parsed whole, by the scan that takes out scripts elsewhere.
        #expect(throws: ParseError.tooManyElements(limit: 500)) {
            try HTMLDocument.parse(page, options: ParseOptions(maxElements: 500, keepsUnreadMarkup: true))
        }
        // Tags inside a script are none of the page's.
        let scripted = Array(("<html><body><script>" + String(repeating: "<span>x</span>", count: 1000) + "</script><p>a</p></body></html>").utf8)
        #expect(try HTMLDocument.parse(scripted, options: ParseOptions(maxElements: 500)).body != nil)
    }

    @Test func endsEveryWalkOnceTheDeadlineHasPassed() throws {
        let document = try HTMLDocument.parse(Array(("<html><body>" + String(repeating: "<div><p>x</p></div>", count: 5000) + "</body></html>").utf8))
        let root = try #require(document.root)
        #expect(root.descendants.reduce(0) { count, _ in count + 1 } > 15_000)
        let deadline = WalkDeadline(after: .zero)
        document.deadline = deadline
        #expect(root.descendants.reduce(0) { count, _ in count + 1 } < 4097)
        #expect(deadline.hasPassed)
        // Copies share the deadline.
        #expect(try #require(document.copy().root).descendants.reduce(0) { count, _ in count + 1 } <= 1)
    }

    @Test func asksTagSetsOnTheNamesBytes() throws {
        let tags: TagSet = ["p", "blockquote", "figcaption", "h1", "custom-element-name"]
        let document = try HTMLDocument.parse(Array(("<body><p>a</p><blockquote>b</blockquote><figcaption>c</figcaption><h1>d</h1>"
            + "<custom-element-name>e</custom-element-name><custom-element>f</custom-element><pre>g</pre><b>h</b></body>").utf8))
        let elements = try #require(document.body).children.filter(\.isElement)
        #expect(elements.map(\.name) == ["p", "blockquote", "figcaption", "h1", "custom-element-name", "custom-element", "pre", "b"])
        #expect(elements.map { $0.isElement(in: tags) } == [true, true, true, true, true, false, false, false])
        #expect(elements.map { tags.contains($0.name) } == [true, true, true, true, true, false, false, false])
        #expect(!tags.contains("") && !tags.contains("P") && !tags.contains("blockquot"))
        // Text is no element, whatever it says.
        #expect(try #require(elements.first?.firstChild).isElement(in: ["a"]) == false)
        // A set of many names still finds each of them.
        let many = TagSet((1...200).map { "t\($0)" })
        #expect((1...200).allSatisfy { many.contains("t\($0)") } && !many.contains("t0") && !many.contains("t201"))
    }

    @Test func keepsValuesBesideNodesByTheirIdentity() throws {
        let document = try HTMLDocument.parse(Array(("<body>" + String(repeating: "<p>a<b>b</b></p>", count: 300) + "</body>").utf8))
        let elements = try #require(document.body).descendants.filter(\.isElement)
        var table = NodeTable<Int>()
        // Past several doublings, every value where it was put.
        for (index, element) in elements.enumerated() where index % 3 != 0 { table.updateValue(index, for: element) }
        for (index, element) in elements.enumerated() { #expect(table[element] == (index % 3 != 0 ? index : nil)) }
        table.updateValue(-1, for: elements[1])
        #expect(table[elements[1]] == -1)
        // The table keeps the document alive: its nodes are still there to compare with.
        let other = try HTMLDocument.parse(Array("<body><p>a</p></body>".utf8))
        #expect(table[try #require(other.body)] == nil)
    }
}

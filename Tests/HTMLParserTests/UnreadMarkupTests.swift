// Unread markup taken out before parsing: the tree must be libxml2's own, minus code, comment text and left-out attributes.
import Foundation
@testable import HTMLParser
import Testing

@Suite struct UnreadMarkupTests {
    /// The tree as a list of lines: every element with its attributes (but those `filter` leaves
    /// out), every text and comment, with the text inside `<script>` and `<style>` elements and
    /// comments' text left out (that is all the options may change).
    static func shape(of document: HTMLDocument, leavingOut filter: AttributeFilter = .none) -> [String] {
        guard let root = document.root else { return [] }
        var lines: [String] = []
        var before = root.previousSibling
        while let node = before {
            let text = node.textContent
            lines.insert("before \(node.kind) " + (node.kind != .comment || text.contains("saved from url=(") ? text : ""), at: 0)
            before = node.previousSibling
        }
        for node in [root] + Array(root.descendants) {
            var depth = 0
            var ancestor = node.parent
            while let at = ancestor, at != root { depth += 1; ancestor = at.parent }
            let indent = String(repeating: " ", count: depth)
            switch node.kind {
            case .element:
                let attributes = node.attributes.filter { !filter.leavesOut($0.name) }
                lines.append(indent + "<\(node.name) " + attributes.map { "\($0.name)=\($0.value)" }.joined(separator: " ") + ">")
            case .text where node.parent?.isElement(named: "script") != true && node.parent?.isElement(named: "style") != true:
                lines.append(indent + "text \(node.text)")
            case .comment:
                // Comments stay, their text only where it notes a saved page's address.
                let text = node.textContent
                lines.append(indent + "comment " + (text.contains("saved from url=(") ? text : ""))
            default:
                break
            }
        }
        return lines
    }

    /// Every style sheet of the page, set apart or left in the tree, sorted.
    static func styleSheets(of document: HTMLDocument) -> [String] {
        let inTree = document.root?.descendants(named: "style").map(\.textContent) ?? []
        return (document.styleSheets.map { String(decoding: $0, as: UTF8.self) } + inTree).filter { !$0.isEmpty }.sorted()
    }

    /// As the extraction leaves them out (`AttributeFilter.unreadByExtraction`, not visible here).
    static let unread = AttributeFilter(names: ["d", "srcset", "sizes", "target", "value"], prefixes: ["data-", "on", "aria-"],
                                        except: ["data-src", "data-original", "data-lazy-src", "data-url", "aria-hidden"])

    private func parse(_ html: String, keepingUnreadMarkup: Bool) throws -> HTMLDocument {
        try HTMLDocument.parse(Array(html.utf8), options: ParseOptions(keepsUnreadMarkup: keepingUnreadMarkup, leftOutAttributes: Self.unread))
    }

    /// Checks that the page parses to the same tree both ways, and returns the script texts left.
    private func sameTree(_ html: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String] {
        let whole = try parse(html, keepingUnreadMarkup: true)
        let lean = try parse(html, keepingUnreadMarkup: false)
        #expect(Self.shape(of: lean, leavingOut: Self.unread) == Self.shape(of: whole, leavingOut: Self.unread), sourceLocation: sourceLocation)
        #expect(Self.styleSheets(of: lean) == Self.styleSheets(of: whole), sourceLocation: sourceLocation)
        return lean.root?.descendants(named: "script").map(\.textContent) ?? []
    }

    @Test func leavesOutCodeAndKeepsStructuredData() throws {
        let scripts = try sameTree("""
            <html><head><script>var a = "<p>x</p>"; if (a < b) {}</script>
            <script type="application/ld+json">{"headline": "Kept"}</script>
            <SCRIPT TYPE='text/javascript'>document.write('<div>')</SCRIPT></head>
            <body><p>Text</p><script src="a.js"></script><script async>f()</script ><p>More</p></body></html>
            """)
        #expect(scripts == ["", #"{"headline": "Kept"}"#, "", "", ""])
    }

    @Test func leavesOutUnreadAttributes() throws {
        let html = #"<body><div data-x="1" class="a" onClick='f()' data-src="i.jpg"><svg><path d="M0 0"/></svg>"#
            + #"<img srcset="a 1x" src="b.jpg" DATA-ORIGINAL=c sizes=10px><p class="x"data-y="2">t</p><p data-z="3"id=q>u</p>"#
            + #"<img data-w=1/><span data-v title=t>v</span></div></body>"#
        _ = try sameTree(html)
        let document = try parse(html, keepingUnreadMarkup: false)
        let body = try #require(document.body)
        let elements = body.descendants.filter(\.isElement)
        #expect(elements.map { $0.attributes.map(\.name).joined(separator: ",") } == ["class,data-src", "", "", "src,data-original", "class", "id", "", "title"])
    }

    @Test func emptiesCommentsButASavedPagesAddress() throws {
        let html = "<!-- saved from url=(0022)https://example.com/ --><html><head><!--[if IE]><p>old</p><![endif]--></head><body><!---->"
            + "<p>a</p><!-- comment --></body></html>"
        _ = try sameTree(html)
        let document = try parse(html, keepingUnreadMarkup: false)
        let root = try #require(document.root)
        #expect(root.previousSibling?.textContent == " saved from url=(0022)https://example.com/ ")
        #expect(root.descendants.filter { $0.kind == .comment }.map(\.textContent) == ["", "", ""])
    }

    @Test func setsStyleSheetsApart() throws {
        let html = "<html><head><style>.x7k2 { display: none }</style></head><body><style media=print>p { color: red }</style><p>a</p></body></html>"
        _ = try sameTree(html)
        let document = try parse(html, keepingUnreadMarkup: false)
        #expect(document.styleSheets.map { String(decoding: $0, as: UTF8.self) } == [".x7k2 { display: none }", "p { color: red }"])
        #expect(document.root?.descendants(named: "style").allSatisfy { $0.textContent.isEmpty } == true)
    }

    @Test func leavesStyleSheetsOfOtherEncodingsInTheTree() throws {
        // The sheet would be handed over in the page's bytes, the classes it names decoded by libxml2.
        let html = Array(#"<html><head><meta charset="windows-1252"><style>.caf\#u{E9} { display: none }</style></head><body><script>x()</script><p class="caf\#u{E9}">a</p></body></html>"#.utf8)
        var bytes: [UInt8] = []
        for scalar in String(decoding: html, as: UTF8.self).unicodeScalars { bytes.append(UInt8(truncatingIfNeeded: scalar.value)) }
        let document = try HTMLDocument.parse(bytes)
        #expect(document.encoding == "windows-1252")
        #expect(document.styleSheets.isEmpty)
        #expect(document.root?.descendants(named: "style").first?.textContent == ".caf\u{E9} { display: none }")
        #expect(document.root?.descendants(named: "script").first?.textContent == "")
    }

    @Test func followsTheTokenizerWhereScriptsCanHide() throws {
        let pages = [
            // Inside comments, style sheets, attribute values and processing instructions, `<script` is no tag.
            "<body><!-- <script>x</script> --><p>a</p><script>y</script></body>",
            "<body><style>p::after { content: '<script>' }</style><p>a</p><script>y</script><p>b</p></body>",
            #"<body><div title="<script>z</script>">a</div><script>y</script><p>b</p></body>"#,
            "<body><?php echo '<script>'; ?><p>a</p><script>y</script></body>",
            "<!DOCTYPE html><body><![CDATA[<script>x</script>]]><p>a</p></body>",
            // A script that closes itself has no body; the text after it is the page's.
            #"<body><script src="a.js" /><p>kept</p><script>y</script></body>"#,
            #"<body><script src="a.js"/>kept text<script>y</script></body>"#,
            "<body><script src=a.js/><p>body of the script</p></script><p>b</p></body>",
            // A body ends at the first `</script`, whatever follows it.
            "<body><script>a = '</scripts>'; b()</script><p>c</p></body>",
            "<body><script><!-- document.write('<script>x</script>') --></script><p>c</p></body>",
            // A body opening with a tag that closes it or with an end tag, an open quote: passed to libxml2 as they are.
            "<body><script><noscript><p>in</p></script><p>out</p></body>",
            "<body><style><body><p>in</p></style><p>out</p></body>",
            "<body><script></p>x</script><p>out</p></body>",
            // Other tags opening a body are its text (templates); attribute names no parser accepts are passed over.
            #"<body><script type="text/template"><div class="t">in</div></script><p>out</p><script>x</script></body>"#,
            "<body><div @click=\"a > b\"><script>x</script></div><p>out</p></body>",
            #"<body><img alt="a "quoted" word" src=x><script>x</script><p class"y">out</p><script>z</script><a "b=c>d</a></body>"#,
            #"<body><div [class]="x" data-a="1"/><script>x</script><p data-b="2">out</p></body>"#,
            "<body><p class=\"open>text<script>x</script></p>",
            // Unterminated comments and scripts run to the end of the page.
            "<body><p>a</p><!-- <script>x</script>",
            "<body><p>a</p><script>never closed <p>b</p>",
            // Titles, text areas and `<noscript>` are ordinary elements to this libxml2.
            "<html><head><title>t<script>x</script></title></head><body><textarea><script>y</script></textarea><noscript><script>z</script></noscript></body></html>",
        ]
        for page in pages { _ = try sameTree(page) }
    }

    @Test func readsAttributesWhereThePageWroteThem() throws {
        let html = #"<body><div class="article-body main-column" id="short"><a href="https://example.com/a/b?c=1">x</a>"#
            + #"<a href="https://example.com/?a=1&amp;b=2" title='single quoted value'>y</a><p title=unquoted-long-value lang="caf\#u{E9} au lait">z</p>"#
            + "<p title=\"line one\r\nline two\" class=\"tabbed\tand\nbroken\">w</p></div></body>"
        _ = try sameTree(html)
        let document = try parse(html, keepingUnreadMarkup: false)
        // Every tag but <body> had an attribute libxml2 would copy unchanged; libxml2 read the
        // others (a reference, a byte past ASCII, a carriage return).
        #expect(document.setApartAttributes?.count == 5)
        let div = try #require(document.body?.firstChildElement(named: "div"))
        #expect(div.attribute("class") == "article-body main-column")
        #expect(div.withAttributeBytes("class") { String(decoding: $0, as: UTF8.self) } == "article-body main-column")
        #expect(div.hasAttributeWord("class", "main-column"))
        #expect(div.hasAttributes && div.hasAttribute("id") && !div.hasAttribute("title"))
        #expect(div.attributes.map(\.value) == ["article-body main-column", "short"])
        let links = div.descendants(named: "a")
        #expect(links.map { $0.attribute("href") } == ["https://example.com/a/b?c=1", "https://example.com/?a=1&b=2"])
        #expect(links[1].attribute("title") == "single quoted value")
        #expect(links[1].attributes.map(\.name) == ["href", "title"])
        // The address libxml2 read (a reference in it) and the title set apart are both there.
        #expect(links[1].hasAttribute("href") && links[1].hasAttribute("title") && !links[1].hasAttribute("class"))
        let paragraphs = div.descendants(named: "p")
        #expect(paragraphs[0].attribute("title") == "unquoted-long-value")
        #expect(paragraphs[0].attribute("lang") == "caf\u{E9} au lait")
        #expect(paragraphs[1].attribute("title") == "line one\r\nline two")
        #expect(paragraphs[1].attribute("class") == "tabbed\tand\nbroken")
        // A copy reads them too.
        #expect(document.copy().body?.firstChildElement(named: "div")?.attribute("class") == "article-body main-column")
    }

    /// Tags set apart find their elements where libxml2 adds elements of its own, drops a tag, or
    /// reads the page past a byte order mark, and in pages longer than libxml2 reads at once.
    @Test func findsEachElementsOwnAttributes() throws {
        let filler = String(repeating: "<span class=\"filler\">text</span>\n", count: 3_000)
        let pages = [
            // An implied <html>, <body> and <p>, a second <body> dropped, self-closing tags.
            #"<div class="one">a<br class="two"/><img src="x.png" alt="three"/></div><body class="ignored"><td class="four">b</td>text<i id="five">c</i>"#,
            "\u{FEFF}<p class=\"after-bom\">a</p><p id=second>b</p>",
            filler + #"<p class="last" data-n="1">end</p>"#,
            // Attributes written without blanks between them, an unquoted value before `/>`.
            #"<a class="x"href='y' title=z>a</a><a title=z data-n="1"/>b<br title=z class="w"/>"#,
            // Capital names, a name given twice, a name alone.
            #"<P CLASS="Upper" Id=mixed>a</P><p class="first" class="second">b</p><input hidden class="c" checked>"#,
        ]
        for page in pages { _ = try sameTree(page) }
        let document = try parse(pages[2], keepingUnreadMarkup: false)
        #expect(try #require(document.setApartAttributes).count == 3_001)
        #expect(document.body?.descendants(named: "p").first?.attribute("class") == "last")
        let mixed = try parse(pages[4], keepingUnreadMarkup: false)
        let paragraphs = mixed.body?.descendants(named: "p") ?? []
        #expect(paragraphs.map { $0.attribute("class") } == ["Upper", "first"])
        #expect(paragraphs.first?.attributes.map(\.name) == ["class", "id"])
    }

    /// Past the most tags a `line` field can number, the rest of the page keeps its attributes.
    @Test func leavesTagsPastTheLastNumberToLibxml2() throws {
        let count = SetApartAttributes.mostTags + 10
        let html = "<body>" + (0..<count).map { "<i class=\"c\($0)\">x</i>" }.joined() + "</body>"
        let document = try parse(html, keepingUnreadMarkup: false)
        #expect(document.setApartAttributes?.count == SetApartAttributes.mostTags)
        let italics = document.body?.childElements ?? []
        #expect(italics.count == count)
        for index in [0, SetApartAttributes.mostTags - 1, SetApartAttributes.mostTags, count - 1] {
            #expect(italics[index].attribute("class") == "c\(index)")
        }
    }

    @Test func numbersNoTagPastThoseSetApart() throws {
        let document = try parse(#"<div class="a">x</div><div class="b">y</div>"#, keepingUnreadMarkup: false)
        let setApart = try #require(document.setApartAttributes)
        #expect(setApart.count == 2)
        #expect([0, 1, 2, 3, UInt16.max].map { setApart.tag(numbered: $0) } == [nil, 0, 1, nil, nil])
    }

    /// The eight-bytes-at-a-time test agrees with the byte-by-byte rule at every place of every length.
    @Test func tellsVerbatimValuesAsByteByByte() {
        var generator = SystemRandomNumberGenerator()
        let alphabet: [UInt8] = Array(0x20...0x7E) + [0x09, 0x0A, 0x0D, 0x00, 0x1F, 0x7F, 0x80, 0xC3, 0xFF, 0x26, 0x26]
        for length in 0...40 {
            for _ in 0..<300 {
                // Mostly plain bytes, one odd one at a random place now and then.
                var value = (0..<length).map { _ in UInt8.random(in: 0x61...0x7A, using: &generator) }
                if length > 0, Bool.random(using: &generator) {
                    value[Int.random(in: 0..<length, using: &generator)] = alphabet.randomElement(using: &generator)!
                }
                let expected = value.allSatisfy { ($0 >= 0x20 && $0 < 0x7F && $0 != 0x26) || $0 == 0x09 || $0 == 0x0A }
                #expect(value.withUnsafeBytes(SetApartAttributes.isVerbatim) == expected, "\(value)")
            }
        }
    }

    @Test func keepsEveryFixtureTree() throws {
        let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Fixtures").standardizedFileURL
        let pages = try FileManager.default.subpathsOfDirectory(atPath: fixtures.path).filter { $0.hasSuffix(".html") }
        #expect(pages.count >= 20)
        var removedSomewhere = false
        for page in pages {
            let bytes = [UInt8](try Data(contentsOf: fixtures.appendingPathComponent(page)))
            guard let whole = try? HTMLDocument.parse(bytes, options: ParseOptions(keepsUnreadMarkup: true)) else { continue }
            let lean = try HTMLDocument.parse(bytes, options: ParseOptions(leftOutAttributes: Self.unread))
            #expect(Self.shape(of: lean, leavingOut: Self.unread) == Self.shape(of: whole, leavingOut: Self.unread), "\(page)")
            #expect(Self.styleSheets(of: lean) == Self.styleSheets(of: whole), "\(page)")
            let code = { (document: HTMLDocument) in document.root?.descendants(named: "script").reduce(0) { $0 + $1.textContent.utf8.count } ?? 0 }
            if code(lean) < code(whole) { removedSomewhere = true }
        }
        #expect(removedSomewhere)
    }

    /// The shape with every run of blanks written as its line breaks, or one space where it has
    /// none: what shortening the markup's indentation may change, and all it may.
    static func blankInsensitiveShape(of document: HTMLDocument) -> [String] {
        shape(of: document).map { line in
            var result = ""
            var run = ""
            for character in line + "x" {
                if character == " " || character == "\t" || character == "\n" {
                    run.append(character)
                    continue
                }
                if !run.isEmpty {
                    let breaks = run.filter { $0 == "\n" }.count
                    result += breaks > 0 ? String(repeating: "\n", count: breaks) : " "
                    run = ""
                }
                result.append(character)
            }
            return String(result.dropLast())
        }
    }

    @Test func shortensIndentationOnly() throws {
        let html = "<html><head>\n  <title>\n    A  title\n  </title>\n"
            + "  <script type=\"application/ld+json\">{\n    \"headline\":   \"Kept\"\n}</script>\n</head>\n<body>\n"
            + "    <div>\n        <p title=\"a    b\">\n            Text  here, <b>bold</b>   <i>tilted</i> \n        </p>\n"
            + "        <p>\r\n   windows</p>\t\t<span>  tabs</span>\n\n\n    </div>\n"
            + "    <pre>\n  code\n      indented\n</pre>\n    <p>\n        after pre\n    </p>\n</body></html>"
        let whole = try HTMLDocument.parse(Array(html.utf8), options: ParseOptions(keepsUnreadMarkup: true))
        let lean = try HTMLDocument.parse(Array(html.utf8), options: ParseOptions(collapsesWhitespace: true))
        #expect(Self.blankInsensitiveShape(of: lean) == Self.blankInsensitiveShape(of: whole))
        let texts = try #require(lean.root).descendants.filter(\.isText).map(\.text)
        // Openings and closings go to their line breaks or one blank; blanks between words,
        // attribute values, structured data, runs with a carriage return and everything from
        // `<pre>` on stay.
        #expect(texts.contains("\nA  title\n"))
        #expect(texts.contains("\nText  here, "))
        #expect(texts.contains(" ") && !texts.contains("   "))
        #expect(texts.contains("\n"))
        #expect(texts.contains(" tabs"))
        #expect(texts.contains("\r\n   windows"))
        #expect(texts.contains("\n\n\n"))
        #expect(texts.contains("{\n    \"headline\":   \"Kept\"\n}"))
        #expect(texts.contains { $0.hasSuffix("  code\n      indented\n") })
        #expect(texts.contains("\n        after pre\n    "))
        #expect(lean.root?.descendants(named: "p").first?.attribute("title") == "a    b")
    }

    @Test func shortensIndentationOfEveryFixtureOnly() throws {
        let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Fixtures").standardizedFileURL
        let pages = try FileManager.default.subpathsOfDirectory(atPath: fixtures.path).filter { $0.hasSuffix(".html") }
        var shortenedSomewhere = false
        for page in pages {
            let bytes = [UInt8](try Data(contentsOf: fixtures.appendingPathComponent(page)))
            guard let kept = try? HTMLDocument.parse(bytes) else { continue }
            let lean = try HTMLDocument.parse(bytes, options: ParseOptions(collapsesWhitespace: true))
            #expect(Self.blankInsensitiveShape(of: lean) == Self.blankInsensitiveShape(of: kept), "\(page)")
            if Self.shape(of: lean) != Self.shape(of: kept) { shortenedSomewhere = true }
        }
        #expect(shortenedSomewhere)
    }

    @Test func readsOnlyEncodingsWhereMarkupIsASCII() throws {
        // UTF-16: the bytes of `<script>` are interleaved with zeros, and the page is passed whole.
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in "<p>a</p><script>x()</script>".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let document = try HTMLDocument.parse(bytes)
        #expect(document.root?.descendants(named: "script").first?.textContent == "x()")
    }
}

// What no reader sees never reaches the article.
@testable import ArticleExtraction
import HTMLParser
import Testing

@Suite struct DocumentCleanerTests {
    private func cleanedBody(_ html: String) throws -> HTMLNode {
        let document = try HTMLDocument.parse(Array(html.utf8))
        let body = try #require(document.body)
        _ = DocumentCleaner.removeInvisible(under: body, styleSheet: HidingStyleSheet(collectingFrom: body))
        return body
    }

    @Test func removesScriptsStylesAndControls() throws {
        let body = try cleanedBody("<p>keep</p><script>var x = 1</script><style>p{}</style><button>Go</button><noscript>js off</noscript>")
        #expect(TextNormalizer.collapse(body.textContent) == "keep")
    }

    @Test(arguments: [
        #"<div style="display: none">hidden</div>"#,
        #"<div style="VISIBILITY:HIDDEN">hidden</div>"#,
        #"<div hidden>hidden</div>"#,
    ])
    func removesHiddenElements(markup: String) throws {
        let body = try cleanedBody("<p>keep</p>" + markup)
        #expect(TextNormalizer.collapse(body.textContent) == "keep")
    }

    @Test func removesInjectedEmptyTagsAndTheItemsTheyLeaveEmpty() throws {
        let body = try cleanedBody(#"<ul><li><bdo id="0wauq"></bdo></li><li><tfoot id="0wauq"></tfoot><ul><li><s id="0wauq"></s></li></ul></li></ul><p>keep</p>"#)
        #expect(body.descendants(named: "ul").isEmpty)
        #expect(body.descendants(named: "li").isEmpty)
        #expect(body.descendants(named: "p").count == 1)
    }

    @Test func accountsForEachEmptySubtreeOnceInPageOrder() throws {
        let document = try HTMLDocument.parse(Array((#"<body><div id="a1"><span id="a2"><i id="a3"></i></span><b></b></div><p>keep"#
            + #"<em id="b1"> </em></p><table><tr><td><s id="c1"></s></td><td></td></tr></table><u id="d1"></u></body>"#).utf8))
        let body = try #require(document.body)
        let removals = DocumentCleaner.removeEmptyElements(under: body)
        // The outer div goes with its three ids; the empty em inside the kept paragraph; the s inside
        // a cell, which stays as a table's place though empty; the last tag. In the page's order.
        #expect(removals.map(\.sample) == [#"<div id="a1">"#, #"<em id="b1">"#, #"<s id="c1">"#, #"<u id="d1">"#])
        #expect(removals.map(\.characters) == [3, 1, 1, 1])
        #expect(body.descendants.filter(\.isElement).map(\.name) == ["p", "table", "tr", "td", "td"])
        #expect(DocumentCleaner.removeEmptyElements(under: body, accounting: false).isEmpty)
    }

    @Test func keepsImagesThatHaveNoText() throws {
        let body = try cleanedBody(#"<div><span><img src="a.jpg"></span></div>"#)
        #expect(body.descendants(named: "img").count == 1)
        #expect(body.descendants(named: "span").count == 1)
    }

    @Test func dropsRubyAnnotations() throws {
        let body = try cleanedBody("<p><ruby>漢<rt>かん</rt>字<rt>じ</rt></ruby></p>")
        #expect(body.textContent == "漢字")
    }
}

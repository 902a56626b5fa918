// The standfirst set apart between the headline and the article's container.
@testable import ArticleExtraction
import HTMLParser
import Testing

struct ArticleLeadTests {
    private static let lead = "The association calls for a swift and complete inquiry into the shooting near the forest road."

    /// The lead found on a page whose content is its `div.article-body`, with the body's text.
    private func lead(between: String, after: String = "", bodyText: String = "") throws -> String? {
        let document = try HTMLDocument.parse(Array("""
        <div class="page"><div class="article-head"><h1>Hunters shaken by the shooting</h1>\(between)</div>
        <div class="article-body"><p>\(prose("inquiry"))</p><p>\(prose("forest road"))</p></div>\(after)</div>
        """.utf8))
        let root = try #require(document.root)
        let headline = try #require(root.descendants(named: "h1").first)
        let content = root.descendants.filter { $0.isElement && $0.attribute("class") == "article-body" }
        return ArticleLead.text(after: headline, in: root, content: content, bodyText: bodyText)
    }

    @Test func findsTheLeadBetweenTheHeadlineAndTheContent() throws {
        // The innermost element named for the lead: the outer `intro` holds the date too.
        let found = try lead(between: #"<div class="intro"><span>12.03.2021</span><p class="teaser-text">\#(Self.lead)</p></div>"#)
        #expect(found == Self.lead)
    }

    @Test func leavesALeadTheArticleRepeats() throws {
        #expect(try lead(between: #"<p class="lead">\#(Self.lead)</p>"#, bodyText: "Intro. " + Self.lead) == nil)
    }

    @Test(arguments: [
        // The picture above the article and its caption.
        #"<figure class="lead-asset"><figcaption class="lead-asset__caption">The photographer waited near the forest road for the hunters.</figcaption></figure>"#,
        #"<div class="articlepage-lead"><img src="a.jpg"><p>The photographer waited near the forest road for the hunters.</p></div>"#,
        // A row of links.
        #"<p class="intro"><a href="/a">One story about the forest and the road</a> <a href="/b">Another story about the hunting season</a></p>"#,
        // Too short to be a lead.
        #"<p class="lead">Updated at noon</p>"#,
    ])
    func takesNoPictureLinksOrDateLine(between: String) throws {
        #expect(try lead(between: between) == nil)
    }

    @Test func takesNoTeaserAfterTheContent() throws {
        #expect(try lead(between: "", after: #"<aside><p class="teaser">\#(Self.lead)</p></aside>"#) == nil)
    }

    @Test func opensTheBodyWithIt() throws {
        // The lead's box sits outside the container the body stage chooses.
        let article = try extract("""
        <div class="page"><div class="head"><h1>Hunters shaken by the shooting</h1><p class="standfirst">\(Self.lead)</p></div>
        <nav><a href="/">Home</a></nav>
        <div class="article-body"><p>\(prose("inquiry"))</p><p>\(prose("forest road"))</p><p>\(prose("hunting season"))</p>
        <p>\(prose("council vote"))</p></div>
        <div class="sidebar"><p>\(prose("weather"))</p></div></div>
        """)
        guard case let .paragraph(first, _)? = article.body.first else {
            Issue.record("no paragraph opens the body")
            return
        }
        #expect(first == Self.lead)
        #expect(article.text.components(separatedBy: "swift and complete inquiry").count == 2)
    }
}

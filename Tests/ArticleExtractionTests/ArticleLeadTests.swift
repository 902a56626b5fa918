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

    @Test func takesTheFirstParagraphUnderTheHeadlineUnnamed() throws {
        // The first text after the headline, in a plain paragraph a few wrappers away.
        #expect(try lead(between: #"<div class="stage"><div class="row"><p>\#(Self.lead)</p></div></div>"#) == Self.lead)
        // After a byline and a date.
        #expect(try lead(between: #"<div class="meta"><span>By Ann Smith</span> <time>12 March 2021</time></div><p>\#(Self.lead)</p>"#) == Self.lead)
        // After the picture under the headline, whose caption is no text of the lead.
        #expect(try lead(between: #"<figure><img src="a.jpg"><figcaption>The forest road</figcaption></figure><p>\#(Self.lead)</p>"#) == Self.lead)
    }

    @Test func takesTheSubtitleOfAHeadlineGroup() throws {
        let document = try HTMLDocument.parse(Array("""
        <div class="page"><header><hgroup><h1>Hunters shaken by the shooting</h1><h2>\(Self.lead)</h2></hgroup></header>
        <div class="article-body"><p>\(prose("inquiry"))</p><p>\(prose("forest road"))</p></div></div>
        """.utf8))
        let root = try #require(document.root)
        let headline = try #require(root.descendants(named: "h1").first)
        let content = root.descendants.filter { $0.isElement && $0.attribute("class") == "article-body" }
        #expect(ArticleLead.text(after: headline, in: root, content: content, bodyText: "") == Self.lead)
    }

    @Test(arguments: [
        // A picture's title, named so.
        #"<p class="titulo">The photographer waited near the forest road for the hunters.</p>"#,
        // A date line in a paragraph.
        #"<p>Published on 12 March 2021 at noon, updated on 13 March 2021 in the evening.</p>"#,
        // Not a sentence.
        #"<p>Hunting season, forest road, council vote, weather report and more</p>"#,
        // Not the first text under the headline: a paragraph's worth of text comes before it.
        #"<div>The hunting association met on Monday evening in the village hall, and its members voted on a statement.</div><p>The association calls for a swift and complete inquiry into the shooting.</p>"#,
        // A picture's caption, in a box named for the picture.
        #"<div class="media--type-image"><div class="text"><p>The photographer waited near the forest road for the hunters.</p></div></div>"#,
    ])
    func takesNoOtherUnnamedLine(between: String) throws {
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

    @Test func looksUnderTheHeadlineTheSharingTitleConfirms() throws {
        // The <title> names only the site, and a stray <h1> sits nearer the content: `og:title`
        // confirms the first one as the headline, under which the lead is looked for.
        let document = try HTMLDocument.parse(Array("""
        <div class="page-head"><h1>Hunters shaken by the shooting</h1><div class="page-intro__copy">\(Self.lead)</div></div>
        <h1 id="legacy">This portlet should not exist anymore</h1>
        <div class="article-body"><p>\(prose("inquiry"))</p><p>\(prose("forest road"))</p></div>
        """.utf8))
        let root = try #require(document.root)
        let content = root.descendants.filter { $0.isElement && $0.attribute("class") == "article-body" }
        let headline = VisibleMetadata.headlineNode(in: root, content: content, documentTitle: "Foundation - detail",
                                                    declaredTitle: "Hunters shaken by the shooting")
        #expect(headline.map { TextNormalizer.collapse($0.textContent) } == "Hunters shaken by the shooting")
        let unconfirmed = VisibleMetadata.headlineNode(in: root, content: content, documentTitle: "Foundation - detail")
        #expect(unconfirmed.map { TextNormalizer.collapse($0.textContent) } == "This portlet should not exist anymore")
        let found = try ArticleLead.text(after: #require(headline), in: root, content: content, bodyText: "")
        #expect(found == Self.lead)
    }

    @Test func takesTheHeadlineThatContainsTheTitlesHeadlinePart() throws {
        // "Verbraucherportal" is the section's <h1>; the title's shorter headline part names the third.
        let document = try HTMLDocument.parse(Array("""
        <h1 class="aural">Bundesministerium der Justiz</h1><h1>Verbraucherportal</h1>
        <div class="main"><h1><span class="category">Verbraucherschutz</span> Mehr Transparenz bei Preisanpassungen</h1>
        <div class="article-body"><p>\(prose("inquiry"))</p></div></div>
        """.utf8))
        let root = try #require(document.root)
        let content = root.descendants.filter { $0.isElement && $0.attribute("class") == "main" }
        let headline = VisibleMetadata.headlineNode(in: root, content: content, documentTitle: "BMJV | Transparenz bei Preisanpassungen")
        #expect(headline.map(VisibleMetadata.headlineText(of:)) == "Mehr Transparenz bei Preisanpassungen")
    }
}

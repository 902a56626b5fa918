// The whole pipeline on small pages built for one behaviour each.
@testable import ArticleExtraction
import HTMLParser
import Testing

@Suite struct ArticleExtractorTests {
    @Test func choosesTheProseOverNavigationAndSidebars() throws {
        let html = """
        <html><body>
        <div class="menu"><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></div>
        <div class="main"><h1>Council approves budget</h1>
          <p>\(prose("budget"))</p><p>\(prose("school plan"))</p><p>\(prose("road repair"))</p>
        </div>
        <div class="sidebar"><ul><li><a href="/a">Other story one</a></li><li><a href="/b">Other story two</a></li></ul></div>
        </body></html>
        """
        let article = try extract(html)
        #expect(article.title == "Council approves budget")
        #expect(article.body.count == 3)
        #expect(article.text.contains("school plan"))
        #expect(!article.text.contains("Other story"))
        #expect(!article.text.contains("Home"))
    }

    @Test func dropsLinkListsInsideTheArticle() throws {
        let links = (1...6).map { #"<li><a href="/s\#($0)">Related headline number \#($0)</a></li>"# }.joined()
        let html = """
        <div class="story"><p>\(prose("budget"))</p><ul>\(links)</ul><p>\(prose("school plan"))</p>
        <div class="share-tools"><a href="#">Facebook</a> <a href="#">Twitter</a> <span>Share this story with friends</span></div></div>
        """
        let article = try extract(html)
        #expect(article.text.contains("budget"))
        #expect(article.text.contains("school plan"))
        #expect(!article.text.contains("Related headline"))
        #expect(!article.text.contains("Facebook"))
    }

    @Test func dropsHeadlineLinksSetAsLinesButKeepsShortLinks() throws {
        let html = """
        <div class="story"><p>\(prose("budget"))</p>
        <p><strong>READ MORE: <a href="/b">Council rejects the bypass plan after long debate</a></strong></p>
        <p><strong>DON'T MISS</strong><br><a href="/c">Mayor answers critics of the new tram line</a> [INSIGHT]<br>
        <a href="/d">Flood defences finished two years late</a> [VIDEO]</p>
        <p>Account: <a href="https://example.org/@clerk">@council_clerk</a></p>
        <blockquote><p>We will not wait another decade.</p></blockquote><p>[<a href="https://example.org/r">Gazette</a>]</p>
        <p>\(prose("school plan")) Read <a href="/e">the full report of the committee</a> for details.</p>
        <p>\(prose("rail plan"))</p><p>\(prose("park plan"))</p>
        <div class="gallery"><p>Image 1 of 8</p><p>Back to Gallery</p></div></div>
        """
        let article = try extract(html)
        #expect(!article.text.contains("bypass plan"))
        #expect(!article.text.contains("DON'T MISS") && !article.text.contains("tram line") && !article.text.contains("Flood defences"))
        #expect(article.text.contains("@council_clerk"))
        #expect(article.text.contains("[Gazette]"))
        #expect(article.text.contains("full report of the committee"))
        #expect(!article.text.contains("Back to Gallery"))
    }

    @Test func dropsARelatedPostsBoxAfterItsTitle() throws {
        let html = """
        <article class="post-1806"><p>\(prose("budget"))</p><p>\(prose("school plan"))</p><p>\(prose("rail plan"))</p><p>\(prose("park plan"))</p>
        <h3 class="relatedpoststitle">You may also like…</h3>
        <article class="post-7816"><p>\(prose("harbour"))</p></article><article class="post-7817"><p>\(prose("museum"))</p></article></article>
        """
        let article = try extract(html)
        #expect(article.text.contains("rail plan"))
        #expect(!article.text.contains("You may also like"))
        #expect(!article.text.contains("harbour") && !article.text.contains("museum"))
    }

    @Test func leavesAuthorBoxesOut() throws {
        let html = """
        <div class="post"><div class="entry"><p>\(prose("budget"))</p><p>\(prose("school plan"))</p><p>\(prose("rail plan"))</p>
        <p>\(prose("park plan"))</p></div>
        <div class="post-author"><p>Regan is a writer living in Massachusetts with her husband, two sons and two cats, and she writes, walks and reads.</p></div></div>
        <div class="entry-author-bio"><p>Emiliano joined the magazine in March 2017, and has been reporting on energy, markets and policy since 2009.</p></div>
        """
        let article = try extract(html)
        #expect(article.text.contains("park plan"))
        #expect(!article.text.contains("Regan") && !article.text.contains("Emiliano"))
    }

    @Test func joinsArticlePartsSetInTheSameWrapper() throws {
        // The first part's paragraphs sit too deep for its wrapper to be scored; the class says it belongs.
        let deep = "<div><div><div><section><div><div><div>\((1...4).map { "<p>\(prose("harbour \($0)"))</p>" }.joined())</div></div></div></section></div></div></div>"
        let html = """
        <div id="post"><div class="part-wrap">\(deep)</div><div class="video"><p>Watch the talk</p></div>
        <div class="part-wrap"><div><div><div><div>\((1...5).map { "<p>\(prose("budget \($0)"))</p>" }.joined())</div></div></div></div></div></div>
        """
        let article = try extract(html)
        #expect(article.text.contains("harbour 1") && article.text.contains("budget 4"))
    }

    @Test func joinsParagraphsEachInItsOwnWrapper() throws {
        // Each paragraph in a wrapper of the same kind, three levels down: the wrappers score, their
        // common container hardly; a feed's summaries in a list stay out.
        let paragraph = { (topic: String, length: Int) in
            "<div><div class=\"paragraph\"><h2>On the \(topic)</h2><div class=\"paragraph-text\"><div><p>"
                + String(repeating: prose(topic) + " ", count: length) + "</p></div></div></div></div>"
        }
        let html = """
        <div class="main"><div class="lead">Lead of the story.</div><div class="body"><div>
        \(paragraph("harbour", 4))\(paragraph("budget", 3))\(paragraph("library", 3))\(paragraph("park", 3))
        </div></div></div>
        <ul class="feed">\((1...4).map { "<li><div class=\"summary\">\(prose("feed item \($0)"))</div></li>" }.joined())</ul>
        """
        let article = try extract(html)
        #expect(article.text.contains("harbour") && article.text.contains("budget") && article.text.contains("library")
            && article.text.contains("park"))
        #expect(!article.text.contains("feed item"))
    }

    @Test func keepsEmbeddedPostsTheArticleQuotes() throws {
        let html = """
        <div class="entry-content"><p>\(prose("budget"))</p><p>\(prose("school plan"))</p><p>\(prose("rail plan"))</p>
        <div class="social-media-embed"><blockquote class="twitter-tweet"><p>Yes this is real and the state spent half a million
        dollars on it: <a href="https://t.co/x">https://t.co/Nc0nKoXGBP</a></p>— A Reader (@reader)
        <a href="https://twitter.com/reader/status/1">November 18, 2019</a></blockquote></div>
        <p>\(prose("park plan"))</p></div>
        """
        let article = try extract(html)
        #expect(article.text.contains("half a million"))
        #expect(article.text.contains("park plan"))
    }

    @Test func dropsATitledListOfOtherStories() throws {
        let html = """
        <div class="entry"><p>\(prose("budget"))</p><p>\(prose("school plan"))</p><p>\(prose("rail plan"))</p>
        <h3>Schon gelesen?</h3><p><a href="/a">Luftwaffe trains on the new helicopter</a></p><p><a href="/b">Airport opens a second runway</a></p>
        <p>\(prose("park plan"))</p></div>
        """
        let article = try extract(html)
        #expect(!article.text.contains("Schon gelesen") && !article.text.contains("helicopter") && !article.text.contains("runway"))
        #expect(article.text.contains("park plan"))
        #expect(InterfaceLabels.isRelatedTitle("You may also like…") && InterfaceLabels.isRelatedTitle("相关阅读："))
        #expect(!InterfaceLabels.isRelatedTitle("Related research on tides"))
    }

    @Test func namesCallToActionBoxesBoilerplate() throws {
        let document = try HTMLDocument.parse(Array("""
        <div class="widget-custom-cta-letter">Support us</div><div class="cta-box">Subscribe</div><div class="expectations">x</div>
        """.utf8))
        let divs = try #require(document.body).descendants(named: "div")
        #expect(divs.map(BoilerplatePatterns.namesInArticleBoilerplate) == [true, true, false])
    }

    @Test func namesAuthorBoxesPromoBreakersAndPostMetadataBoilerplate() throws {
        let document = try HTMLDocument.parse(Array("""
        <div class="saboxplugin-wrap">Photographer from Hamburg</div><div class="entry-author author-avatar-show">Life is not digital</div>
        <div class="teaser-breaker">Published in the special</div><p class="postmetadata alt">Filed on Monday</p>
        <div class="entry-utility">Posted in News</div><div class="entry-content">The story</div>
        <section class="bmg-content-box bmg-author-box">Hallo, ich bin Foodbloggerin</section><div class="share-content">The story</div>
        <div class="full authors">Mark Lavin</div>
        """.utf8))
        let blocks = try #require(document.body).descendants.filter(\.isElement)
        #expect(blocks.map(BoilerplatePatterns.namesInArticleBoilerplate) == [true, true, true, true, true, false, true, false, true])
    }

    @Test func namesACompoundClassByItsLastWord() throws {
        // A breaker set in the content is a breaker; the article folded behind "read more", an
        // editorial comment and the text of an affiliate box are text.
        let document = try HTMLDocument.parse(Array("""
        <div class="block-content_breaker block-content_breaker_ram">Support us</div><ul class="article__meta">Published</ul>
        <div class="entry-content entry-content-read-more">The story</div><div class="gallery-main-content__item__comment">Text</div>
        <div class="affiliate-text">Text</div>
        """.utf8))
        let blocks = try #require(document.body).descendants.filter(\.isElement)
        #expect(blocks.map(BoilerplatePatterns.namesInArticleBoilerplate) == [true, true, false, false, false])
    }

    @Test func keepsAGallerysPicturesButNotItsControlsOrATeaserCarousel() throws {
        let article = try extract("""
        <div class="story"><p>\(prose("budget"))</p>
        <div class="article-gallery"><ul><li><figure><img src="/a.jpg" alt="Plan"><figcaption>The plan, floor by floor. Credit: ESA</figcaption></figure></li>
        <li><figure><img src="/b.jpg" alt="Pod"><figcaption>A pod in cross-section. Credit: ESA</figcaption></figure></li></ul><p>Image 1 of 2</p></div>
        <p>\(prose("school plan"))</p>
        <div class="carousel"><figure><a href="/other"><img src="/c.jpg" alt="Another story"></a></figure></div></div>
        """)
        #expect(article.captions == ["The plan, floor by floor. Credit: ESA", "A pod in cross-section. Credit: ESA"])
        #expect(article.images.map(\.src) == ["/a.jpg", "/b.jpg"])
        #expect(!article.text.contains("Image 1 of 2") && !article.text.contains("floor by floor"))
    }

    @Test func readsTheArticleInsideAWrapperNamedForItsPlace() throws {
        // "above-footer" names where the wrapper sits, so the notes above it, long enough to pass
        // for a short article, are not all there is. A cookie box says what it is, however much it writes.
        let notes = (1...4).map { "<p>\(prose("editorial note \($0)"))</p>" }.joined()
        let cookies = (1...4).map { "<p>\(prose("cookie setting \($0)"))</p>" }.joined()
        let article = try extract("""
        <h1>Airline joins the alliance</h1><p>This post contains references to products from one or more of our advertisers.
        We may receive compensation when you click on links to those products.</p><div class="top"><div class="notes">\(notes)</div></div>
        <div class="wrap"><div class="above-footer"><div class="post-content"><p>\(prose("budget"))</p><p>\(prose("school plan"))</p>
        <p>\(prose("rail plan"))</p><p>\(prose("harbour"))</p><p>\(prose("library"))</p><p>\(prose("bridge"))</p>
        <p>\(prose("tram line"))</p></div></div></div>
        <div class="cookie-consent">\(cookies)</div>
        """)
        #expect(article.text.contains("The budget") && article.text.contains("The library"))
        #expect(!article.text.contains("cookie setting"))
        #expect(!article.text.contains("references to products"))
    }

    @Test func readsTheScrolledStoryThePageIsNamedFor() throws {
        // The next stories load under the article; a longer one is not the page's.
        func story(_ headline: String, _ topics: [String]) -> String {
            "<div class=\"scrollblock\"><article class=\"entry\"><h1>\(headline)</h1><ul class=\"meta\"><li>6 de mayo de 2022 05:30</li></ul>"
                + topics.map { "<p>\(prose($0))</p>" }.joined() + "</article></div>"
        }
        let article = try extract("""
        <html><head><title>Diario HOY | Darán bendición a vehículos este sábado</title></head><body><section>
        \(story("Darán bendición a vehículos este sábado", ["blessing", "avenue", "parking"]))
        \(story("Bebé muere electrocutado", ["column"]))
        \(story("A los grupos políticos les molesta el trabajo de la Fiscalía",
                 ["prosecutor", "budget", "court", "press", "party", "senate", "minister", "union"]))
        </section></body></html>
        """)
        #expect(article.text.contains("The blessing") && article.text.contains("The parking"))
        #expect(!article.text.contains("The prosecutor") && !article.text.contains("6 de mayo"))
    }

    @Test func dropsTeasersOfOtherStoriesButNotTheArticlesOwnTeaser() throws {
        let article = try extract("""
        <div class="entry"><div class="article-teaser"><p>The council's budget passed late on Tuesday, after a long debate about the library.</p></div>
        <p>\(prose("budget"))</p><p>\(prose("school plan"))</p>
        <div class="c-teaser"><h3><a href="/other">Rail plan delayed again</a></h3><p>The rail plan was delayed for the third time this year, officials said on Monday.</p></div>
        <p>\(prose("rail plan"))</p></div>
        """)
        #expect(article.text.contains("after a long debate about the library"))
        #expect(!article.text.contains("Rail plan delayed again") && !article.text.contains("third time this year"))
    }

    @Test func joinsAnArticleSplitIntoWrappersOfUnevenLength() throws {
        // Each part in a row of its own, and the second and third hold half the first one's prose:
        // still parts of the article.
        let article = try extract("""
        <div class="page"><div class="story"><div class="row"><div class="part"><p>\(prose("budget"))</p><p>\(prose("school plan"))</p>
        <p>\(prose("rail plan"))</p><p>\(prose("park plan"))</p></div></div>
        <div class="row"><figure><img src="a.jpg"></figure><div class="part"><p>\(prose("harbour"))</p><p>\(prose("bridge"))</p></div></div>
        <div class="row"><div class="part"><p>\(prose("tram line"))</p><p>\(prose("library"))</p></div></div></div>
        <div class="sidebar"><p>\(prose("weather"))</p></div></div>
        """)
        #expect(article.text.contains("The budget") && article.text.contains("The harbour") && article.text.contains("The library"))
    }

    @Test func dropsTheCaptionOfAPictureThatDidNotComeAlong() throws {
        // The picture is loaded by a script; its caption alone is no text. A figure with other words keeps them.
        let article = try extract("""
        <div class="story"><p>\(prose("budget"))</p><figure><div class="lazy"></div><figcaption>Shoppers at the mall in November.</figcaption></figure>
        <p>\(prose("school plan"))</p><figure><blockquote>We will build it.</blockquote><figcaption>The mayor</figcaption></figure>
        <p>\(prose("rail plan"))</p></div>
        """)
        #expect(!article.text.contains("Shoppers at the mall"))
        #expect(article.text.contains("We will build it."))
    }

    @Test func takesAnUnnamedFigcaptionBesideItsPictureAsTheCaption() throws {
        let article = try extract("""
        <div class="story"><p>\(prose("budget"))</p><div class="visual"><img src="/a.jpg" alt="The mayor">
        <figcaption>The mayor speaks to residents outside the town hall on Monday</figcaption></div>
        <p>\(prose("school plan"))</p></div>
        """)
        #expect(!article.text.contains("outside the town hall"))
        #expect(article.captions == ["The mayor speaks to residents outside the town hall on Monday"])
        // Named by its parent, a caption box of any length repeating the picture's description.
        let description = String(repeating: "The council chamber, rebuilt after the fire of 1911, seen from the public gallery. ", count: 4)
            .trimmingCharacters(in: .whitespaces)
        let named = try extract("""
        <div class="story"><p>\(prose("budget"))</p><img src="/b.jpg" alt="\(description)">
        <div class="legend"><div class="content">\(description)<br>Foto © Peter Steiger</div></div><p>\(prose("school plan"))</p></div>
        """)
        #expect(!named.text.contains("council chamber"))
    }

    @Test func dropsAParagraphNamedForThePostsFilingButNotTextFoldedBehindReadMore() throws {
        let article = try extract("""
        <div class="entry"><p>\(prose("budget"))</p><p>\(prose("school plan"))</p>
        <p class="js_readmore">\(prose("harbour"))</p>
        <p class="postmetadata alt">Der Beitrag wurde am Mittwoch, den 27. November 2019 um 15:21 Uhr veröffentlicht und wurde
        unter <a href="/c/a">Allgemein</a> abgelegt.</p></div>
        """)
        #expect(article.text.contains("The harbour"))
        #expect(!article.text.contains("Der Beitrag wurde"))
    }

    @Test func dropsTheDateOfAnInfoLineBrokenUpByIcons() {
        let blocks = ArticleExtractor.removingRepeats(from: [
            .paragraph("A short story about the future of offline tracking"), .image(ArticleImage(src: "i1.svg")),
            .paragraph("Matthew Davis"), .image(ArticleImage(src: "i2.svg")), .image(ArticleImage(src: "i3.svg")),
            .paragraph("11 Jan 2019"), .paragraph("By the time we realised what was happening, it was already too late."),
        ], title: nil, infoLines: [])
        #expect(!blocks.contains(.paragraph("11 Jan 2019")))
        #expect(blocks.contains(.paragraph("Matthew Davis")))
    }

    @Test func dropsPageToolsListedAmongItems() throws {
        let article = try extract("""
        <div class="story"><p>\(prose("budget"))</p><p>\(prose("school plan"))</p>
        <ul><li>Date 23.05.2011</li><li>Place Bonn</li><li>Permalien https://p.dw.com/p/RPYx</li><li>Drucken</li></ul><p>\(prose("rail plan"))</p></div>
        """)
        guard let items = article.body.compactMap({ block -> [String]? in
            if case let .list(_, items) = block { return items.map(\.text) }
            return nil
        }).first else {
            Issue.record("the list is gone")
            return
        }
        #expect(items == ["Date 23.05.2011", "Place Bonn"])
    }

    @Test func dropsTagLists() throws {
        let html = """
        <div class="entry"><p>\(prose("budget"))</p><p>\(prose("school plan"))</p><p>\(prose("rail plan"))</p>
        <strong>Tags<br><a href="/tag/a" rel="tag">stock car 2018</a>, <a href="/tag/b" rel="tag">stock car brasil</a></strong>
        <p>\(prose("park plan")) See <a href="/tag/c" rel="tag">the harbour tag</a>.</p></div>
        """
        let article = try extract(html)
        #expect(!article.text.contains("stock car") && !article.text.contains("Tags"))
        #expect(article.text.contains("the harbour tag"))
    }

    @Test func scoresChineseTextByCharacters() throws {
        // Short Chinese paragraphs are full sentences; an English link bar beside them is not.
        let paragraph = "近年來，以平臺經濟為代表的新業態迅速發展，涌現出了外賣員、快遞員、網約車司機等新就業群體。"
        let html = """
        <div class="links"><p><a href="/1">Home page of the site</a> and <a href="/2">all the other sections of the site here</a></p></div>
        <div class="zw"><p>\(paragraph)</p><p>\(paragraph)</p><p>\(paragraph)</p></div>
        """
        let article = try extract(html)
        #expect(article.body == Array(repeating: .paragraph(paragraph), count: 3))
        // 來, 臺, 為 and 網 are Traditional characters.
        #expect(article.language == "zh-Hant")
    }

    @Test func keepsStructureInReadingOrder() throws {
        let html = """
        <article><h1>Title</h1><p>\(prose("intro"))</p><h2>Details</h2>
        <ol><li>First step</li><li>Second step</li></ol>
        <blockquote><p>A quoted remark, said with feeling.</p></blockquote>
        <pre>let x = 1
          indented()</pre>
        <table><tr><th>Year</th><th>Sales</th></tr><tr><td>2022</td><td>10</td></tr><tr><td>2023</td><td>12</td></tr></table>
        <p>Line one<br>line two</p><p>\(prose("outro"))</p></article>
        """
        let article = try extract(html)
        #expect(article.body == [
            .paragraph(prose("intro")),
            .heading(level: 2, text: "Details"),
            .list(ordered: true, items: ["First step", "Second step"]),
            .quote("A quoted remark, said with feeling."),
            .code("let x = 1\n  indented()"),
            .table(rows: [["Year", "Sales"], ["2022", "10"], ["2023", "12"]], hasHeader: true),
            .paragraph("Line one\nline two"),
            .paragraph(prose("outro")),
        ])
    }

    @Test func keepsNestedListsAsItemsWithDepths() throws {
        let html = """
        <article><p>\(prose("intro"))</p><p>\(prose("budget"))</p><p>\(prose("school plan"))</p>
        <ul><li>Fruit <em>fresh</em><ol><li>Apple</li><li>Pear<ul><li>Ripe</li></ul></li></ol></li><li>Bread</li></ul>
        <p>\(prose("outro"))</p></article>
        """
        let article = try extract(html)
        let list = try #require(article.body.first { if case .list = $0 { true } else { false } })
        #expect(list == .list(ordered: false, items: [
            "Fruit fresh", ListItem("Apple", level: 1, ordered: true), ListItem("Pear", level: 1, ordered: true),
            ListItem("Ripe", level: 2, ordered: false), "Bread",
        ]))
        #expect(article.text.contains("- Fruit fresh\n  1. Apple\n  2. Pear\n    - Ripe\n- Bread"))
    }

    @Test func keepsLinksOnlyWhenAsked() throws {
        let html = """
        <article><p>\(prose("budget"))</p><p>\(prose("school plan"))</p>
        <p>The council <a href="/vote"> voted to build it </a>, as <a href="#c">readers</a> and the <a href="https://ferry.example/t">ferry office</a> knew.</p>
        <ul><li>Timetable: <a href="/tt">every ten minutes</a> until midnight, on weekdays and at weekends</li><li>Fares: the same as the buses</li></ul><p>\(prose("outro"))</p></article>
        """
        let plain = try extract(html)
        var options = ExtractionOptions(baseURL: "https://gazette.example/news/tram")
        options.keepsLinks = true
        let linked = try extract(html, options: options)
        #expect(plain.text == linked.text)
        #expect(plain.body.contains(.paragraph("The council voted to build it , as readers and the ferry office knew.")))
        #expect(linked.body.contains(.paragraph("The council voted to build it , as readers and the ferry office knew.", links: [
            InlineLink(range: 12..<29, href: "https://gazette.example/vote"), InlineLink(range: 51..<63, href: "https://ferry.example/t"),
        ])))
        #expect(linked.body.contains(.list(ordered: false, items: [
            ListItem("Timetable: every ten minutes until midnight, on weekdays and at weekends",
                     links: [InlineLink(range: 11..<28, href: "https://gazette.example/tt")]),
            "Fares: the same as the buses",
        ])))
    }

    @Test func keptLinksLeaveTheTextAsItWas() throws {
        // Links that hold line breaks, or that sit on a line of their own: the paragraphs stay the same.
        let html = """
        <article><p>\(prose("budget"))</p><p>\(prose("school plan"))</p>
        <p>1) Lego set<br><a href="http://amzn.to/a">http://amzn.to/a<br></a><br>2) Board game<br><a href="/b"><br></a>
        <a href="http://amzn.to/c">http://amzn.to/c</a></p><p>\(prose("outro"))</p></article>
        """
        var options = ExtractionOptions()
        options.keepsLinks = true
        let linked = try extract(html, options: options)
        #expect(linked.text == (try extract(html)).text)
        let links = linked.body.flatMap { block -> [InlineLink] in
            if case let .paragraph(_, links) = block { return links }
            return []
        }
        #expect(links.map(\.href) == ["http://amzn.to/a", "http://amzn.to/c"])
    }

    @Test func readsHiddenProseOnlyWhenThePageHasNoOtherArticle() throws {
        let panel = "<div class=\"panel\"><p>\(prose("harbour"))</p><p>\(prose("museum"))</p><p>\(prose("library"))</p><p>\(prose("tram"))</p></div>"
        // The <style> sits in the <body>: libxml2, which does not know <article>, would put an
        // <article> after a bare <style> into the <head>.
        let shownByScript = try extract("<body><style>.panel{display:none}</style><div><p>Loading…</p></div>\(panel)</body>")
        #expect(shownByScript.text.contains("harbour") && shownByScript.text.contains("tram"))
        let besideAnArticle = try extract("""
        <body><style>.panel{display:none}</style><article><p>\(prose("budget"))</p><p>\(prose("school plan"))</p>
        <p>\(prose("rail plan"))</p><p>\(prose("park plan"))</p></article>\(panel)</body>
        """)
        #expect(besideAnArticle.text.contains("park plan") && !besideAnArticle.text.contains("harbour"))
        #expect(besideAnArticle.removed.contains { $0.rule == .hiddenByStylesheet && $0.sample.hasPrefix("The harbour") })
        let onlyInNoscript = try extract("<div class=\"post\"><script>render()</script><noscript>\(panel.replacingOccurrences(of: "panel", with: "copy"))</noscript></div>")
        #expect(onlyInNoscript.text.contains("museum"))
    }

    @Test func pairsFigcaptionsAndResolvesImageAddresses() throws {
        let html = """
        <article><p>\(prose("harbour"))</p>
        <figure><img src="/img/a.jpg" alt="The harbour"><figcaption>The harbour at dawn. Photo: Jane Doe</figcaption></figure>
        <p>\(prose("ferry"))</p></article>
        """
        let article = try extract(html, options: ExtractionOptions(baseURL: "https://example.com/news/story.html"))
        #expect(article.images == [ArticleImage(src: "https://example.com/img/a.jpg", alt: "The harbour",
                                                caption: "The harbour at dawn. Photo: Jane Doe", credit: "Jane Doe")])
        #expect(article.captions == ["The harbour at dawn. Photo: Jane Doe"])
        #expect(article.url == "https://example.com/news/story.html")
    }

    @Test func readsDeclaredMetadataByPrecedence() throws {
        let html = """
        <html lang="en_GB"><head><title>Budget passes - Example Times</title>
        <meta property="og:site_name" content="Example Times">
        <meta property="article:published_time" content="2020-01-02T03:04:05Z">
        <meta name="author" content="Meta Author">
        <script type="application/ld+json">
        {"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Example Times"},
         {"@type":"NewsArticle","headline":"Budget passes","datePublished":"2021-05-06T07:08:09+02:00",
          "dateModified":"2021-05-07","author":[{"@type":"Person","name":"Ann Lee"},{"@type":"Person","name":"Bo Chan"}],
          "publisher":{"@type":"Organization","name":"Example Times"}}]}
        </script></head>
        <body><article><p>\(prose("budget"))</p><p>\(prose("tax"))</p></article></body></html>
        """
        let article = try extract(html)
        #expect(article.title == "Budget passes")
        #expect(article.date == "2021-05-06T07:08:09+02:00")
        #expect(article.dateModified == "2021-05-07")
        #expect(article.author == "Ann Lee, Bo Chan")
        #expect(article.source == "Example Times")
        #expect(article.language == "en-GB")
    }

    @Test func saysNothingRatherThanGuessing() throws {
        let article = try extract("<div><p>\(prose("budget"))</p></div>")
        #expect(article.title == nil)
        #expect(article.date == nil)
        #expect(article.author == nil)
        #expect(article.source == nil)
        #expect(article.url == nil)
        // The prose's common words ("the", "and", "of") do name its language.
        #expect(article.language == "en")
    }

    @Test func refusesAPageWithoutReadableText() {
        #expect(throws: ExtractionError.noArticle(characters: 0)) {
            try extract(#"<html><body><script>x()</script><div style="display:none">hidden</div></body></html>"#)
        }
    }

    @Test func extractsFromTwoHundredThousandNestedElements() throws {
        let depth = 200_000
        let html = "<html><body>" + String(repeating: "<div>", count: depth) + "<p>\(prose("depth"))</p>"
            + String(repeating: "</div>", count: depth) + "</body></html>"
        // No time limit: this is about depth without recursion, and the debug build is slow.
        let article = try extract(html, options: ExtractionOptions(timeLimit: nil))
        #expect(article.text == prose("depth"))
    }

    @Test func stopsAtItsTimeLimit() throws {
        let html = "<html><body>" + String(repeating: "<div><p>\(prose("limit"))</p></div>", count: 20_000) + "</body></html>"
        #expect(throws: ExtractionError.outOfTime(limit: .microseconds(1))) {
            try extract(html, options: ExtractionOptions(timeLimit: .microseconds(1)))
        }
        // The same page with time to spare.
        #expect(try extract(html, options: ExtractionOptions(timeLimit: .seconds(600))).text.contains("limit"))
    }

    @Test func keepsAnArticleSwallowedByAnUnclosedNav() throws {
        let html = """
        <body><nav><a href="/">Home</a> <a href="/news">News</a><form action="/s"><input name="q">
        <article><p>\(prose("budget"))</p><p>\(prose("school plan"))</p><p>\(prose("road repair"))</p></article></body>
        """
        let article = try extract(html)
        #expect(article.text.contains("school plan"))
    }

    @Test func treatsStylesheetFontSizeZeroAsLayout() throws {
        let html = """
        <style>.row { font-size: 0 } .col { font-size: 16px }</style>
        <div class="row"><div class="col"><p>\(prose("budget"))</p><p>\(prose("school plan"))</p></div></div>
        """
        let article = try extract(html)
        #expect(article.text.contains("school plan"))
    }

    @Test func neverTakesReadersCommentsForTheArticle() throws {
        let comments = (1...6).map { "<div class=\"comment-content\"><p>\(prose("comment \($0)"))</p></div>" }.joined()
        let html = """
        <article class="post comments-open"><h1>Open thread</h1><p>\(prose("open thread"))</p></article>
        <section id="comments" class="comments-area">\(comments)</section>
        """
        let article = try extract(html)
        #expect(article.text == prose("open thread"))
    }

    @Test func leavesTeaserGridsBesideTheArticle() throws {
        let teasers = (1...4).map {
            #"<div><a href="/s\#($0)">A headline about the city council, number \#($0)</a><p>A blurb, with commas, and a few more words.</p></div>"#
        }.joined()
        let html = """
        <div class="wrap"><div class="story"><p>\(prose("budget"))</p><p>\(prose("school plan"))</p><p>\(prose("roads"))</p></div>
        <div class="grid">\(teasers)</div></div>
        """
        let article = try extract(html)
        #expect(!article.text.contains("A headline about"))
    }
}

// Injected spam goes; the article's own short lines, link lists, tables and captions stay.
import ArticleExtraction
import Testing

@Suite struct SpamRemovalTests {
    /// An article long enough for its vocabulary to judge a line by.
    static let story = """
    <p>The city council approved the new budget for schools and roads on Monday, after a long debate with residents and teachers.</p>
    <p>Teachers said the budget for schools would pay for new classrooms, while residents asked the council about the roads.</p>
    <p>The mayor said the council would publish the full budget next week, with details for every school and road project.</p>
    <p>Parents welcomed the plan for smaller classes, although several asked whether the money for buses had been forgotten.</p>
    <p>Engineers will inspect the bridges on the northern roads first, because winter storms damaged them badly last year.</p>
    """

    @Test(arguments: [
        "<p><strong>Trending</strong></p><p>cheap replica watches wholesale - no credit check loans direct lender - designer replica handbags outlet sale</p>",
        "<h3>热门推荐</h3><div>北京赛车pk10开奖记录查询，征信花了贷款不看征信，幸运飞艇最快开奖，免费一区二区三区久久</div>",
        "<p>スーパーコピー 時計 激安_ロレックス コピー 代引き_ブランド コピー 財布 通販</p>",
    ])
    func removesKeywordLinesInsideTheArticle(spam: String) throws {
        let article = try extract("<article>\(SpamRemovalTests.story)\(spam)</article>")
        #expect(article.body.count == 5)
        #expect(article.removed.contains { $0.rule == .keywordStuffing })
    }

    @Test(arguments: [
        #"<div style="height:0;overflow:hidden"><a href="/x">casino bonus</a></div>"#,
        #"<style>.q7z{position:absolute;left:-5000px}</style><div class="q7z"><a href="/x">casino bonus</a></div>"#,
        #"<marquee height="0" width="0"><a href="/x">casino bonus</a></marquee>"#,
        #"<noscript><a href="/x">casino bonus</a></noscript>"#,
        #"<script>document.write('<a href="/x">casino bonus</a>')</script>"#,
        #"<ul><li>&lt;bdo id="x7"&gt;&lt;/bdo&gt;</li></ul>"#,
    ])
    func removesHiddenAndInjectedBlocks(spam: String) throws {
        let article = try extract("<article>\(SpamRemovalTests.story)\(spam)</article>")
        #expect(!article.text.contains("casino"))
        #expect(!article.text.contains("bdo"))
        #expect(article.body.count == 5)
    }

    @Test func keepsTheArticlesOwnAnnouncedLinkList() throws {
        let links = #"<p>The council published these documents:</p><ul><li><a href="/b.pdf">Budget for schools</a></li><li><a href="/r.pdf">Road projects</a></li><li><a href="/m.pdf">Minutes of the council</a></li></ul>"#
        let article = try extract("<article>\(SpamRemovalTests.story)\(links)</article>")
        #expect(article.body.last == .list(ordered: false, items: ["Budget for schools", "Road projects", "Minutes of the council"]))
    }

    @Test func keepsTagLinesShortParagraphsTablesAndCaptions() throws {
        let extra = """
        <p>Budget, schools, roads, council</p><p>(End)</p>
        <table><tr><th>Project</th><th>Cost</th></tr><tr><td>Schools</td><td>10</td></tr><tr><td>Roads</td><td>12</td></tr><tr><td>Parks</td><td>3</td></tr></table>
        <figure><img src="a.jpg"><figcaption>The council chamber on Monday</figcaption></figure>
        """
        let article = try extract("<article>\(SpamRemovalTests.story)\(extra)</article>")
        #expect(article.text.contains("Budget, schools, roads, council"))
        #expect(article.text.contains("(End)"))
        #expect(article.body.contains { if case .table = $0 { return true } else { return false } })
        #expect(article.captions == ["The council chamber on Monday"])
    }
}

/// Without the removal report (the command line without `--explain`), the same spam goes and the
/// same article stays: only the account of what went is left unbuilt.
@Suite struct RemovalAccountingTests {
    static let page = """
    <html><head><title>Budget passes | Example News</title></head><body>
    <nav><a href="/">Home</a> <a href="/world">World</a></nav>
    <div style="display:none"><a href="/x">casino bonus</a> <a href="/y">cheap loans</a></div>
    <p>&lt;bdo id="x1"&gt;&lt;/bdo&gt;</p><div id="k2j4"><span id="q8w"></span></div>
    <article>\(SpamRemovalTests.story)
    <div class="share-bar"><a href="/s">Share on Facebook</a></div>
    <p>cheap replica watches wholesale - no credit check loans direct lender - designer replica handbags outlet sale</p></article>
    <aside><h3>Related</h3><a href="/r1">Another story</a></aside>
    </body></html>
    """

    @Test func theArticleIsTheSameWithoutTheReport() throws {
        let accounted = try extract(RemovalAccountingTests.page)
        let unaccounted = try extract(RemovalAccountingTests.page, options: ExtractionOptions(accountsForRemovals: false))
        #expect(!accounted.removed.isEmpty)
        #expect(Set(accounted.removed.map(\.rule)).isSuperset(of: [.hiddenStyle, .injectedTags, .literalTags, .keywordStuffing]))
        #expect(unaccounted.removed.isEmpty)
        #expect(unaccounted.body == accounted.body)
        #expect(unaccounted.title == accounted.title)
        #expect(unaccounted.author == accounted.author)
        #expect(unaccounted.date == accounted.date)
    }
}

// Appeals to subscribe, sign up or donate, and the post's filing, under the article.
@testable import ArticleExtraction
import Testing

struct ClosingLinesTests {
    private func page(closingWith closing: String) -> String {
        """
        <div class="story"><h1>Council votes on the rail plan</h1><p>\(prose("rail plan"))</p><p>\(prose("budget"))</p>
        <p>\(prose("school plan"))</p>\(closing)</div>
        """
    }

    @Test(arguments: [
        "<p>Never miss the latest news by signing up to our newsletter today!</p>",
        "<p>Lust auf mehr? Abonnieren Sie unseren Newsletter.</p><p>Folgen Sie uns auf Instagram.</p>",
        "<p>Tú también puedes hacer periodismo incómodo. Cancela cuando quieras.</p>",
        "<p>This entry was posted in Allgemein. Bookmark the permalink.</p>",
        "<p>Kategorie: News, open3, Linux, Ubuntu</p>",
        "<p>© 2022, Example News. This article is the copyrighted property of Example News. All rights reserved.</p>",
        "<p>本网站所刊载信息，不代表本站观点。版权所有，未经授权禁止转载。</p>",
    ])
    func dropsTheAppealsThatCloseTheArticle(closing: String) throws {
        let article = try extract(page(closingWith: closing))
        #expect(article.text.hasSuffix("after further study."))
    }

    @Test(arguments: [
        // A story's own last line about the press.
        "“What kind of products will be left that readers feel are worth a digital subscription?” he asks.",
        // A long paragraph that mentions a newsletter.
        prose("newsletter"),
    ])
    func keepsTheStorysOwnLines(closing: String) throws {
        let article = try extract(page(closingWith: "<p>\(closing)</p>"))
        #expect(article.text.hasSuffix(closing))
    }

    @Test func keepsAnAppealInTheMiddleAndUnderRecall() throws {
        let middle = try extract("""
        <div class="story"><p>\(prose("rail plan"))</p><p>Sign up for our newsletter.</p><p>\(prose("budget"))</p></div>
        """)
        #expect(middle.text.contains("Sign up for our newsletter."))
        let recall = try extract(page(closingWith: "<p>Sign up for our newsletter.</p>"), options: ExtractionOptions(focus: .recall))
        #expect(recall.text.hasSuffix("Sign up for our newsletter."))
    }
}

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
        "<p>Publiziert: 03.04.2020, 12:35</p>",
        "<p>Verraten Sie gerne in den Kommentaren: Was bedeutet ein Award für Sie?</p>",
        "<p>aja/PAP</p>",
        "<p>(dr/spot)</p>",
        "<p>Dieser Text wurde veröffentlicht unter der Lizenz CC-BY-NC-ND-4.0-DE. Die Fotos dürfen nicht verwendet werden.</p>",
        "<p>SUGGESTED CITATION Sauer, Heiko: Expert*innen in der Krise, VerfBlog, 2020/4/09, https://verfassungsblog.de/expertinnen/.</p>",
        "<p>zuletzt überarbeitet am 29. Mai 2019</p>",
        "<p>Aktualisiert am 17.01.2021.</p>",
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
        // A last word that is no signature.
        "Fin.",
    ])
    func keepsTheStorysOwnLines(closing: String) throws {
        let article = try extract(page(closingWith: "<p>\(closing)</p>"))
        #expect(article.text.hasSuffix(closing))
    }

    @Test(arguments: [
        // A ruling cited with its date, and an event's name above its dates.
        ("(OLG Oldenburg, Beschluss v. 3.1.2022, 2 Ss (OWi) 240/21)", "(OLG Oldenburg, Beschluss v. 3.1.2022, 2 Ss (OWi) 240/21)"),
        ("7th Amsterdam Light Festival<br>29 November 2018 | 20 January 2019", "7th Amsterdam Light Festival\n29 November 2018 | 20 January 2019"),
    ])
    func keepsDatedLinesThatAreNoStamp(closing: String, text: String) throws {
        // Below the top of the body, where date lines go whatever they are.
        let article = try extract(page(closingWith: "<p>\(prose("tram line"))</p><p>\(prose("harbour"))</p><p>\(prose("bridge"))</p><p>\(closing)</p>"))
        #expect(article.text.hasSuffix(text))
    }

    @Test func dropsShoutedAppealsAnywhere() {
        #expect(ClosingLines.isShoutedAppeal("HAZTE MIEMBRO Y DISFRUTA DE BENEFICIOS EXCLUSIVOS"))
        #expect(ClosingLines.isShoutedAppeal("Never miss the latest news by signing up to our newsletter today!"))
        #expect(!ClosingLines.isShoutedAppeal("Readers who subscribe to the newsletter get the figures first."))
        #expect(!ClosingLines.isShoutedAppeal("NASA LAUNCHES NEW ROCKET"))
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

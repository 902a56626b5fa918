// Plain text output.
import ArticleExtraction
import ArticleRendering
import Testing

@Suite struct TextRendererTests {
    @Test func writesTitleThenParagraphs() {
        let article = Article(title: "Title", body: [.paragraph("One."), .image(ArticleImage(src: "a.jpg")), .paragraph("Two.")])
        #expect(TextRenderer().render(article, input: "x") == "Title\n\nOne.\n\nTwo.\n")
    }
}

// Markdown output: front matter, structure, and escaping that CommonMark reads literally.
import ArticleExtraction
import ArticleRendering
import Testing

@Suite struct MarkdownRendererTests {
    private func render(_ article: Article) -> String { MarkdownRenderer().render(article, input: "page.html") }

    @Test func writesFrontMatterThenTitleAndBody() {
        let output = render(Article(title: "A \"quoted\" title", date: "2023-04-21", body: [.paragraph("Text.")]))
        #expect(output == """
        ---
        title: "A \\"quoted\\" title"
        date: "2023-04-21"
        dateModified: null
        source: null
        author: null
        editor: null
        language: null
        url: null
        input: "page.html"
        ---

        # A "quoted" title

        Text.

        """)
    }

    @Test(arguments: [
        ("*not emphasis* and _this_", "\\*not emphasis\\* and \\_this\\_"),
        ("# not a heading", "\\# not a heading"),
        ("1. not a list", "1\\. not a list"),
        ("- not a list", "\\- not a list"),
        ("<b>not html</b>", "\\<b\\>not html\\</b\\>"),
        ("[not](a link)", "\\[not\\](a link)"),
        ("AT&amp;T", "AT\\&amp;T"),
        ("1999 was a year", "1999 was a year"),
    ])
    func escapesMarkdownSyntax(text: String, expected: String) {
        #expect(render(Article(body: [.paragraph(text)])).hasSuffix(expected + "\n"))
    }

    @Test func writesStructure() {
        let output = render(Article(body: [
            .heading(level: 2, text: "Part"),
            .list(ordered: true, items: ["one", "two"]),
            .quote("first\n\nsecond"),
            .table(rows: [["Year", "Sales"], ["2023", "1|2"]], hasHeader: true),
            .code("let a = `b`"),
            .image(ArticleImage(src: "https://x/a b.jpg", alt: "Alt", caption: "Cap")),
            .paragraph("line one\nline two"),
        ]))
        #expect(output.contains("## Part\n\n1. one\n2. two\n\n> first\n>\n> second"))
        #expect(output.contains("| Year | Sales |\n| --- | --- |\n| 2023 | 1\\|2 |"))
        #expect(output.contains("```\nlet a = `b`\n```"))
        #expect(output.contains("![Alt](<https://x/a b.jpg>)\n\n*Cap*"))
        #expect(output.contains("line one\\\nline two"))
    }

    @Test func writesKeptLinksInline() {
        let output = render(Article(body: [
            .paragraph("See the [2021] report, then reply.", links: [InlineLink(range: 4..<21, href: "https://x.example/a (b)")]),
            .list(ordered: false, items: [ListItem("Timetable: every ten minutes", links: [InlineLink(range: 11..<28, href: "/t")])]),
        ]))
        #expect(output.contains("See [the \\[2021\\] report](<https://x.example/a (b)>), then reply."))
        #expect(output.contains("- Timetable: [every ten minutes](/t)"))
    }

    @Test func indentsNestedListsUnderTheirParentItem() {
        let output = render(Article(body: [
            .list(ordered: true, items: ["Fruit", ListItem("Apple", level: 1, ordered: false), ListItem("Pear", level: 1, ordered: false),
                                         ListItem("Ripe", level: 2, ordered: true), "Bread"]),
        ]))
        #expect(output.hasSuffix("1. Fruit\n   - Apple\n   - Pear\n     1. Ripe\n2. Bread\n"))
    }
}

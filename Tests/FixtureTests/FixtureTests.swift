// Golden tests: every Fixtures/<slug>/source.html against its expected.json and expected.md.
import ArticleExtraction
import ArticleRendering
import Foundation
import HTMLParser
import Testing

@Suite struct FixtureTests {
    /// `Fixtures/`, found from this file's path: copied resources could not be rewritten.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures")

    static let slugs: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        return names.filter { FileManager.default.fileExists(atPath: root.appendingPathComponent($0).appendingPathComponent("source.html").path) }
            .sorted()
    }()

    /// Options a fixture may set in `options.json`.
    struct FixtureOptions: Decodable {
        var baseURL: String?
        var focus: String?
        /// `scrape --links`.
        var links: Bool?
    }

    /// Snippets a fixture's text must and must not contain, and exact metadata, in `expectations.json`.
    struct Expectations: Decodable {
        var contains: [String]?
        var excludes: [String]?
        var title: String?
        var date: String?
        var source: String?
        var author: String?
        var editor: String?
        var captions: [String]?
        /// Photographers or owners the image captions credit.
        var credits: [String]?
        var startsWith: String?
        var endsWith: String?
    }

    @Test func thereAreFixtures() {
        #expect(FixtureTests.slugs.count >= 9)
    }

    /// Script code, style sheets, unread attributes and indentation are left out before parsing: the article
    /// must be the one the whole page gives.
    @Test(arguments: FixtureTests.slugs)
    func sameArticleFromTheWholePage(slug: String) throws {
        let bytes = [UInt8](try Data(contentsOf: FixtureTests.root.appendingPathComponent(slug).appendingPathComponent("source.html")))
        let options = ExtractionOptions(accountsForRemovals: false)
        let whole = try HTMLDocument.parse(bytes, options: ParseOptions(keepsUnreadMarkup: true))
        let lean = try HTMLDocument.parse(bytes, options: ParseOptions.forExtraction())
        #expect(try ArticleExtractor(options: options).extract(from: lean) == ArticleExtractor(options: options).extract(from: whole))
    }

    @Test(arguments: FixtureTests.slugs)
    func matchesGoldenOutput(slug: String) throws {
        let folder = FixtureTests.root.appendingPathComponent(slug)
        let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent("source.html")))
        var options = ExtractionOptions()
        if let data = try? Data(contentsOf: folder.appendingPathComponent("options.json")) {
            let fixture = try JSONDecoder().decode(FixtureOptions.self, from: data)
            options.baseURL = fixture.baseURL
            if let focus = fixture.focus { options.focus = try #require(ExtractionFocus(rawValue: focus)) }
            options.keepsLinks = fixture.links ?? false
        }
        let document = try HTMLDocument.parse(bytes, options: ParseOptions.forExtraction(baseURL: options.baseURL))
        let article = try ArticleExtractor(options: options).extract(from: document)
        // The label a user gets running `scrape Fixtures/<slug>/source.html` from the project root.
        let input = "Fixtures/\(slug)/source.html"
        Golden.check(JSONRenderer(compact: false).render(article, input: input), against: folder.appendingPathComponent("expected.json"))
        Golden.check(MarkdownRenderer().render(article, input: input), against: folder.appendingPathComponent("expected.md"))

        guard let data = try? Data(contentsOf: folder.appendingPathComponent("expectations.json")) else { return }
        let expectations = try JSONDecoder().decode(Expectations.self, from: data)
        let text = article.text
        for snippet in expectations.contains ?? [] { #expect(text.contains(snippet), "\(slug): missing \(snippet)") }
        for snippet in expectations.excludes ?? [] {
            #expect(!text.contains(snippet) && article.title?.contains(snippet) != true, "\(slug): leaked \(snippet)")
        }
        if let title = expectations.title { #expect(article.title == title) }
        if let date = expectations.date { #expect(article.date == date) }
        if let source = expectations.source { #expect(article.source == source) }
        if let author = expectations.author { #expect(article.author == author) }
        if let editor = expectations.editor { #expect(article.editor == editor) }
        if let credits = expectations.credits { #expect(credits.allSatisfy(article.images.compactMap(\.credit).contains)) }
        if let captions = expectations.captions { #expect(captions.allSatisfy(article.captions.contains)) }
        if let start = expectations.startsWith { #expect(text.hasPrefix(start)) }
        if let end = expectations.endsWith { #expect(text.hasSuffix(end)) }
    }
}

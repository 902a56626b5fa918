// Site names come off titles; headlines with dashes stay whole.
@testable import ArticleExtraction
import Testing

@Suite struct TitleCleanerTests {
    @Test(arguments: [
        ("Floods hit the north - Example News", ["Example News"], "Floods hit the north"),
        ("Floods hit the north | Example", [], "Floods hit the north"),
        ("Example | World | Floods hit the north of the country", [], "Floods hit the north of the country"),
        ("Spider-Man returns with a long awaited sequel – a review - Example", ["Example"], "Spider-Man returns with a long awaited sequel – a review"),
        ("A headline with no site name", [], "A headline with no site name"),
    ] as [(String, [String], String)])
    func stripsSiteNames(title: String, sites: [String], expected: String) {
        #expect(TitleCleaner.clean(title, siteNames: sites) == expected)
    }
}

// Keyword phrases come off titles; a headline's own commas and dashes stay as written.
@testable import ArticleExtraction
import Testing

@Suite struct TitleSpamTests {
    static let vocabulary = ArticleVocabulary(texts: (1...4).map { _ in
        "The council approved the budget for schools and roads, and the mayor said the budget passes easily this year."
    })

    @Test(arguments: [
        ("Budget passes | cheap loans online, casino bonus codes, replica watches", "Budget passes", 1),
        ("cheap loans online - casino bonus codes - Budget passes", "Budget passes", 2),
        ("Budget passes, cheap loans online, casino bonus codes", "Budget passes", 2),
        ("Budget passes, mayor says", "Budget passes, mayor says", 0),
        ("Budget passes ,  easily", "Budget passes , easily", 0),
    ])
    func removesForeignSegmentsOnly(title: String, expected: String, removed: Int) {
        let result = TitleSpam.clean(title, vocabulary: TitleSpamTests.vocabulary)
        #expect(result.title == expected)
        #expect(result.spam.count == removed)
    }

    @Test func emptiesATitleReplacedByKeywords() {
        let result = TitleSpam.clean("cheap loans online, casino bonus codes, replica watches", vocabulary: TitleSpamTests.vocabulary)
        #expect(result.title.isEmpty)
    }
}

// Character counts that treat every script fairly.
@testable import ArticleExtraction
import Testing

@Suite struct TextMeasureTests {
    @Test func countsCharactersNotBytesOrWhitespace() {
        #expect(TextMeasure("a b\tc\n").characters == 3)
        #expect(TextMeasure("\u{3000}\u{A0} ").characters == 0)
    }

    @Test func weighsCJKCharacters() {
        #expect(TextMeasure("中文").characters == 2 * Thresholds.wideCharacterWeight)
        #expect(TextMeasure("かな").characters == 2 * Thresholds.wideCharacterWeight)
        #expect(TextMeasure("한국").characters == 2 * Thresholds.wideCharacterWeight)
        #expect(TextMeasure("é").characters == 1)
    }

    @Test func countsCommasOfEveryScript() {
        #expect(TextMeasure("a, b，c、d。").commas == 4)
    }

    @Test func collapsesWhitespaceLikeABrowser() {
        #expect(TextNormalizer.collapse("  a \n\t b\u{3000}c  ") == "a b c")
    }
}

// Character counts that treat every script fairly.
@testable import ArticleExtraction
import Foundation
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
        #expect(TextNormalizer.collapse("die Touristen\u{AD}attraktion \u{AD}am See") == "die Touristenattraktion am See")
    }

    /// Texts already collapsed come back as they are, whatever falls on the eight-byte steps of the
    /// check; any other is collapsed as a browser would.
    @Test func collapsesAtEveryPlaceInLongText() {
        let pieces = ["word", " ", "  ", "\n", "\t", "中文", "\u{A0}", "\u{AD}", "é", "x", "abcdefgh", "\u{3000}"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...24, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            // Browser collapsing: soft hyphens out, runs of whitespace one space, both ends trimmed.
            let words = text.replacingOccurrences(of: "\u{AD}", with: "").unicodeScalars.split { scalar in
                scalar.properties.isWhitespace || scalar == "\u{FEFF}"
            }
            let expected = words.map { String(String.UnicodeScalarView($0)) }.joined(separator: " ")
            #expect(TextNormalizer.collapse(text) == expected, "\(text.unicodeScalars.map(\.value))")
        }
    }

    /// The measure that stops past a limit answers as the whole measure does, wherever its
    /// stretches end (CJK and accented characters across them).
    @Test func stopsMeasuringPastTheLimitWithTheSameAnswer() {
        let pieces = ["word", " ", "中文，", "é", "\u{3000}", "abcdefghij", "。", "\u{1F600}", ",", "  \n"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<1_000 {
            let text = (0..<Int.random(in: 0...60, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let limit = Int.random(in: 0...120, using: &generator)
            #expect(TextMeasure.holds(text, atMost: limit) == (TextMeasure(text).characters <= limit), "\(text) \(limit)")
        }
    }

    @Test(arguments: [CharacterSet.whitespaces, .whitespacesAndNewlines, .newlines, .punctuationCharacters, .decimalDigits,
                      CharacterSet(charactersIn: "\"'“”„«»‚‘’©® "), CharacterSet(charactersIn: ":：-–—|· ")])
    func trimsAsFoundationDoes(_ set: CharacterSet) {
        // Beyond the Basic Multilingual Plane nothing is trimmed, as Foundation's UTF-16 units are not.
        let lines = ["", "   ", " a b ", "\u{3000}中文\u{A0}", "\n\tline\r\n", "„Anna Berg“", "a\u{1D7CE}", "\u{10100}a\u{10100}",
                     " \u{301}x ", "x\u{2003}", "\u{FEFF}x\u{A0}", "\u{1F600} ", "12 Kommentare 34", "!?¿¡a.", "Exklusiv: | "]
        for line in lines {
            #expect(line.trimming(set) == line.trimmingCharacters(in: set), "\(line.unicodeScalars.map(\.value))")
            let inner = line.isEmpty ? line[...] : line.dropFirst()
            #expect(inner.trimming(set) == inner.trimmingCharacters(in: set))
        }
    }

    @Test func tellsLettersAndDigitsAsTheUnicodeTablesDo() {
        // Every scalar of the Basic Multilingual Plane and the first supplementary one: the ranges
        // answered without the tables must agree with them.
        for value in UInt32(0)...0x1FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let expected = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            if scalar.isAlphanumeric != expected { Issue.record("U+\(String(value, radix: 16, uppercase: true))") }
        }
        #expect(TitleCleaner.key("„Loriot 100“ – Ärger") == "loriot100ärger")
        #expect(TitleCleaner.key("《大國基理》送外賣") == "大國基理送外賣")
    }

    @Test func cutsAtEverySeparatorKeepingEmptyPieces() {
        #expect(ByteSearch.pieces(of: " - a - b -  - ", separatedBy: " - ").map(String.init) == ["", "a", "b", "", ""])
        #expect(ByteSearch.pieces(of: "中文｜新聞｜網", separatedBy: "｜").map(String.init) == ["中文", "新聞", "網"])
        #expect(ByteSearch.pieces(of: "no separator", separatedBy: "|").map(String.init) == ["no separator"])
        #expect(TextNormalizer.parts(of: "Headline  |  Site", separatedBy: "|") == ["Headline", "Site"])
    }

    @Test func findsBytesWhereverTheyAre() {
        #expect(ByteSearch.contains("comment-list", "comment"))
        #expect(ByteSearch.contains("list-comment", "comment"))
        #expect(!ByteSearch.contains("commen", "comment"))
        #expect(ByteSearch.contains("anything", ""))
        #expect(!ByteSearch.contains("", "a"))
        #expect(ByteSearch.contains("新聞網", "聞"))
    }

    @Test func findsOneByteBetweenTwoOffsets() {
        let bytes = Array("a{b;c}d{".utf8)
        bytes.withUnsafeBufferPointer { text in
            #expect(ByteSearch.offset(of: UInt8(ascii: "{"), in: text, from: 0) == 1)
            #expect(ByteSearch.offset(of: UInt8(ascii: "{"), in: text, from: 2) == 7)
            #expect(ByteSearch.offset(of: UInt8(ascii: ";"), in: text, from: 0, before: 3) == nil)
            #expect(ByteSearch.offset(of: UInt8(ascii: ";"), in: text, from: 0, before: 4) == 3)
            #expect(ByteSearch.offset(of: UInt8(ascii: "}"), in: text, from: 6, before: 5) == nil)
            #expect(ByteSearch.offset(of: UInt8(ascii: "{"), in: text, from: 8) == nil)
        }
    }

    @Test func findsOneByteWithinALimit() {
        let line = "Lesen Sie auch: Der Plan der Stadt"
        #expect(ByteSearch.contains(UInt8(ascii: ":"), in: line))
        #expect(ByteSearch.contains(UInt8(ascii: ":"), in: line, within: 15))
        #expect(!ByteSearch.contains(UInt8(ascii: ":"), in: line, within: 14))
        #expect(ByteSearch.contains(UInt8(ascii: ":"), in: line.dropFirst(14), within: 1))
        #expect(!ByteSearch.contains(UInt8(ascii: ":"), in: line.dropFirst(15)))
        #expect(ByteSearch.contains(0xBC, in: "閱讀："))
        #expect(!ByteSearch.contains(0x0A, in: ""))
    }
}

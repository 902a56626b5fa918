// Pages in many encodings, declared in different ways or not at all: each must read as written.
import ArticleExtraction
import Foundation
import HTMLParser
import Testing

@Suite struct EncodingFixtureTests {
    static let folder = FixtureTests.root.appendingPathComponent("encodings")

    /// One line of `Fixtures/encodings/expectations.json`, written by `make_pages.py` there.
    struct Expectation: Decodable, CustomTestStringConvertible, Sendable {
        var file: String
        var encoding: String
        var label: String?
        var title: String
        var phrase: String
        var testDescription: String { file }
    }

    static let expectations: [Expectation] = {
        guard let data = try? Data(contentsOf: folder.appendingPathComponent("expectations.json")) else { return [] }
        return (try? JSONDecoder().decode([Expectation].self, from: data)) ?? []
    }()

    @Test func coverAtLeastTenEncodings() {
        #expect(Set(EncodingFixtureTests.expectations.map(\.encoding)).count >= 10)
    }

    @Test(arguments: EncodingFixtureTests.expectations)
    func readsThePageInItsEncoding(_ expectation: Expectation) throws {
        let bytes = [UInt8](try Data(contentsOf: EncodingFixtureTests.folder.appendingPathComponent(expectation.file)))
        let document = try HTMLDocument.parse(bytes)
        #expect(document.encoding == expectation.encoding)
        let article = try ArticleExtractor().extract(from: document)
        #expect(article.encoding == expectation.encoding)
        #expect(article.title == expectation.title)
        #expect(article.text.contains(expectation.phrase))
        #expect(!article.text.contains("\u{FFFD}"))
    }

    @Test func aWrongUTF8HeaderGivesWayToBytesThatAreNotUTF8() throws {
        let bytes = [UInt8](try Data(contentsOf: EncodingFixtureTests.folder.appendingPathComponent("gbk-labelled-gb2312-traditional.html")))
        let document = try HTMLDocument.parse(bytes, options: ParseOptions(declaredCharset: "utf-8"))
        #expect(document.encoding == "GBK")
    }

    @Test func aLatin1HeaderGivesWayToThePagesOwnDeclaration() throws {
        let bytes = [UInt8](try Data(contentsOf: EncodingFixtureTests.folder.appendingPathComponent("windows-1251-labelled.html")))
        let document = try HTMLDocument.parse(bytes, options: ParseOptions(declaredCharset: "ISO-8859-1"))
        #expect(document.encoding == "windows-1251")
    }

    @Test func aHeaderWinsOverAMetaTagItDoesNotContradict() throws {
        // A UTF-8 page labelled correctly by the server and wrongly (as EUC-JP) by a stale meta tag.
        var text = String(decoding: try Data(contentsOf: EncodingFixtureTests.folder.appendingPathComponent("utf-8-unlabelled.html")), as: UTF8.self)
        text = text.replacingOccurrences(of: "<head>", with: #"<head><meta charset="euc-jp">"#)
        let document = try HTMLDocument.parse(Array(text.utf8), options: ParseOptions(declaredCharset: "utf-8"))
        #expect(document.encoding == "UTF-8")
        #expect(document.charset.evidence == .transport)
    }
}

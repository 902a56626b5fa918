// The JSON contract: every key present, sorted, escaped, deterministic.
import ArticleExtraction
import ArticleRendering
import Foundation
import Testing

@Suite struct JSONRendererTests {
    static let topLevelKeys = ["author", "authors", "body", "captions", "date", "dateModified", "editor", "encoding", "images", "input", "language", "source", "text", "title", "url"]

    @Test func writesEveryKeyEvenWhenAbsent() throws {
        let output = JSONRenderer(compact: true).render(Article(body: [.paragraph("x")]), input: "page.html")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        #expect(object.keys.sorted() == JSONRendererTests.topLevelKeys)
        #expect(object["title"] is NSNull)
        #expect((object["captions"] as? [Any])?.isEmpty == true)
        #expect(object["text"] as? String == "x")
    }

    @Test func sortsKeysAndEndsWithANewline() {
        let output = JSONRenderer(compact: true).render(Article(title: "T"), input: "-")
        #expect(output == #"{"author":null,"authors":[],"body":[],"captions":[],"date":null,"dateModified":null,"editor":null,"encoding":null,"images":[],"input":"-","language":null,"source":null,"text":"","title":"T","url":null}"# + "\n")
    }

    @Test func escapesWhatJSONRequiresAndKeepsUnicodeReadable() {
        var output = ""
        JSONValue.string("a\"b\\c\nd\u{1}中文").write(into: &output)
        #expect(output == #""a\"b\\c\nd\u0001中文""#)
    }

    @Test func writesEachBlockKind() throws {
        let article = Article(body: [
            .heading(level: 2, text: "H"), .list(ordered: false, items: ["a"]), .quote("q"),
            .table(rows: [["1", "2"]], hasHeader: false), .code("c"),
            .image(ArticleImage(src: "i.jpg", alt: "alt", caption: "cap", credit: nil)),
        ])
        let output = JSONRenderer(compact: true).render(article, input: "x")
        #expect(output.contains(#"{"level":2,"text":"H","type":"heading"}"#))
        #expect(output.contains(#"{"items":["a"],"ordered":false,"type":"list"}"#))
        #expect(output.contains(#"{"header":false,"rows":[["1","2"]],"type":"table"}"#))
        #expect(output.contains(#"{"alt":"alt","caption":"cap","credit":null,"src":"i.jpg","type":"image"}"#))
        #expect(output.contains(#""captions":["cap"]"#))
    }

    @Test func saysWhereNestedListItemsSit() {
        let article = Article(body: [.list(ordered: false, items: ["Fruit", ListItem("Apple", level: 1, ordered: true)])])
        let output = JSONRenderer(compact: true).render(article, input: "x")
        #expect(output.contains(#"{"items":["Fruit","Apple"],"itemsOrdered":[false,true],"levels":[0,1],"ordered":false,"type":"list"}"#))
    }

    @Test func writesErrorLines() {
        #expect(JSONRenderer.errorLine(input: "a.html", kind: "no_article", message: "no article found")
            == #"{"error":{"kind":"no_article","message":"no article found"},"input":"a.html"}"# + "\n")
    }
}

private extension JSONValue {
    func write(into output: inout String) { output = compact }
}
